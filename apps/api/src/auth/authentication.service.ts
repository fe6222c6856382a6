import { Injectable } from '@nestjs/common';
import { Role } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { provinceRootSql } from '../agencies/agency-tree.repository';
import { Actor } from '../common/context/actor';
import { sha256 } from './token.service';

export const API_KEY_PREFIX = 'ptk_';

/** The claims partrack puts in an access token (TokenService signs them; jsonwebtoken adds iat and exp). */
export interface VerifiedAccessClaims {
  sub: string;
  typ: 'access';
  /** The user's token version when the token was signed; a password reset or deactivation bumps it. */
  ver: number;
  /** The refresh-token family (session) the token belongs to; logging out revokes it. */
  sid: string;
  iat: number;
  exp: number;
}

interface ActorRow {
  id: string;
  label: string;
  role: Role;
  agency_id: string | null;
  active: boolean;
  province_root_id: string | null;
  last_used_at?: Date | null;
  token_version?: number;
  session_revoked?: boolean;
  agency_ended?: boolean | null;
}

/** Whether the agency in `column` has ended by today: its people keep reading, and write no more as it. */
const AGENCY_ENDED = (column: string) =>
  `(SELECT e.valid_to <= partrack_today() FROM agency e WHERE e.id = ${column})`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a verified token also carries every claim partrack relies on (a token without exp never expires). */
export function hasRequiredClaims(claims: Partial<VerifiedAccessClaims>): claims is VerifiedAccessClaims {
  return (
    claims.typ === 'access' &&
    typeof claims.sub === 'string' &&
    UUID.test(claims.sub) &&
    typeof claims.sid === 'string' &&
    UUID.test(claims.sid) &&
    Number.isInteger(claims.ver) &&
    typeof claims.iat === 'number' &&
    typeof claims.exp === 'number'
  );
}

/**
 * Turns verified credentials into an Actor, once per request (the passport strategies call it from the
 * authentication middleware). The user row is reloaded with the token's session in one statement, so a
 * deactivation, a changed role, a password reset or a logout takes effect on the very next request.
 */
@Injectable()
export class AuthenticationService {
  constructor(private readonly dataSource: DataSource) {}

  async actorFromClaims(claims: VerifiedAccessClaims): Promise<Actor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.email AS label, u.role, u.agency_id, u.active, u.token_version,
              EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.revoked_at IS NOT NULL)
                AS session_revoked,
              ${provinceRootSql('u.agency_id')} AS province_root_id, ${AGENCY_ENDED('u.agency_id')} AS agency_ended
         FROM app_user u WHERE u.id = $1`,
      [claims.sub, claims.sid],
    );
    const row = rows[0];
    if (!row || !row.active || row.session_revoked || row.token_version !== claims.ver) return null;
    return {
      kind: 'USER',
      id: row.id,
      label: row.label,
      role: row.role,
      agencyId: row.agency_id,
      provinceRootId: row.province_root_id,
      agencyEnded: row.agency_ended === true,
    };
  }

  async actorFromApiKey(token: string): Promise<Actor | null> {
    if (!token.startsWith(API_KEY_PREFIX)) return null;
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT k.id, 'api-key:' || k.name AS label, k.role, k.agency_id, true AS active, k.last_used_at,
              ${provinceRootSql('k.agency_id')} AS province_root_id, ${AGENCY_ENDED('k.agency_id')} AS agency_ended
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
      agencyEnded: row.agency_ended === true,
    };
  }
}
