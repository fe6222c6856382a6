import { addDays, Role } from '@partrack/shared';
import { todayInVietnam } from '../../src/common/time/vietnam-time';
import { JobsService, QUEUES } from '../../src/notifications/jobs.service';
import { login, makeProvince, makeUser, PASSWORD, Province } from '../support/fixtures';
import { makeReport, makeRound } from '../support/notification-fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

const REFRESH = 'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';
const LOGIN =
  'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
const IP_LIMIT = 20;

const reasonOf = (res: GqlResponse): string => {
  const reason = res.errors?.[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : res.data ? 'OK' : '?';
};

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * Two API instances (separate Nest apps: own connection pools, services, pg-boss) on ONE database, as two
 * replicas behind a load balancer: every limit and every one-off job must hold across them.
 */
describe('two API processes on one database', () => {
  let a: TestApp;
  let b: TestApp;
  let p: Province;

  beforeAll(async () => {
    const env = { LOGIN_MAX_FAILURES: '3', LOGIN_IP_MAX_PER_MINUTE: String(IP_LIMIT), JOBS_ENABLED: 'true' };
    a = await createTestApp(env);
    b = await createTestApp(env, { databaseUrl: a.config.databaseUrl });
    p = await makeProvince(a, 'TWO');
    await makeUser(a, 'rotating@two.vn', Role.AGENCY_OFFICER, p.dept);
    await makeUser(a, 'locked@two.vn', Role.AGENCY_OFFICER, p.dept);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    delete process.env.JOBS_ENABLED;
  });
  // Every test logs in from 127.0.0.1: each starts with a fresh per-IP window.
  beforeEach(() => a.dataSource.query('DELETE FROM throttle_counter'));

  it('run on one database', async () => {
    expect(b.url).not.toBe(a.url);
    const [dbA] = await a.dataSource.query<{ db: string }[]>('SELECT current_database() AS db');
    const [dbB] = await b.dataSource.query<{ db: string }[]>('SELECT current_database() AS db');
    expect(dbB.db).toBe(dbA.db);
  });

  it('a refresh token rotated on one is refused on the other, and the reuse ends the session on both', async () => {
    const first = await login(a, 'rotating@two.vn');
    const rotated = await a.gql<{ refreshToken: { refreshToken: string } }>(REFRESH, {
      t: first.refreshToken,
    });
    const next = rotated.data!.refreshToken.refreshToken;
    const reuse = await b.gql(REFRESH, { t: first.refreshToken });
    expect(reuse.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'REFRESH_INVALID',
    });
    expect(reasonOf(await a.gql(REFRESH, { t: next }))).toBe('REFRESH_INVALID');
  });

  it('a login lock set through one holds on the other', async () => {
    const wrong = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).gql(LOGIN, { e: 'locked@two.vn', p: `wrong-password-${i}` }),
      ),
    );
    expect(tally(wrong.map(reasonOf))).toEqual({ INVALID_CREDENTIALS: 3, ACCOUNT_LOCKED: 7 });
    for (const app of [a, b]) {
      const right = await app.gql(LOGIN, { e: 'locked@two.vn', p: PASSWORD });
      expect(right.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'ACCOUNT_LOCKED',
      });
    }
  });

  it('the per-IP limit counts the logins of both', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).gql(LOGIN, { e: `ip${i}@two.vn`, p: 'wrong-password-x' }),
      ),
    );
    expect(tally(results.map(reasonOf))).toEqual({
      INVALID_CREDENTIALS: IP_LIMIT,
      RATE_LIMITED: 30 - IP_LIMIT,
    });
    const [{ n }] = await a.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM login_attempt WHERE email LIKE 'ip%@two.vn'`,
    );
    expect(n).toBe(IP_LIMIT);
  });

  it('the daily jobs are scheduled once and the reminder scan, triggered on both, notifies once', async () => {
    const jobsA = a.app.get(JobsService);
    const jobsB = b.app.get(JobsService);
    expect([jobsA.running, jobsB.running]).toEqual([true, true]);
    const names = async (jobs: JobsService) => (await jobs.schedules()).map((s) => s.name).sort();
    const expected = [QUEUES.emails, QUEUES.parDeadlines, QUEUES.reminders, QUEUES.rounds].sort();
    expect(await names(jobsA)).toEqual(expected);
    expect(await names(jobsB)).toEqual(expected);

    // A report due in two days: DUE_SOON for the agency's officer and manager (a day's slack either way).
    const q = await makeProvince(a, 'TWJ');
    const officer = await makeUser(a, 'officer@twj.vn', Role.AGENCY_OFFICER, q.dept);
    const manager = await makeUser(a, 'manager@twj.vn', Role.AGENCY_MANAGER, q.dept);
    const due = addDays(todayInVietnam(), 2);
    const round = await makeRound(a, q.root.id, due, 'Báo cáo hai tiến trình');
    const report = await makeReport(a, round.id, q.dept, due);

    /** Triggers the scan on both and waits for the jobs (one of the two sends may find one already queued). */
    const scanOnBoth = async (): Promise<number> => {
      const ids = (
        await Promise.all([jobsA.runNow(QUEUES.reminders), jobsB.runNow(QUEUES.reminders)])
      ).filter((id): id is string => id !== null);
      const states = async () =>
        (
          await a.dataSource.query<{ state: string }[]>('SELECT state FROM pgboss.job WHERE id = ANY($1)', [
            ids,
          ])
        ).map((j) => j.state);
      for (let i = 0; i < 150 && (await states()).some((s) => s !== 'completed'); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await states()).toEqual(ids.map(() => 'completed'));
      return ids.length;
    };
    // Once at the same moment, then again once those finished: the second round must add nothing.
    const jobsRun = (await scanOnBoth()) + (await scanOnBoth());
    expect(jobsRun).toBeGreaterThanOrEqual(2);

    const notified = await a.dataSource.query<{ user_id: string; kind: string }[]>(
      'SELECT user_id, kind FROM notification WHERE entity_id = $1 ORDER BY user_id',
      [report],
    );
    expect(notified).toEqual(
      [officer, manager].sort().map((user_id) => ({ user_id, kind: 'REPORT_DUE_SOON' })),
    );
    const [{ n }] = await a.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM email_message m JOIN notification x ON x.id = m.notification_id WHERE x.entity_id = $1',
      [report],
    );
    expect(n).toBe(2);
  });
});
