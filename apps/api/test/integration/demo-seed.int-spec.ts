import { createTestApp, TestApp } from '../support/test-app';
import { DEMO_PASSWORD, DEMO_USERS, SeedService } from '../../src/seed/seed.service';
import { login } from '../support/fixtures';

describe('demo seed and first admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      SEED_DEMO_DATA: 'true',
      ADMIN_EMAIL: 'first.admin@prod.vn',
      ADMIN_PASSWORD: 'first-admin-password',
    });
  });
  afterAll(async () => {
    await t.close();
    delete process.env.ADMIN_EMAIL;
    delete process.env.ADMIN_PASSWORD;
  });

  it('creates the first admin from env and every demo account, each able to log in', async () => {
    await expect(login(t, 'first.admin@prod.vn', 'first-admin-password')).resolves.toBeTruthy();
    for (const demo of DEMO_USERS) await expect(login(t, demo.email, DEMO_PASSWORD)).resolves.toBeTruthy();
  });

  it('seeds the Quảng Nam hierarchy and groups once', async () => {
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM agency');
    expect(n).toBeGreaterThanOrEqual(38);
    await t.app.get(SeedService).seedDemo();
    const [{ n: again }] = await t.dataSource.query('SELECT count(*)::int AS n FROM agency');
    expect(again).toBe(n);
    const groups = await t.dataSource.query(
      'SELECT g.code, count(m.agency_id)::int AS members FROM agency_group g JOIN agency_group_member m ON m.group_id = g.id GROUP BY g.code',
    );
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const { accessToken } = await login(t, 'officer@demo.partrack.vn', DEMO_PASSWORD);
    const res = await t.gql<{
      resolveAgencyNames: { matches: { agency: { code: string } | null }[]; unresolved: string[] };
    }>(
      '{ resolveAgencyNames(text: "Sở: TNMT, Xây dựng, KHĐT") { matches { agency { code } } unresolved } }',
      {},
      { token: accessToken },
    );
    expect(res.data?.resolveAgencyNames.matches.map((m) => m.agency?.code)).toEqual([
      'QNA-STNMT',
      'QNA-SXD',
      'QNA-SKHDT',
    ]);
    expect(res.data?.resolveAgencyNames.unresolved).toEqual([]);
  });

  it('imports the 2022 plan with clearly labelled demo progress', async () => {
    const rows: { status: string; n: number }[] = await t.dataSource.query(
      `SELECT i.status::text AS status, count(*)::int AS n FROM plan_item i JOIN plan p ON p.id = i.plan_id
        WHERE p.code = 'KH-CCHC-2022' AND i.kind IN ('TASK', 'PROJECT') GROUP BY 1`,
    );
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    expect(byStatus.DONE).toBeGreaterThan(5);
    expect(byStatus.IN_PROGRESS).toBeGreaterThan(3);
    expect(byStatus.NOT_STARTED).toBeGreaterThan(0);
    const notes: { note: string; author_label: string; role: string }[] = await t.dataSource.query(
      'SELECT note, author_label, role::text AS role FROM task_update',
    );
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.every((n) => n.author_label === 'Dữ liệu demo' && n.note.startsWith('[Dữ liệu demo]'))).toBe(
      true,
    );
    expect(notes.some((n) => n.role === 'COORDINATOR')).toBe(true);
    const [{ late }] = await t.dataSource.query(
      `SELECT count(*)::int AS late FROM plan_item WHERE status = 'DONE' AND completed_on > due_date`,
    );
    expect(late).toBeGreaterThan(0);
  });

  it('confirms the extracted indicators but three, with labelled demo figures in every review state', async () => {
    const states: { state: string; n: number }[] = await t.dataSource.query(
      `SELECT i.state::text AS state, count(*)::int AS n FROM indicator i JOIN plan p ON p.id = i.plan_id
        WHERE p.code = 'KH-CCHC-2022' GROUP BY 1 ORDER BY 1`,
    );
    expect(states).toEqual([
      { state: 'ACTIVE', n: 14 },
      { state: 'DRAFT', n: 3 },
    ]);
    const figures: { status: string; n: number; labelled: boolean }[] = await t.dataSource.query(
      `SELECT status::text AS status, count(*)::int AS n, bool_and(note = '[Dữ liệu demo]') AS labelled
         FROM measurement GROUP BY 1 ORDER BY 1`,
    );
    expect(figures.map((f) => f.status)).toEqual(['APPROVED', 'DRAFT', 'SUBMITTED']);
    expect(figures.every((f) => f.labelled && f.n > 0)).toBe(true);
  });

  it('opens the four 2022 reporting rounds with demo reports at plausible stages', async () => {
    const rows: { kind: string; status: string; n: number }[] = await t.dataSource.query(
      `SELECT rr.kind::text AS kind, r.status::text AS status, count(*)::int AS n
         FROM agency_report r JOIN reporting_round rr ON rr.id = r.round_id GROUP BY 1, 2`,
    );
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['Q1', 'H1', 'Q3', 'YEAR']));
    const q1 = Object.fromEntries(rows.filter((r) => r.kind === 'Q1').map((r) => [r.status, r.n]));
    expect(q1.ACCEPTED).toBeGreaterThan(q1.DRAFT ?? 0);
    const frozen: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM agency_report WHERE status IN ('SUBMITTED', 'ACCEPTED') AND snapshot IS NULL`,
    );
    expect(frozen[0].n).toBe(0);
    const narratives: { ok: boolean }[] = await t.dataSource.query(
      `SELECT bool_and(narrative->>'direction' LIKE '[Dữ liệu demo]%') AS ok FROM agency_report WHERE narrative <> '{}'`,
    );
    expect(narratives[0].ok).toBe(true);
  });

  it('ships the sample PAR Index frameworks, labelled as samples, locked for 2022, once', async () => {
    await t.app.get(SeedService).seedDemo();
    const { accessToken } = await login(t, 'viewer@demo.partrack.vn', DEMO_PASSWORD);
    const res = await t.gql<{
      parFrameworks: {
        edges: {
          node: {
            name: string;
            year: number;
            targetGroup: string;
            status: string;
            isSample: boolean;
            scoredMaximum: number;
            problems: unknown[];
            criteria: { level: string }[];
          };
        }[];
      };
    }>(
      '{ parFrameworks(filter: { year: 2022 }) { edges { node { name year targetGroup status isSample scoredMaximum problems { kind } criteria { level } } } } }',
      {},
      { token: accessToken },
    );
    const nodes = res.data!.parFrameworks.edges.map((e) => e.node);
    expect(nodes.map((n) => n.targetGroup).sort()).toEqual(['DEPARTMENT', 'DISTRICT']);
    for (const node of nodes) {
      expect(node).toMatchObject({
        year: 2022,
        status: 'LOCKED',
        isSample: true,
        scoredMaximum: 100,
        problems: [],
      });
      expect(node.name).toContain('mẫu');
      expect(node.criteria.filter((c) => c.level === 'AREA')).toHaveLength(9);
    }
  });
});
