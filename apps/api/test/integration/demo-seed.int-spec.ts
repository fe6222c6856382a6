import { createTestApp, TestApp } from '../support/test-app';
import { todayInVietnam } from '../../src/common/time/vietnam-time';
import { DEMO_PASSWORD, DEMO_USERS, SeedService } from '../../src/seed/seed.service';
import { login } from '../support/fixtures';

interface CycleNode {
  id: string;
  year: number;
  name: string;
  status: string;
  selfAssessmentDue: string;
  publishedAt: string | null;
  councilUserIds: string[];
  frameworkIds: string[];
}
interface RankingRow {
  targetGroup: string;
  rank: number;
  index: number;
  finalised: boolean;
  band: { code: string } | null;
}
interface AtRiskRow {
  agency: { code: string };
  pointsAtRisk: number;
  lateTasks: number;
}

/** Rows of the tables the demo PAR Index seed writes, to show a second seed adds none. */
const PAR_TABLES = [
  'par_framework',
  'par_cycle',
  'par_assessment',
  'par_score',
  'par_evidence',
  'plan',
  'plan_item',
  'survey',
  'survey_result',
  'survey_respondents',
  'inspection_plan',
  'inspection',
  'inspection_finding',
  'inspection_checklist_item',
];

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

  it('ships the sample satisfaction survey, labelled, with demo results for five one-stop desks', async () => {
    const { accessToken } = await login(t, 'viewer@demo.partrack.vn', DEMO_PASSWORD);
    const [survey] = await t.dataSource.query<{ id: string; title: string; status: string }[]>(
      'SELECT id, title, status FROM survey WHERE is_sample',
    );
    expect(survey.title).toMatch(/^Mẫu — .*\(dữ liệu mẫu\)$/);
    expect(survey.status).toBe('OPEN');
    const res = await t.gql<{
      surveyResults: { respondents: number; aspects: unknown[]; agencies: { share: number }[] };
    }>(
      'query($id: ID!) { surveyResults(surveyId: $id) { respondents aspects { share } agencies { share } } }',
      { id: survey.id },
      { token: accessToken },
    );
    const results = res.data!.surveyResults;
    expect(results.aspects).toHaveLength(5);
    expect(results.agencies).toHaveLength(5);
    expect(results.agencies.every((a) => a.share > 60 && a.share <= 100)).toBe(true);
    const sources = await t.dataSource.query<{ source: string }[]>(
      'SELECT DISTINCT source FROM survey_respondents',
    );
    expect(sources).toEqual([{ source: 'DEMO' }]);
  });

  it('plans the 2022 inspections by the rule, approved, with demo findings at three stages and a checklist', async () => {
    const [plan] = await t.dataSource.query<{ id: string; status: string; n: number; scheduled: number }[]>(
      `SELECT p.id, p.status, count(i.id)::int AS n, count(i.month)::int AS scheduled
         FROM inspection_plan p JOIN inspection i ON i.plan_id = p.id WHERE p.year = 2022 GROUP BY p.id`,
    );
    expect(plan).toMatchObject({ status: 'APPROVED' });
    expect(plan.scheduled).toBe(plan.n);
    const { accessToken } = await login(t, 'coordinator@demo.partrack.vn', DEMO_PASSWORD);
    const coverage = await t.gql<{
      inspectionCoverage: { levels: { agencies: number; inspected: number }[] };
    }>(
      'query($id: ID!) { inspectionCoverage(planId: $id) { levels { agencies inspected } } }',
      { id: plan.id },
      { token: accessToken },
    );
    expect(coverage.data!.inspectionCoverage.levels.some((l) => l.inspected > 0)).toBe(true);
    const proposed = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM inspection WHERE plan_id = $1 AND NOT proposed',
      [plan.id],
    );
    expect(proposed[0].n).toBe(0);
    const findings = await t.dataSource.query<{ status: string; task: string; labelled: boolean }[]>(
      `SELECT f.status, t.status AS task, f.text LIKE '%(dữ liệu mẫu)' AS labelled
         FROM inspection_finding f JOIN plan_item t ON t.id = f.task_id
         JOIN inspection i ON i.id = f.inspection_id WHERE i.plan_id = $1`,
      [plan.id],
    );
    expect(findings.every((f) => f.labelled)).toBe(true);
    expect(findings.some((f) => f.status === 'CLOSED' && f.task === 'DONE')).toBe(true);
    expect(findings.some((f) => f.status === 'OPEN' && f.task === 'DONE')).toBe(true);
    expect(findings.some((f) => f.status === 'OPEN' && f.task !== 'DONE')).toBe(true);
    const checklist = await t.dataSource.query<{ result: string; note: string | null }[]>(
      `SELECT c.result, c.note FROM inspection_checklist_item c JOIN inspection i ON i.id = c.inspection_id
        WHERE i.plan_id = $1`,
      [plan.id],
    );
    expect(checklist.length).toBeGreaterThan(9);
    expect(checklist.filter((c) => c.result === 'NOT_MET')).toEqual([
      { result: 'NOT_MET', note: expect.stringMatching(/\(dữ liệu mẫu\)$/) as unknown },
    ]);
    const told = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'INSPECTION_SCHEDULED'`,
    );
    expect(told[0].n).toBe(0);
  });

  describe('demo PAR Index cycles', () => {
    let token: string;
    let cycles: CycleNode[];
    const year = Number(todayInVietnam().slice(0, 4));

    beforeAll(async () => {
      ({ accessToken: token } = await login(t, 'coordinator@demo.partrack.vn', DEMO_PASSWORD));
      const res = await t.gql<{ parCycles: { edges: { node: CycleNode }[] } }>(
        '{ parCycles { edges { node { id year name status selfAssessmentDue publishedAt councilUserIds frameworkIds } } } }',
        {},
        { token },
      );
      cycles = res.data!.parCycles.edges.map((e) => e.node);
    });
    const cycleOf = (y: number) => cycles.find((c) => c.year === y)!;

    it('publishes 2022: every assessment finalised, appraised with reasons, some explanations answered', async () => {
      const cycle = cycleOf(2022);
      expect(cycle).toMatchObject({ status: 'PUBLISHED', selfAssessmentDue: '2023-01-16' });
      expect(cycle.name).toContain('dữ liệu mẫu');
      expect(cycle.publishedAt?.startsWith('2023-03')).toBe(true);
      expect(cycle.councilUserIds.length).toBeGreaterThanOrEqual(2);
      const statuses = await t.dataSource.query(
        `SELECT status::text AS status, count(*)::int AS n, bool_and(finalised_at < '2023-04-01') AS dated
           FROM par_assessment WHERE cycle_id = $1 GROUP BY 1`,
        [cycle.id],
      );
      // 26 departments and sector branches, 18 districts: every one finalised, in early 2023.
      expect(statuses).toEqual([{ status: 'FINALISED', n: 44, dated: true }]);
      const [scores] = await t.dataSource.query(
        `SELECT count(*) FILTER (WHERE c.method IN ('MANUAL', 'BONUS', 'PENALTY') AND s.self_points IS NULL)::int AS unscored,
                count(*) FILTER (WHERE s.appraised_points IS NULL)::int AS unappraised,
                count(*) FILTER (WHERE s.appraised_points < s.self_points AND s.appraisal_reason IS NULL)::int AS unexplained_cuts,
                count(*) FILTER (WHERE s.appraisal_reason IS NOT NULL)::int AS reasons,
                count(*) FILTER (WHERE s.explanation IS NOT NULL AND s.reappraised_points = s.self_points)::int AS accepted,
                count(*) FILTER (WHERE s.explanation IS NOT NULL AND s.reappraised_points < s.self_points)::int AS kept,
                bool_and(c.method <> 'SURVEY' OR s.appraised_points BETWEEN c.max_points * 0.75 AND c.max_points * 0.92) AS surveys
           FROM par_score s JOIN par_criterion c ON c.id = s.criterion_id
           JOIN par_assessment x ON x.id = s.assessment_id WHERE x.cycle_id = $1`,
        [cycle.id],
      );
      expect(scores).toMatchObject({ unscored: 0, unappraised: 0, unexplained_cuts: 0, surveys: true });
      expect(scores.reasons).toBeGreaterThan(50);
      expect(scores.accepted).toBeGreaterThan(5);
      expect(scores.kept).toBeGreaterThan(5);
    });

    it('ranks 2022 over the bands A to D, with a tie', async () => {
      const res = await t.gql<{ parRanking: RankingRow[] }>(
        'query ($id: ID!) { parRanking(cycleId: $id) { targetGroup rank index finalised band { code } } }',
        { id: cycleOf(2022).id },
        { token },
      );
      const rows = res.data!.parRanking;
      expect(rows.every((r) => r.finalised)).toBe(true);
      expect(new Set(rows.map((r) => r.band?.code))).toEqual(new Set(['A', 'B', 'C', 'D']));
      const ranks = rows.map((r) => `${r.targetGroup}:${r.rank}`);
      expect(new Set(ranks).size).toBeLessThan(ranks.length);
    });

    it("opens this year's cycle on copies of the samples, with drafts, one submission and points at risk", async () => {
      const cycle = cycleOf(year);
      expect(cycle).toMatchObject({ status: 'OPEN', selfAssessmentDue: `${year}-12-31` });
      const frameworks = await t.dataSource.query<
        { status: string; copied: boolean; name: string; rules: number }[]
      >(
        `SELECT f.status::text AS status, f.copied_from_id IS NOT NULL AS copied, f.name,
                count(c.id) FILTER (WHERE c.data_rule IS NOT NULL)::int AS rules
           FROM par_framework f JOIN par_criterion c ON c.framework_id = f.id
          WHERE f.id = ANY($1::uuid[]) GROUP BY f.id`,
        [cycle.frameworkIds],
      );
      expect(frameworks).toHaveLength(2);
      for (const f of frameworks) expect(f).toMatchObject({ status: 'LOCKED', copied: true });
      expect(frameworks.every((f) => f.rules >= 3 && f.name.endsWith('(dữ liệu mẫu)'))).toBe(true);
      const statuses = await t.dataSource.query<{ status: string; n: number }[]>(
        `SELECT x.status::text AS status, count(DISTINCT x.id)::int AS n FROM par_assessment x
           JOIN par_score s ON s.assessment_id = x.id WHERE x.cycle_id = $1 GROUP BY 1 ORDER BY 1`,
        [cycle.id],
      );
      expect(statuses[0]).toMatchObject({ status: 'DRAFT' });
      expect(statuses[0].n).toBeGreaterThanOrEqual(3);
      expect(statuses[1]).toEqual({ status: 'SUBMITTED', n: 1 });
      const res = await t.gql<{ parPointsAtRisk: AtRiskRow[] }>(
        'query ($id: ID!) { parPointsAtRisk(cycleId: $id) { agency { code } pointsAtRisk lateTasks } }',
        { id: cycle.id },
        { token },
      );
      const atRisk = res.data!.parPointsAtRisk.filter((r) => r.pointsAtRisk > 0);
      expect(atRisk.length).toBeGreaterThanOrEqual(2);
      expect(new Set(atRisk.map((r) => r.pointsAtRisk)).size).toBeGreaterThan(1);
      expect(atRisk.every((r) => r.lateTasks > 0)).toBe(true);
      const [plan] = await t.dataSource.query(
        'SELECT title, status::text AS status FROM plan WHERE year = $1',
        [year],
      );
      expect(plan).toEqual({ title: `Kế hoạch CCHC năm ${year} (dữ liệu mẫu)`, status: 'ACTIVE' });
    });

    it('adds nothing when seeded again', async () => {
      const count = async () =>
        Promise.all(
          PAR_TABLES.map(
            async (table) =>
              (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n,
          ),
        );
      const before = await count();
      await t.app.get(SeedService).seedDemo();
      expect(await count()).toEqual(before);
    });
  });
});
