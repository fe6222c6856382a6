import { Role } from '@partrack/shared';
import { countOf, rowOf } from './mutation-spec';
import { freshNotification, freshSession } from './objects';
import { sql } from './runner';
import { ScopeCase } from './scope-cases';

/**
 * Mutations on the caller itself have no object to aim elsewhere: the case is that they leave every other
 * user alone (the officer acts, the manager's data must not move). They run late, one at a time.
 */
export const SELF_SCOPE_CASES: ScopeCase[] = [
  {
    mutation: 'changePassword',
    label: "changes the caller's password only",
    caller: 'officer',
    expected: 'OK',
    arrange: async (w) => {
      const me = await freshSession(w, Role.AGENCY_OFFICER, w.p.d1);
      return {
        token: me.token,
        query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
        variables: { i: { currentPassword: 'correct-horse-battery', newPassword: 'a-new-long-password' } },
        probe: rowOf(w, 'app_user', 'password_hash', w.userId.manager),
        succeedsWithoutWriting: true,
      };
    },
  },
  {
    mutation: 'markNotificationsRead',
    label: "another user's notification stays unread",
    caller: 'officer',
    expected: 'OK',
    arrange: async (w) => {
      const theirs = await freshNotification(w, w.userId.manager);
      return {
        query: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
        variables: { ids: [theirs] },
        probe: rowOf(w, 'notification', 'read_at', theirs),
        succeedsWithoutWriting: true,
        verify: (d) => expect(d.markNotificationsRead).toBe(0),
      };
    },
  },
  {
    mutation: 'markAllNotificationsRead',
    label: "other users' notifications stay unread",
    caller: 'officer',
    expected: 'OK',
    arrange: async (w) => {
      await freshNotification(w, w.userId.manager);
      return {
        query: 'mutation { markAllNotificationsRead }',
        probe: countOf(w, 'notification', 'user_id = $1 AND read_at IS NULL', [w.userId.manager]),
        succeedsWithoutWriting: true,
      };
    },
  },
  {
    mutation: 'setNotificationMuted',
    label: 'mutes for the caller only',
    caller: 'officer',
    expected: 'OK',
    arrange: (w) => ({
      query: 'mutation { setNotificationMuted(kind: REPORT_RETURNED, muted: true) { muted } }',
      probe: async () => sql(w, 'SELECT kind FROM notification_mute WHERE user_id <> $1', [w.userId.officer]),
      succeedsWithoutWriting: true,
    }),
  },
];
