import { Injectable } from '@nestjs/common';
import { Role } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../common/context/actor';
import { DomainError, unauthenticated } from '../common/errors/domain-error';
import { sha256, TokenService } from './token.service';

export const API_KEY_PREFIX = 'ptk_';

interface ActorRow {
  id: string;
  label: string;
  role: Role;
  agency_id: string | null;
  active: boolean;
  province_root_id: string | null;
  last_used_at?: Date | null;
}

/** Finds the root of an agency's tree in the same query that loads the caller. */
const ROOT_OF = (agencyColumn: string) => `(
  WITH RECURSIVE up AS (
    SELECT a.id, a.parent_id, 0 AS n FROM agency a WHERE a.id = ${agencyColumn}
    UNION ALL SELECT a.id, a.parent_id, up.n + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.n < 64
  ) SELECT id FROM up WHERE parent_id IS NULL LIMIT 1)`;

/**
 * Turns the Authorization header into an Actor, once per request (when the GraphQL context is built).
 * A JWT is checked and its user reloaded, so a deactivated user or changed role takes effect at once.
 */
@Injectable()
export class AuthenticationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async authenticate(
    authorization: string | undefined,
  ): Promise<{ actor: Actor | null; error: DomainError | null }> {
    if (!authorization) return { actor: null, error: null };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) return { actor: null, error: unauthenticated('auth.tokenInvalid') };
    const token = match[1];
    const actor = token.startsWith(API_KEY_PREFIX) ? await this.fromApiKey(token) : await this.fromJwt(token);
    if (!actor) {
      const key = token.startsWith(API_KEY_PREFIX) ? 'auth.apiKeyInvalid' : 'auth.tokenInvalid';
      return { actor: null, error: unauthenticated(key) };
    }
    return { actor, error: null };
  }

  private async fromJwt(token: string): Promise<Actor | null> {
    const claims = this.tokens.verifyAccessToken(token);
    if (!claims) return null;
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.email AS label, u.role, u.agency_id, u.active, ${ROOT_OF('u.agency_id')} AS province_root_id
         FROM app_user u WHERE u.id = $1`,
      [claims.sub],
    );
    const row = rows[0];
    if (!row || !row.active) return null;
    return {
      kind: 'USER',
      id: row.id,
      label: row.label,
      role: row.role,
      agencyId: row.agency_id,
      provinceRootId: row.province_root_id,
    };
  }

  private async fromApiKey(token: string): Promise<Actor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT k.id, 'api-key:' || k.name AS label, k.role, k.agency_id, true AS active, k.last_used_at,
              ${ROOT_OF('k.agency_id')} AS province_root_id
         FROM api_key k
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`,
      [sha256(token)],
    );
    const row = rows[0];
    if (!row) return null;
    // Recording every use would turn each read into a write; once a minute is enough to see activity.
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await this.dataSource.query('UPDATE api_key SET last_used_at = now() WHERE id = $1', [row.id]);
    }
    return {
      kind: 'API_KEY',
      id: row.id,
      label: row.label,
      role: row.role,
      agencyId: row.agency_id,
      provinceRootId: row.province_root_id,
    };
  }
}
