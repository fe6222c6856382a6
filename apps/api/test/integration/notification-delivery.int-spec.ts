import { Role } from '@partrack/shared';
import { Client } from 'pg';
import { JobsService, QUEUES } from '../../src/notifications/jobs.service';
import { NotificationKind } from '../../src/notifications/notification-kind';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { makeProvince, makeUser } from '../support/fixtures';
import { fakeSmtpOutbox } from '../support/notification-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('email delivery from the outbox (fake SMTP server)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const p = await makeProvince(t, 'ND');
    const users = await Promise.all(
      [1, 2, 3].map((i) => makeUser(t, `user${i}@nd.vn`, Role.AGENCY_OFFICER, p.dept)),
    );
    const notifications = t.app.get(NotificationsService);
    for (const key of ['a', 'b', 'c']) {
      await t.dataSource.transaction((em) =>
        notifications.notify(em, {
          userIds: users,
          kind: NotificationKind.TASK_OVERDUE,
          title: 'Nhiệm vụ đã quá hạn',
          body: `Nhiệm vụ ${key}`,
          link: `/tasks/${key}`,
          entityType: null,
          entityId: null,
          dedupeKey: key,
        }),
      );
    }
  });
  afterAll(() => t.close());

  it('notify returns only the rows it created, each with one stored email', async () => {
    const [{ n, emails }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM notification)::int AS n, (SELECT count(*) FROM email_message)::int AS emails`,
    );
    expect({ n, emails }).toEqual({ n: 9, emails: 9 });
    const again = await t.dataSource.transaction(async (em) => {
      const [user] = await em.query<{ id: string }[]>('SELECT id FROM app_user LIMIT 1');
      return t.app.get(NotificationsService).notify(em, {
        userIds: [user.id, user.id],
        kind: NotificationKind.TASK_OVERDUE,
        title: 'x',
        body: 'x',
        link: null,
        entityType: null,
        entityId: null,
        dedupeKey: 'a',
      });
    });
    expect(again).toEqual([]);
  });

  it('retries a failure later, keeping the row STORED with its error', async () => {
    const { outbox } = fakeSmtpOutbox(t, true);
    expect(await outbox.deliverPending()).toEqual({ sent: 0, failed: 0 });
    const rows = await t.dataSource.query(
      `SELECT status, attempts, error FROM email_message WHERE attempts > 0`,
    );
    expect(rows).toEqual([{ status: 'STORED', attempts: 1, error: 'Error: 421 try later' }]);
    await t.dataSource.query('UPDATE email_message SET next_attempt_at = NULL');
  });

  it('sends every STORED email once, even from two senders at once', async () => {
    const a = fakeSmtpOutbox(t);
    const b = fakeSmtpOutbox(t);
    await Promise.all([a.outbox.deliverPending(1000), b.outbox.deliverPending(1000)]);
    const sent = [...a.sent, ...b.sent];
    expect(sent).toHaveLength(9);
    expect(new Set(sent.map((m) => m.messageId)).size).toBe(9);
    expect(sent[0].subject).toBe('[partrack] Nhiệm vụ đã quá hạn');
    expect(sent[0].text).toMatch(/Xem chi tiết: http:\/\/localhost:3000\/tasks\/[abc]/);
    const [{ left }] = await t.dataSource.query(
      `SELECT count(*)::int AS left FROM email_message WHERE status <> 'SENT' OR sent_at IS NULL`,
    );
    expect(left).toBe(0);
    expect(await a.outbox.deliverPending()).toEqual({ sent: 0, failed: 0 });
  });
});

describe('background jobs (pg-boss)', () => {
  it('start with JOBS_ENABLED=true, schedule the daily jobs in Vietnam time, and stop with the app', async () => {
    const t = await createTestApp({ JOBS_ENABLED: 'true' });
    const database = new URL(t.config.databaseUrl).pathname.slice(1);
    try {
      const jobs = t.app.get(JobsService);
      expect(jobs.running).toBe(true);
      const schedules = await jobs.schedules();
      expect(schedules.map((s) => [s.name, s.cron, s.options?.tz]).sort()).toEqual([
        [QUEUES.emails, '* * * * *', 'Asia/Ho_Chi_Minh'],
        [QUEUES.parDeadlines, '5 0 * * *', 'Asia/Ho_Chi_Minh'],
        [QUEUES.reminders, '0 7 * * *', 'Asia/Ho_Chi_Minh'],
        [QUEUES.rounds, '0 6 * * *', 'Asia/Ho_Chi_Minh'],
      ]);
      // the workers run the jobs: rounds.open, reminders.scan and par.deadlines complete on an empty database
      const ids = [
        await jobs.runNow(QUEUES.rounds),
        await jobs.runNow(QUEUES.reminders),
        await jobs.runNow(QUEUES.parDeadlines),
      ];
      const states = async () =>
        (
          await t.dataSource.query<{ state: string }[]>('SELECT state FROM pgboss.job WHERE id = ANY($1)', [
            ids,
          ])
        ).map((j) => j.state);
      for (let i = 0; i < 50 && (await states()).some((s) => s !== 'completed'); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await states()).toEqual(['completed', 'completed', 'completed']);
    } finally {
      await t.close();
      delete process.env.JOBS_ENABLED;
    }
    expect(t.app.get(JobsService).running).toBe(false);
    const client = new Client({ connectionString: process.env.PARTRACK_TEST_SERVER_URL });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'partrack-jobs'`,
      [database],
    );
    await client.end();
    expect(rows[0].n).toBe(0);
  });
});
