import { EntityManager } from 'typeorm';

/**
 * Ends every session of a user at once: refresh tokens revoked, and the token version bumped so access tokens
 * already issued are refused on their next request (they carry the old `ver`). Used on password change and
 * reset and on deactivation; run it in the transaction that makes that change.
 */
export async function revokeUserSessions(em: EntityManager, userId: string): Promise<void> {
  await em.query('UPDATE app_user SET token_version = token_version + 1 WHERE id = $1', [userId]);
  await em.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
    userId,
  ]);
}
