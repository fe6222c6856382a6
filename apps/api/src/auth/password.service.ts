import { Injectable } from '@nestjs/common';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@partrack/shared';
import argon2 from 'argon2';
import { badField } from '../common/errors/domain-error';

@Injectable()
export class PasswordService {
  /** A real hash to verify against when the email is unknown, so timing does not reveal accounts. */
  private readonly dummyHash = argon2.hash('partrack-timing-equaliser');

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }

  assertPolicy(password: string, field = 'password'): void {
    const problem = checkPassword(password);
    if (problem === 'TOO_SHORT') throw badField(field, 'validation.minLength', { min: PASSWORD_MIN_LENGTH });
    if (problem === 'TOO_LONG') throw badField(field, 'validation.maxLength', { max: PASSWORD_MAX_LENGTH });
  }
}
