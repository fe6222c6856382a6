import { PlanItemStatus, PlanStatus, ReportAction, ReportStatus, Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { EmailOutboxService } from '../../src/notifications/email-outbox.service';
import { JobsService } from '../../src/notifications/jobs.service';
import { NotificationsService } from '../../src/notifications/notifications.service';
import { ReminderService } from '../../src/notifications/reminder.service';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { makeGroup, makePlan, makeReport, makeRound, makeTask } from '../support/notification-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

type Users = Record<
  | 'officer'
  | 'manager'
  | 'coordinator'
  | 'viewer'
  | 'inactive'
  | 'distOfficer'
  | 'communeOfficer'
  | 'communeManager'
  | 'otherCoordinator',
  string
>;

describe('notifications: reminders, escalation, outbox, own notifications', () => {
  let t: TestApp;
  let p: Province;
  let u: Users;
  let scan: (today: string) => Promise<{ notifications: number; byKind: { kind: string; count: number }[] }>;

  const rows = (where = 'TRUE', params: unknown[] = []) =>
    t.dataSource.query<{ user_id: string; kind: string; dedupe_key: string; body: string }[]>(
      `SELECT user_id, kind, dedupe_key, body FROM notification WHERE ${where} ORDER BY kind, user_id`,
      params,
    );
  const whoGot = async (kind: string, entityId: string) =>
    (await rows('kind = $1 AND entity_id = $2', [kind, entityId])).map((r) => r.user_id).sort();
  const sorted = (...ids: string[]) => [...ids].sort();
  const round = (due: string, title: string) => makeRound(t, p.root.id, due, title);
  const report = (roundId: string, agency: Agency, due: string, status = ReportStatus.DRAFT) =>
    makeReport(t, roundId, agency, due, status);

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'NT');
    const other = await makeProvince(t, 'NX');
    const user = (name: string, role: Role, agency: Agency) => makeUser(t, `${name}@nt.vn`, role, agency);
    u = {
      officer: await user('officer', Role.AGENCY_OFFICER, p.dept),
      manager: await user('manager', Role.AGENCY_MANAGER, p.dept),
      coordinator: await user('coordinator', Role.COORDINATOR, p.dept),
      viewer: await user('viewer', Role.VIEWER, p.dept),
      inactive: await user('inactive', Role.AGENCY_OFFICER, p.dept),
      distOfficer: await user('dist-officer', Role.AGENCY_OFFICER, p.district),
      communeOfficer: await user('commune-officer', Role.AGENCY_OFFICER, p.commune),
      communeManager: await user('commune-manager', Role.AGENCY_MANAGER, p.commune),
      otherCoordinator: await user('other-coordinator', Role.COORDINATOR, other.dept),
    };
    await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [u.inactive]);
    const reminders = t.app.get(ReminderService);
    scan = (today) => reminders.scan(today);
  });
  afterAll(() => t.close());

  describe('agency reports: one timeline, due 2030-03-20', () => {
    let dept: string;
    let district: string;
    let commune: string;

    beforeAll(async () => {
      const r = await round('2030-03-20', 'Báo cáo đột xuất về CCHC');
      dept = await report(r.id, p.dept, '2030-03-20');
      district = await report(r.id, p.district, '2030-03-20', ReportStatus.SUBMITTED);
      commune = await report(r.id, p.commune, '2030-03-20', ReportStatus.RETURNED);
      const token = (await login(t, 'commune-officer@nt.vn')).accessToken;
      const res = await t.gql(
        'mutation { setNotificationMuted(kind: REPORT_DUE_SOON, muted: true) { kind muted } }',
        {},
        { token },
      );
      expect(res.data).toEqual({ setNotificationMuted: { kind: 'REPORT_DUE_SOON', muted: true } });
    });

    it('is silent more than 3 days ahead (and no job runs in the background of tests)', async () => {
      expect(t.app.get(JobsService).running).toBe(false);
      expect((await scan('2030-03-16')).notifications).toBe(0);
    });

    it('3 days ahead: one DUE_SOON per active agency officer and manager, except a muted kind; once', async () => {
      const first = await scan('2030-03-17');
      expect(await whoGot('REPORT_DUE_SOON', dept)).toEqual(sorted(u.officer, u.manager));
      expect(await whoGot('REPORT_DUE_SOON', commune)).toEqual([u.communeManager]); // the officer muted it
      expect(await whoGot('REPORT_DUE_SOON', district)).toEqual([]); // submitted
      expect(first.notifications).toBe(3);
      expect((await scan('2030-03-17')).notifications).toBe(0);
      expect((await scan('2030-03-19')).notifications).toBe(0); // still within the window: no repeat
      const [row] = await rows('user_id = $1', [u.officer]);
      expect(row.dedupe_key).toBe(`REPORT_DUE_SOON:${dept}:2030-03-20`);
      expect(row.body).toBe(
        '"Báo cáo đột xuất về CCHC" của Sở Nội vụ đến hạn nộp ngày 20/03/2030, còn 3 ngày.',
      );
    });

    it('due day: DUE_TODAY, also to the officer who muted only DUE_SOON', async () => {
      expect((await scan('2030-03-20')).notifications).toBe(4);
      expect(await whoGot('REPORT_DUE_TODAY', dept)).toEqual(sorted(u.officer, u.manager));
      expect(await whoGot('REPORT_DUE_TODAY', commune)).toEqual(sorted(u.communeOfficer, u.communeManager));
    });

    it('the day after: OVERDUE once', async () => {
      expect((await scan('2030-03-21')).byKind).toEqual([{ kind: 'REPORT_OVERDUE', count: 4 }]);
      expect((await scan('2030-03-21')).notifications).toBe(0);
    });

    it('escalates to the managers after 2 days, to the province coordinators after 5', async () => {
      expect((await scan('2030-03-22')).byKind).toEqual([{ kind: 'REPORT_ESCALATED', count: 2 }]);
      expect(await whoGot('REPORT_ESCALATED', dept)).toEqual([u.manager]);
      expect((await scan('2030-03-24')).notifications).toBe(0);
      expect((await scan('2030-03-25')).byKind).toEqual([{ kind: 'REPORT_ESCALATED', count: 2 }]);
      expect(await whoGot('REPORT_ESCALATED', dept)).toEqual(sorted(u.manager, u.coordinator));
      expect(await whoGot('REPORT_ESCALATED', commune)).toEqual(sorted(u.communeManager, u.coordinator));
      expect((await scan('2030-03-26')).notifications).toBe(0);
    });

    it('never tells viewers, inactive users, other provinces or a submitted report', async () => {
      for (const id of [u.viewer, u.inactive, u.otherCoordinator, u.distOfficer])
        expect(await rows('user_id = $1', [id])).toEqual([]);
    });

    it('stores exactly one email per notification, never sent without SMTP', async () => {
      const [{ notifications, emails, sent }] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM notification)::int AS notifications,
                (SELECT count(DISTINCT notification_id) FROM email_message)::int AS emails,
                (SELECT count(*) FROM email_message WHERE status <> 'STORED')::int AS sent`,
      );
      expect({ emails, sent }).toEqual({ emails: notifications, sent: 0 });
      const [mail] = await t.dataSource.query(
        `SELECT m.to_address, m.subject, m.text FROM email_message m JOIN notification n ON n.id = m.notification_id
          WHERE n.user_id = $1 AND n.kind = 'REPORT_DUE_SOON'`,
        [u.officer],
      );
      expect(mail.to_address).toBe('officer@nt.vn');
      expect(mail.subject).toBe('[partrack] Sắp đến hạn nộp báo cáo');
      expect(mail.text).toContain(`Xem chi tiết: http://localhost:3000/reports/${dept}`);
      expect(await t.app.get(EmailOutboxService).deliverPending()).toEqual({ sent: 0, failed: 0 });
    });
  });

  it('two scans at once give each reminder exactly once', async () => {
    const r = await round('2030-09-10', 'Báo cáo chuyên đề');
    const id = await report(r.id, p.dept, '2030-09-10');
    const [a, b] = await Promise.all([scan('2030-09-07'), scan('2030-09-07')]);
    expect(a.notifications + b.notifications).toBe(2);
    expect(await whoGot('REPORT_DUE_SOON', id)).toEqual(sorted(u.officer, u.manager));
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM email_message m JOIN notification x ON x.id = m.notification_id WHERE x.entity_id = $1`,
      [id],
    );
    expect(n).toBe(2);
  });

  it('tasks of active plans led by the agency or its group; open, dated, not too old', async () => {
    const group = await makeGroup(t, 'NT-G', p.root, [p.dept, p.district]);
    const active = await makePlan(t, 'NT-2031', p.root, PlanStatus.ACTIVE);
    const draft = await makePlan(t, 'NT-2031-D', p.root, PlanStatus.DRAFT);
    const byGroup = await makeTask(t, active, '3.1', '2031-05-15', { groupId: group.id });
    const done = await makeTask(t, active, '3.2', '2031-05-15', { agencyId: p.dept.id }, PlanItemStatus.DONE);
    const inDraft = await makeTask(t, draft, '3.1', '2031-05-15', { agencyId: p.dept.id });
    const old = await makeTask(t, active, '3.3', '2031-02-01', { agencyId: p.dept.id });

    await scan('2031-05-12');
    expect(await whoGot('TASK_DUE_SOON', byGroup)).toEqual(sorted(u.officer, u.manager, u.distOfficer));
    for (const id of [done, inDraft, old]) expect(await rows('entity_id = $1', [id])).toEqual([]);

    await scan('2031-05-20');
    expect(await whoGot('TASK_OVERDUE', byGroup)).toEqual(sorted(u.officer, u.manager, u.distOfficer));
    // one escalation per coordinator, naming both late lead agencies
    const escalated = await rows('kind = $1 AND entity_id = $2', ['TASK_ESCALATED', byGroup]);
    expect(escalated.map((r) => r.user_id).sort()).toEqual(sorted(u.manager, u.coordinator));
    const toCoordinator = escalated.find((r) => r.user_id === u.coordinator)!;
    expect(toCoordinator.body).toContain('Sở Nội vụ');
    expect(toCoordinator.body).toContain('Ủy ban nhân dân huyện Một');
    expect(toCoordinator.dedupe_key).toBe(`TASK_ESCALATED:${byGroup}:2031-05-15:COORDINATOR`);
  });

  it('tells coordinators of a submission and staff of a return, never the actor', async () => {
    const r = await round('2032-01-15', 'Báo cáo năm');
    const id = await report(r.id, p.commune, '2032-01-15');
    const notifications = t.app.get(NotificationsService);
    const ref = { id, agencyId: p.commune.id, roundId: r.id, version: 2 };
    await t.dataSource.transaction((em) =>
      notifications.notifyReportAction(em, ref, ReportAction.SUBMIT, u.communeOfficer),
    );
    expect(await whoGot('REPORT_SUBMITTED', id)).toEqual([u.coordinator]);
    await t.dataSource.transaction((em) =>
      notifications.notifyReportAction(
        em,
        { ...ref, version: 3 },
        ReportAction.RETURN,
        u.coordinator,
        'Thiếu số liệu',
      ),
    );
    const returned = await rows('kind = $1 AND entity_id = $2', ['REPORT_RETURNED', id]);
    expect(returned.map((x) => x.user_id).sort()).toEqual(sorted(u.communeOfficer, u.communeManager));
    expect(returned[0].body).toBe(
      '"Báo cáo năm" của Ủy ban nhân dân xã Một đã bị trả lại để chỉnh sửa.\nÝ kiến: Thiếu số liệu',
    );
  });

  describe('GraphQL: own notifications, settings, admin operations', () => {
    const LIST = `query($first: Int, $after: String, $unread: Boolean) { unreadNotificationCount
      myNotifications(first: $first, after: $after, unreadOnly: $unread) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id kind title body link read: readAt createdAt } } } }`;
    type List = {
      unreadNotificationCount: number;
      myNotifications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string; kind: string; link: string; read: string | null } }[];
      };
    };
    let officer: string;

    beforeAll(async () => {
      officer = (await login(t, 'officer@nt.vn')).accessToken;
    });

    it('lists only your own notifications, newest first, page by page', async () => {
      const mine = await rows('user_id = $1', [u.officer]);
      const res = await t.gql<List>(LIST, { first: 2 }, { token: officer });
      expect(res.data!.myNotifications.totalCount).toBe(mine.length);
      expect(res.data!.unreadNotificationCount).toBe(mine.length);
      const next = await t.gql<List>(
        LIST,
        { first: 100, after: res.data!.myNotifications.pageInfo.endCursor },
        { token: officer },
      );
      const ids = [...res.data!.myNotifications.edges, ...next.data!.myNotifications.edges].map(
        (e) => e.node.id,
      );
      expect(new Set(ids).size).toBe(mine.length);
      expect(res.data!.myNotifications.edges[0].node.kind).toBe('TASK_OVERDUE'); // the 2031 scan came last
      expect(res.data!.myNotifications.edges[0].node.link).toMatch(/^\/tasks\//);
    });

    it('marks read: only your own, then all', async () => {
      const [theirs] = await rows('user_id = $1', [u.manager]);
      const [{ id: own }] = await t.dataSource.query(
        'SELECT id FROM notification WHERE user_id = $1 LIMIT 1',
        [u.officer],
      );
      const [{ id: managers }] = await t.dataSource.query(
        'SELECT id FROM notification WHERE user_id = $1 LIMIT 1',
        [u.manager],
      );
      expect(theirs).toBeDefined();
      const mark = (ids: string[]) =>
        t.gql<{ markNotificationsRead: number }>(
          'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
          { ids },
          { token: officer },
        );
      expect((await mark([managers])).data).toEqual({ markNotificationsRead: 0 });
      expect((await mark([own, own])).data).toEqual({ markNotificationsRead: 1 });
      expect((await mark(['not-a-uuid'])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const before = (await t.gql<List>(LIST, { unread: true }, { token: officer })).data!;
      expect(before.myNotifications.totalCount).toBe(before.unreadNotificationCount);
      const all = await t.gql<{ markAllNotificationsRead: number }>(
        'mutation { markAllNotificationsRead }',
        {},
        { token: officer },
      );
      expect(all.data!.markAllNotificationsRead).toBe(before.unreadNotificationCount);
      expect((await t.gql<List>(LIST, {}, { token: officer })).data!.unreadNotificationCount).toBe(0);
      expect((await rows('user_id = $1', [u.manager])).length).toBeGreaterThan(0);
    });

    it('shows every kind in the settings, muted or not', async () => {
      const token = (await login(t, 'commune-officer@nt.vn')).accessToken;
      const res = await t.gql<{ myNotificationSettings: { kind: string; muted: boolean }[] }>(
        '{ myNotificationSettings { kind muted } }',
        {},
        { token },
      );
      expect(res.data!.myNotificationSettings).toHaveLength(12);
      expect(res.data!.myNotificationSettings.filter((s) => s.muted)).toEqual([
        { kind: 'REPORT_DUE_SOON', muted: true },
      ]);
    });

    it('lets admins read the outbox and run a scan', async () => {
      await makeUser(t, 'admin@nt.vn', Role.ADMIN, null);
      const admin = (await login(t, 'admin@nt.vn')).accessToken;
      const outbox = await t.gql<{
        emailOutbox: { totalCount: number; edges: { node: { status: string; subject: string } }[] };
      }>(
        '{ emailOutbox(first: 5, status: STORED) { totalCount edges { node { status subject } } } }',
        {},
        { token: admin },
      );
      expect(outbox.data!.emailOutbox.totalCount).toBeGreaterThan(10);
      expect(
        (await t.gql('{ emailOutbox { totalCount } }', {}, { token: officer })).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const run = await t.gql<{ runReminderScan: { today: string; notifications: number } }>(
        'mutation { runReminderScan(today: "2030-03-17") { today notifications } }',
        {},
        { token: admin },
      );
      expect(run.data).toEqual({ runReminderScan: { today: '2030-03-17', notifications: 0 } });
    });
  });
});
