import { AgencyKind, MeasurementStatus, Role } from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { makeAgency, makeProvince, Province, tokensByRole } from '../support/fixtures';
import { auditActions, codeOf, fieldsOf, leakIn, race, tally } from '../support/gql-checks';
import {
  activeIndicator,
  MeasurementView,
  RECORD,
  REOPEN,
  REVIEW,
  SUBMIT,
} from '../support/indicator-fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

type Action = 'RECORD' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REOPEN';
type From = MeasurementStatus | 'NONE';

/**
 * The review lifecycle as docs/indicators.md draws it (and the mutations describe it), written out here:
 * record creates or corrects a DRAFT/RETURNED figure, submit takes DRAFT/RETURNED, review takes SUBMITTED,
 * reopen takes APPROVED. Every other pair is refused.
 */
const ALLOWED: Record<From, Partial<Record<Action, MeasurementStatus>>> = {
  NONE: { RECORD: MeasurementStatus.DRAFT },
  DRAFT: { RECORD: MeasurementStatus.DRAFT, SUBMIT: MeasurementStatus.SUBMITTED },
  SUBMITTED: { APPROVE: MeasurementStatus.APPROVED, RETURN: MeasurementStatus.RETURNED },
  APPROVED: { REOPEN: MeasurementStatus.RETURNED },
  RETURNED: { RECORD: MeasurementStatus.DRAFT, SUBMIT: MeasurementStatus.SUBMITTED },
};
const STATUSES = Object.values(MeasurementStatus);
const ACTIONS: Action[] = ['RECORD', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN'];
const PATH: Record<MeasurementStatus, Action[]> = {
  DRAFT: ['RECORD'],
  SUBMITTED: ['RECORD', 'SUBMIT'],
  APPROVED: ['RECORD', 'SUBMIT', 'APPROVE'],
  RETURNED: ['RECORD', 'SUBMIT', 'RETURN'],
};
const AUDITED: Record<Action, string> = {
  RECORD: 'measurement.record',
  SUBMIT: 'measurement.submit',
  APPROVE: 'measurement.approve',
  RETURN: 'measurement.return',
  REOPEN: 'measurement.reopen',
};
const RACERS = 20;
const QUARTERS = ['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'];

describe('measurement review transitions', () => {
  let t: TestApp;
  let p: Province;
  let tokens: Record<Role, string>;
  let indicatorId: string;
  const slots: { agencyId: string; period: string }[] = []; // (agency, period) pairs without a figure

  /** A figure's key: a new one for each case, so cases never share a row. */
  const nextSlot = () => {
    const slot = slots.shift();
    if (!slot) throw new Error('out of agency × period slots: add agencies in beforeAll');
    return slot;
  };
  const act = (
    m: MeasurementView & { agencyId: string },
    action: Action,
    value = 40,
  ): Promise<GqlResponse<Record<string, MeasurementView | MeasurementView[]>>> => {
    const token = action === 'RECORD' || action === 'SUBMIT' ? tokens.AGENCY_MANAGER : tokens.COORDINATOR;
    switch (action) {
      case 'RECORD':
        return t.gql(
          RECORD,
          {
            i: {
              indicatorId,
              agencyId: m.agencyId,
              period: m.period,
              numerator: value,
              denominator: 100,
              version: m.id ? m.version : undefined,
            },
          },
          { token },
        );
      case 'SUBMIT':
        return t.gql(SUBMIT, { ids: [m.id] }, { token });
      case 'APPROVE':
      case 'RETURN':
        return t.gql(
          REVIEW,
          { i: { id: m.id, version: m.version, decision: action, comment: 'Kiểm tra lại mẫu số' } },
          { token },
        );
      case 'REOPEN':
        return t.gql(REOPEN, { i: { id: m.id, version: m.version, reason: 'Sai kỳ báo cáo' } }, { token });
    }
  };
  const viewOf = (res: GqlResponse<Record<string, MeasurementView | MeasurementView[]>>) => {
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const value = Object.values(res.data)[0];
    return Array.isArray(value) ? value[0] : value;
  };
  /** A figure in `status` reached through the API, for an agency of the district's subtree. */
  const figureIn = async (status: From): Promise<MeasurementView & { agencyId: string }> => {
    const slot = nextSlot();
    let m = { ...slot, id: '', status: 'NONE', version: 0 } as MeasurementView & { agencyId: string };
    for (const step of status === 'NONE' ? [] : PATH[status]) m = { ...m, ...viewOf(await act(m, step)) };
    expect(m.status).toBe(status);
    return m;
  };
  const state = async (m: { agencyId: string; period: string }) => {
    const rows: Record<string, unknown>[] = await t.dataSource.query(
      'SELECT * FROM measurement WHERE indicator_id = $1 AND agency_id = $2 AND period = $3',
      [indicatorId, m.agencyId, m.period],
    );
    const ids = rows.map((r) => r.id as string);
    const revisions: Record<string, unknown>[] = await t.dataSource.query(
      'SELECT * FROM measurement_revision WHERE measurement_id = ANY($1) ORDER BY created_at, id',
      [ids],
    );
    return {
      rows,
      revisions,
      audit: ids.length ? await auditActions(t, ids[0]) : [],
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'MT');
    const communes: Agency[] = [p.commune];
    for (let i = 2; i <= 8; i++)
      communes.push(
        await makeAgency(t, `MT-D1-C${i}`, p.district, {
          name: `Xã ${i}`,
          kind: AgencyKind.PEOPLES_COMMITTEE,
          level: p.commune.level,
        }),
      );
    for (const agency of [p.district, ...communes])
      for (const period of QUARTERS) slots.push({ agencyId: agency.id, period });
    tokens = await tokensByRole(t, p, 'mt');
    const plan = await t.gql<{ createPlan: { id: string } }>(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
      { i: { code: 'KH-MT-2022', title: 'Kế hoạch MT', year: 2022, ownerAgencyId: p.root.id } },
      { token: tokens.COORDINATOR },
    );
    indicatorId = await activeIndicator(t, tokens.COORDINATOR, plan.data!.createPlan.id, { code: 'ONLINE' });
  });
  afterAll(() => t.close());

  it('refuses every other action in every status with BAD_USER_INPUT, and changes nothing', async () => {
    let refusals = 0;
    for (const status of STATUSES) {
      const m = await figureIn(status);
      for (const action of ACTIONS.filter((a) => ALLOWED[status][a] === undefined)) {
        const before = await state(m);
        const res = await act(m, action, 55);
        expect([status, action, codeOf(res)]).toEqual([status, action, 'BAD_USER_INPUT']);
        // A figure under review or approved names the value it protects; a review step names itself.
        if (action === 'RECORD') expect(fieldsOf(res)).toEqual(['value']);
        else expect(res.errors![0].message).toBe(`Cannot ${action} a figure whose status is ${status}.`);
        expect(leakIn(res)).toBeNull();
        expect(await state(m)).toEqual(before);
        refusals++;
      }
    }
    expect(refusals).toBe(STATUSES.length * ACTIONS.length - 7);
  });

  it('an approve or return with a stale version is a CONFLICT, and a return needs a comment', async () => {
    const m = await figureIn(MeasurementStatus.SUBMITTED);
    const before = await state(m);
    const stale = await act({ ...m, version: m.version - 1 }, 'APPROVE');
    expect(codeOf(stale)).toBe('CONFLICT');
    const bare = await t.gql(
      REVIEW,
      { i: { id: m.id, version: m.version, decision: 'RETURN' } },
      { token: tokens.COORDINATOR },
    );
    expect(fieldsOf(bare)).toEqual(['comment']);
    const officer = await t.gql(
      REVIEW,
      { i: { id: m.id, version: m.version, decision: 'APPROVE' } },
      { token: tokens.AGENCY_MANAGER },
    );
    expect(codeOf(officer)).toBe('FORBIDDEN');
    expect(await state(m)).toEqual(before);
  });

  for (const from of ['NONE', ...STATUSES] as From[])
    for (const [action, next] of Object.entries(ALLOWED[from]) as [Action, MeasurementStatus][])
      it(`${from} --${action}--> ${next}: ${RACERS} at once, exactly one wins`, async () => {
        const m = await figureIn(from);
        const before = await state(m);
        const answers = await race(RACERS, (i) => act(m, action, 10 + i));
        // Losers fail on the version or the unique key (CONFLICT), or, when they read after the winner
        // committed, on the new status (BAD_USER_INPUT). Never an internal error.
        const { OK, CONFLICT = 0, BAD_USER_INPUT = 0, ...others } = tally(answers);
        expect({ OK, refused: CONFLICT + BAD_USER_INPUT, others }).toEqual({
          OK: 1,
          refused: RACERS - 1,
          others: {},
        });
        for (const a of answers) expect(leakIn(a)).toBeNull();
        const winner = viewOf(answers.find((a) => !a.errors)!);
        const after = await state(m);
        expect(after.rows).toHaveLength(1);
        expect(after.rows[0]).toMatchObject({
          id: winner.id,
          status: next,
          version: from === 'NONE' ? 1 : m.version + 1,
          value: winner.value,
        });
        expect(after.revisions).toHaveLength(before.revisions.length + 1);
        expect(after.revisions.at(-1)).toMatchObject({ action, status: next });
        expect(after.audit).toEqual([...before.audit, AUDITED[action]]);
      });
});
