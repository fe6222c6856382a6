import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { Actor } from '../../common/context/actor';
import { AuthenticationService } from '../authentication.service';

export const API_KEY_STRATEGY = 'api-key';

/** Service accounts: `Authorization: Bearer ptk_…`, looked up by the key's SHA-256 hash. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, API_KEY_STRATEGY) {
  constructor(private readonly authn: AuthenticationService) {
    super();
  }

  async validate(token: string): Promise<Actor | false> {
    return (await this.authn.actorFromApiKey(token)) ?? false;
  }
}
