import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@partrack/shared';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** What partrack signs into an access token; jsonwebtoken adds `iat` and `exp`. */
export interface AccessClaims {
  sub: string;
  role: Role;
  typ: 'access';
  /** app_user.token_version at signing: a password change or reset, or a deactivation, bumps it. */
  ver: number;
  /** The refresh-token family (one login session): logout or reuse revokes it. */
  sid: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Opaque, URL-safe, 256 bits of entropy. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Verification (passport-jwt) checks these claims against the user row and the session on every request,
   * so revocation takes effect on the next request rather than when the token expires.
   */
  signAccessToken(user: { id: string; role: Role; tokenVersion: number }, sessionId: string): string {
    const claims: AccessClaims = {
      sub: user.id,
      role: user.role,
      typ: 'access',
      ver: user.tokenVersion,
      sid: sessionId,
    };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      secret: this.config.jwtSecret,
      issuer: this.config.jwtIssuer,
      audience: this.config.jwtAudience,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }
}
