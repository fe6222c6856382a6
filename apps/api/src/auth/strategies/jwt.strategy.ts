import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Actor } from '../../common/context/actor';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthenticationService, hasRequiredClaims, VerifiedAccessClaims } from '../authentication.service';

export const JWT_STRATEGY = 'jwt';

/**
 * Access tokens (HS256 only, our issuer and audience). `maxAge` makes jsonwebtoken require `iat` and refuse
 * a token older than its lifetime even if it claims a later `exp`; `hasRequiredClaims` refuses one without
 * `exp`, which jsonwebtoken would otherwise accept forever.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly authn: AuthenticationService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: config.jwtIssuer,
      audience: config.jwtAudience,
      jsonWebTokenOptions: { maxAge: config.accessTokenTtlSeconds + 5 },
    });
  }

  async validate(claims: Partial<VerifiedAccessClaims>): Promise<Actor | false> {
    if (!hasRequiredClaims(claims)) return false;
    return (await this.authn.actorFromClaims(claims)) ?? false;
  }
}
