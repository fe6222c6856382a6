import { createTestApp, TestApp } from '../support/test-app';
import { agencyId, demoToken, importSeedPlan, itemId } from '../support/plan-fixtures';

const UPDATE = `mutation($i: PostTaskUpdateInput!) { postTaskUpdate(input: $i) { id role progress status note agency { code } } }`;
const TASKS = `query($f: TaskFilter, $first: Int, $after: String, $o: TaskOrder) {
  tasks(filter: $f, first: $first, after: $after, orderBy: $o) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { code status progress overdue leads { agency { code } group { code } } } }
  } }`;

type TaskNode = { code: string; status: string; progress: number; overdue: boolean };
type Tasks = {
  tasks: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: TaskNode }[];
  };
};

describe('tasks: queries, progress updates, stats', () => {
  let t: TestApp;
  let planId: string;
  let coordinator: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    planId = await importSeedPlan(t);
    coordinator = await demoToken(t, 'coordinator');
    officer = await demoToken(t, 'officer'); // Sở Thông tin và Truyền thông
  });
  afterAll(() => t.close());

  const codes = async (filter: Record<string, unknown>, token = coordinator) => {
    const res = await t.gql<Tasks>(TASKS, { f: { planId, ...filter }, first: 100 }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.tasks.edges.map((e) => e.node.code);
  };

  it('lists tasks and projects with filters', async () => {
    expect(await codes({})).toHaveLength(36 + 7);
    expect(await codes({ kinds: ['PROJECT'] })).toEqual([
      'DA.1',
      'DA.2',
      'DA.3',
      'DA.4',
      'DA.5',
      'DA.6',
      'DA.7',
    ]);
    const ledByTttt = await codes({ leadAgencyId: await agencyId(t, 'QNA-STTTT') });
    expect(ledByTttt.length).toBeGreaterThan(0);
    expect(await codes({ search: 'ke hoach dao tao boi duong' })).toContain('3.16');
    const q1 = await codes({ dueFrom: '2022-01-01', dueTo: '2022-03-31' });
    expect(q1).toContain('3.16');
    // a department is a member of "Các Sở, ban, ngành": it coordinates every task that group coordinates
    const coordinated = await codes({ coordinatingAgencyId: await agencyId(t, 'QNA-SYT') });
    expect(coordinated).toContain('3.16');
    expect(await codes({ areaCode: 'VI' })).toContain('3.30');
  });

  it('lets the lead agency post progress, and a coordinating agency only its contribution', async () => {
    const task = await itemId(t, planId, '3.16'); // led by Sở Nội vụ, coordinated by the departments' group
    const lead = await t.gql<{ postTaskUpdate: { role: string; progress: number; status: string } }>(
      UPDATE,
      { i: { itemId: task.id, version: task.version, progress: 40, note: 'Đã xây dựng dự thảo' } },
      { token: coordinator },
    );
    expect(lead.data?.postTaskUpdate).toMatchObject({ role: 'LEAD', progress: 40, status: 'IN_PROGRESS' });
    const [row] = await t.dataSource.query('SELECT status, progress FROM plan_item WHERE id = $1', [task.id]);
    expect(row).toEqual({ status: 'IN_PROGRESS', progress: 40 });

    const contribution = await t.gql<{ postTaskUpdate: { role: string; agency: { code: string } } }>(
      UPDATE,
      { i: { itemId: task.id, note: 'Sở TT&TT đã góp ý dự thảo' } },
      { token: officer },
    );
    expect(contribution.data?.postTaskUpdate).toMatchObject({
      role: 'COORDINATOR',
      agency: { code: 'QNA-STTTT' },
    });
    const refused = await t.gql(
      UPDATE,
      { i: { itemId: task.id, version: task.version + 1, progress: 90 } },
      { token: officer },
    );
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: "A coordinating agency cannot change the lead's status or progress.",
    });

    const timeline = await t.gql<{
      planItem: { updates: { role: string; agency: { code: string }; note: string }[] };
    }>(
      'query($id: ID!) { planItem(id: $id) { updates { role note agency { code } } } }',
      { id: task.id },
      { token: officer },
    );
    expect(timeline.data?.planItem.updates.map((u) => u.agency.code)).toEqual(['QNA-STTTT', 'QNA-SNV']);
  });

  it('exactly one of two concurrent updates on the same version wins', async () => {
    const task = await itemId(t, planId, '3.14');
    const post = (progress: number) =>
      t.gql(UPDATE, { i: { itemId: task.id, version: task.version, progress } }, { token: coordinator });
    const results = await Promise.all([post(30), post(60)]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM task_update WHERE item_id = $1',
      [task.id],
    );
    expect(n).toBe(1);
  });

  it('marks done tasks complete and counts overdue ones in SQL stats', async () => {
    const task = await itemId(t, planId, '3.15'); // led by Sở Nội vụ
    await t.dataSource.query(
      `UPDATE plan_item SET due_date = '2022-03-31' WHERE code IN ('3.16', '3.15') AND plan_id = $1`,
      [planId],
    );
    const done = await t.gql(
      UPDATE,
      { i: { itemId: task.id, version: task.version, status: 'DONE', completedOn: '2022-04-10' } },
      { token: coordinator },
    );
    expect(done.errors).toBeUndefined();
    const node = await t.gql<{
      planItem: { status: string; progress: number; overdue: boolean; doneLate: boolean; daysLate: number };
    }>(
      'query($id: ID!) { planItem(id: $id) { status progress overdue doneLate daysLate } }',
      { id: task.id },
      { token: coordinator },
    );
    expect(node.data?.planItem).toEqual({
      status: 'DONE',
      progress: 100,
      overdue: false,
      doneLate: true,
      daysLate: 10,
    });
    expect(await codes({ overdue: true })).toContain('3.16');
    expect(await codes({ overdue: true })).not.toContain('3.15');

    const stats = await t.gql<{
      taskStats: { key: string; total: number; done: number; overdue: number; averageProgress: number }[];
    }>(
      'query($p: ID!) { taskStats(planId: $p, groupBy: STATUS) { key total done overdue averageProgress } }',
      { p: planId },
      { token: coordinator },
    );
    const byKey = Object.fromEntries(stats.data!.taskStats.map((s) => [s.key, s]));
    expect(byKey.DONE).toMatchObject({ total: 1, done: 1, overdue: 0 });
    expect(stats.data!.taskStats.reduce((sum, s) => sum + s.total, 0)).toBe(43);
    const byArea = await t.gql<{ taskStats: { key: string; label: string | null; total: number }[] }>(
      'query($p: ID!) { taskStats(planId: $p, groupBy: AREA) { key label total } }',
      { p: planId },
      { token: coordinator },
    );
    expect(byArea.data!.taskStats.find((s) => s.key === 'VI')?.label).toBe(
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    );
    const byAgency = await t.gql<{ taskStats: { label: string; total: number }[] }>(
      'query($p: ID!) { taskStats(planId: $p, groupBy: LEAD_AGENCY) { label total } }',
      { p: planId },
      { token: coordinator },
    );
    expect(byAgency.data!.taskStats.find((s) => s.label === 'Sở Nội vụ')!.total).toBeGreaterThan(5);
  });

  it('shows an officer the tasks of their agency', async () => {
    const res = await t.gql<{ myTasks: { totalCount: number } }>(
      '{ myTasks(first: 50) { totalCount } }',
      {},
      { token: officer },
    );
    expect(res.data!.myTasks.totalCount).toBeGreaterThan(10);
  });

  it('derives the agency plan: linked items whose progress flows back to the original', async () => {
    const manager = await demoToken(t, 'manager'); // UBND thành phố Tam Kỳ
    const derived = await t.gql<{
      deriveAgencyPlan: { id: string; code: string; parentPlan: { id: string } };
    }>(
      'mutation($p: ID!, $a: ID!) { deriveAgencyPlan(planId: $p, agencyId: $a) { id code parentPlan { id } } }',
      { p: planId, a: await agencyId(t, 'QNA-TAMKY') },
      { token: manager },
    );
    expect(derived.data?.deriveAgencyPlan).toMatchObject({
      code: 'KH-TEST-2022-QNA-TAMKY',
      parentPlan: { id: planId },
    });
    const items = await t.gql<{ plan: { items: { code: string; status: string; progress: number }[] } }>(
      'query($id: ID!) { plan(id: $id) { items { code status progress } } }',
      { id: derived.data!.deriveAgencyPlan.id },
      { token: manager },
    );
    const derived316 = items.data!.plan.items.find((i) => i.code === '3.16');
    expect(derived316).toMatchObject({ status: 'IN_PROGRESS', progress: 40 });
    expect(items.data!.plan.items.some((i) => i.code.startsWith('1.'))).toBe(true);
    const again = await t.gql(
      'mutation($p: ID!, $a: ID!) { deriveAgencyPlan(planId: $p, agencyId: $a) { id } }',
      { p: planId, a: await agencyId(t, 'QNA-TAMKY') },
      { token: manager },
    );
    expect((again.data as { deriveAgencyPlan: { id: string } }).deriveAgencyPlan.id).toBe(
      derived.data!.deriveAgencyPlan.id,
    );
    const otherDistrict = await t.gql(
      'mutation($p: ID!, $a: ID!) { deriveAgencyPlan(planId: $p, agencyId: $a) { id } }',
      { p: planId, a: await agencyId(t, 'QNA-HOIAN') },
      { token: manager },
    );
    expect(otherDistrict.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('copies the plan to 2023 with shifted deadlines and reset progress', async () => {
    const res = await t.gql<{ copyPlanToYear: { id: string; code: string; year: number; status: string } }>(
      'mutation($p: ID!) { copyPlanToYear(planId: $p, year: 2023) { id code year status } }',
      { p: planId },
      { token: coordinator },
    );
    expect(res.data?.copyPlanToYear).toMatchObject({ code: 'KH-TEST-2023', year: 2023, status: 'DRAFT' });
    const rows = await t.dataSource.query(
      `SELECT code, due_date::text AS due, due_label, status, progress FROM plan_item WHERE plan_id = $1 AND code IN ('3.16', '3.17') ORDER BY code`,
      [res.data!.copyPlanToYear.id],
    );
    expect(rows).toEqual([
      { code: '3.16', due: '2023-03-31', due_label: 'Quý I', status: 'NOT_STARTED', progress: 0 },
      { code: '3.17', due: '2023-12-31', due_label: 'Quý IV', status: 'NOT_STARTED', progress: 0 },
    ]);
  });

  it('keeps the number of SQL statements per page constant (no N+1)', async () => {
    const count = async (first: number) => {
      const logged: string[] = [];
      const original = t.dataSource.driver.createQueryRunner.bind(t.dataSource.driver);
      const spy = jest.spyOn(t.dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
        const runner = original(mode);
        const query = runner.query.bind(runner);
        runner.query = ((sql: string, params?: unknown[], structured?: boolean) => {
          logged.push(sql);
          return query(sql, params, structured as true);
        }) as typeof runner.query;
        return runner;
      });
      const res = await t.gql(
        `{ tasks(first: ${first}) { edges { node { code overdue area { code } leads { agency { code } group { code } } coordinators { agency { code } } updates { note agency { code } } } } } }`,
        {},
        { token: coordinator },
      );
      spy.mockRestore();
      expect(res.errors).toBeUndefined();
      return logged.length;
    };
    // One batch per relation, whatever the page size: an N+1 would issue 43+ statements for the large page.
    // Slack of 4 between the pages: a relation absent from the small page (e.g. no group among its
    // coordinators) skips a batch there, and on a loaded machine a DataLoader batch can be split across two
    // ticks of the event loop (seen once: +3). Neither comes near the 38 extra statements of an N+1.
    const small = await count(5);
    const large = await count(43);
    expect(large).toBeLessThanOrEqual(14);
    expect(large - small).toBeLessThanOrEqual(4);
  });
});
