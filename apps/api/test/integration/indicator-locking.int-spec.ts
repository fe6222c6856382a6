import { AgencyLevel, Role } from '@partrack/shared';
import { graphql } from '../gql';
import type { IndicatorTargetInput, UpdateIndicatorInput } from '../gql/graphql';
import { makeProvince, Province, tokensByRole } from '../support/fixtures';
import { auditActions, codeOf, leakIn, race, tally } from '../support/gql-checks';
import { activeIndicator } from '../support/indicator-fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

const RACERS = 20;
const UPDATE_INDICATOR = graphql(`
  mutation UpdateIndicatorForLocking($i: UpdateIndicatorInput!) {
    updateIndicator(input: $i) {
      id
      version
      nameVi
      target
      cumulative
      state
    }
  }
`);
const SET_TARGETS = graphql(`
  mutation SetIndicatorTargetsForLocking($i: SetIndicatorTargetsInput!) {
    setIndicatorTargets(input: $i) {
      id
      version
      nameVi
      target
      cumulative
      state
    }
  }
`);
const READ_INDICATOR = graphql(`
  query IndicatorForLocking($id: ID!) {
    indicator(id: $id) {
      id
      version
      nameVi
      target
      cumulative
      state
    }
  }
`);
const CREATE_PLAN = graphql(`
  mutation CreatePlanForLocking($i: CreatePlanInput!) {
    createPlan(input: $i) {
      id
    }
  }
`);

/**
 * Optimistic locking of indicator definitions: an edit carries the version it read; a stale one is a
 * CONFLICT that changes nothing, and of many edits sent with the same version exactly one is stored.
 */
describe('indicator updates: optimistic locking', () => {
  let t: TestApp;
  let p: Province;
  let tokens: Record<Role, string>;
  let planId: string;

  const update = (id: string, version: number, patch: Omit<UpdateIndicatorInput, 'id' | 'version'>) =>
    t.gql(UPDATE_INDICATOR, { i: { id, version, ...patch } }, { token: tokens.COORDINATOR });
  const setTargets = (id: string, version: number, targets: IndicatorTargetInput[]) =>
    t.gql(SET_TARGETS, { i: { id, version, targets } }, { token: tokens.COORDINATOR });
  const read = async (id: string) => {
    const res = await t.gql(READ_INDICATOR, { id }, { token: tokens.VIEWER });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.indicator;
  };
  /** The stored definition, its targets and its audit trail. */
  const state = async (id: string) => ({
    row: await t.dataSource.query('SELECT * FROM indicator WHERE id = $1', [id]),
    targets: await t.dataSource.query(
      'SELECT level, agency_id, period, value FROM indicator_target WHERE indicator_id = $1 ORDER BY level, value',
      [id],
    ),
    audit: await auditActions(t, id),
  });

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'IL');
    tokens = await tokensByRole(t, p, 'il');
    const plan = await t.gql(
      CREATE_PLAN,
      { i: { code: 'KH-IL-2022', title: 'Kế hoạch IL', year: 2022, ownerAgencyId: p.root.id } },
      { token: tokens.COORDINATOR },
    );
    planId = plan.data!.createPlan.id;
  });
  afterAll(() => t.close());

  it('an edit with the version read is stored and audited; the version moves on', async () => {
    const id = await activeIndicator(t, tokens.COORDINATOR, planId, { code: 'EDIT' });
    const before = await read(id);
    const res = await update(id, before.version, { nameVi: 'Tỷ lệ hồ sơ trực tuyến', target: 60 });
    expect(res.data!.updateIndicator).toMatchObject({
      nameVi: 'Tỷ lệ hồ sơ trực tuyến',
      target: 60,
      version: before.version + 1,
    });
    expect(await read(id)).toEqual(res.data!.updateIndicator);
    expect((await auditActions(t, id)).at(-1)).toBe('indicator.update');
  });

  it('a stale version (older or newer) is a CONFLICT and changes nothing', async () => {
    const id = await activeIndicator(t, tokens.COORDINATOR, planId, { code: 'STALE' });
    const { version } = await read(id);
    await update(id, version, { target: 70 });
    const before = await state(id);
    const answers: GqlResponse<unknown>[] = [
      await update(id, version, { nameVi: 'Ghi đè', target: 10 }),
      await update(id, version + 7, { nameVi: 'Tương lai' }),
      await setTargets(id, version, [{ level: AgencyLevel.COMMUNE, value: 40 }]),
    ];
    expect(answers.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    for (const a of answers) expect(leakIn(a)).toBeNull();
    expect(await state(id)).toEqual(before);
  });

  it(`${RACERS} edits sent at once with the same version: exactly one is stored`, async () => {
    const id = await activeIndicator(t, tokens.COORDINATOR, planId, { code: 'RACE' });
    const { version } = await read(id);
    const before = await state(id);
    const answers = await race(RACERS, (i) =>
      update(id, version, { nameVi: `Tên ${i}`, target: 50 + i, cumulative: i % 2 === 0 }),
    );
    expect(tally(answers)).toEqual({ OK: 1, CONFLICT: RACERS - 1 });
    for (const a of answers) expect(leakIn(a)).toBeNull();
    const winner = answers.find((a) => !a.errors)!.data!.updateIndicator;
    const i = Number(winner.nameVi.replace('Tên ', ''));
    // The whole of the winner's edit, and nothing of any loser's.
    expect(await read(id)).toEqual({
      ...winner,
      target: 50 + i,
      cumulative: i % 2 === 0,
      version: version + 1,
    });
    expect(await auditActions(t, id)).toEqual([...before.audit, 'indicator.update']);
  });

  it(`${RACERS} target lists sent at once with the same version: exactly one list is stored, unmixed`, async () => {
    const id = await activeIndicator(t, tokens.COORDINATOR, planId, { code: 'TARGETS' });
    const { version } = await read(id);
    const answers = await race(RACERS, (i) =>
      setTargets(id, version, [
        { level: AgencyLevel.DISTRICT, value: 100 + i },
        { level: AgencyLevel.COMMUNE, value: 200 + i },
      ]),
    );
    expect(tally(answers)).toEqual({ OK: 1, CONFLICT: RACERS - 1 });
    const targets: { level: string; value: number }[] = (await state(id)).targets;
    expect(targets).toHaveLength(2);
    const byLevel = Object.fromEntries(targets.map((x) => [x.level, x.value]));
    expect(byLevel.COMMUNE - byLevel.DISTRICT).toBe(100);
    expect((await read(id)).version).toBe(version + 1);
    expect((await auditActions(t, id)).filter((a) => a === 'indicator.targets')).toHaveLength(1);
  });
});
