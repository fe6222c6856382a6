import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@partrack/shared';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface AccessClaims {
  sub: string;
  role: Role;
  typ: 'access';
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

  signAccessToken(userId: string, role: Role): string {
    const claims: AccessClaims = { sub: userId, role, typ: 'access' };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      secret: this.config.jwtSecret,
      issuer: this.config.jwtIssuer,
      audience: this.config.jwtAudience,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }

  /** Algorithm pinned: `alg: none` and RS/HS confusion are refused by jsonwebtoken itself. */
  verifyAccessToken(token: string): AccessClaims | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, {
        algorithms: ['HS256'],
        secret: this.config.jwtSecret,
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
      });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
