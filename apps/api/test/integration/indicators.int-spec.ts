import { agencyId, demoToken, importSeedPlan } from '../support/plan-fixtures';
import {
  activeIndicator,
  errorFields,
  INDICATOR_FIELDS,
  MeasurementView,
  RECORD,
  REOPEN,
  REVIEW,
  SUBMIT,
} from '../support/indicator-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('indicators: drafts, definitions, figures and their review', () => {
  let t: TestApp;
  let planId: string;
  let coordinator: string;
  let officer: string; // Sở Thông tin và Truyền thông (province level)
  let viewer: string;
  let stttt: string;
  let snv: string;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    planId = await importSeedPlan(t);
    coordinator = await demoToken(t, 'coordinator');
    officer = await demoToken(t, 'officer');
    viewer = await demoToken(t, 'viewer');
    stttt = await agencyId(t, 'QNA-STTTT');
    snv = await agencyId(t, 'QNA-SNV');
  });
  afterAll(() => t.close());

  const record = (input: Record<string, unknown>, token = officer) =>
    t.gql<{ recordMeasurement: MeasurementView }>(RECORD, { i: input }, { token });

  describe('drafts from the plan document', () => {
    type Drafts = { indicators: { edges: { node: Record<string, unknown> & { code: string } }[] } };
    const drafts = async () => {
      const res = await t.gql<Drafts>(
        `query($f: IndicatorFilter) { indicators(filter: $f, first: 100) { edges { node {
           ${INDICATOR_FIELDS} sourceText sourceLine direction areaCode targets { level value } } } } }`,
        { f: { planId } },
        { token: coordinator },
      );
      return res.data!.indicators.edges.map((e) => e.node);
    };

    it('stores the 17 drafts of Part I as DRAFT indicators, never active', async () => {
      const all = await drafts();
      expect(all).toHaveLength(17);
      expect(all.every((d) => d.state === 'DRAFT')).toBe(true);
      const online = all.find((d) => d.code === 'ONLINE-DOSSIERS-LEVEL-3-4')!;
      expect(online).toMatchObject({
        unit: 'PERCENT',
        direction: 'AT_LEAST',
        aggregation: 'RATIO',
        target: 50,
        sourceLine: 19,
      });
      expect(online.sourceText).toContain('50%');
      const ranks = all.filter((d) => d.unit === 'RANK');
      expect(ranks.length).toBeGreaterThanOrEqual(4);
      expect(
        ranks.every((d) => d.direction === 'AT_MOST' && d.aggregation === 'NONE' && d.frequency === 'YEAR'),
      ).toBe(true);
      const byLevel = all.find((d) => (d.targets as unknown[]).length === 3)!;
      expect(byLevel.targets).toEqual(
        expect.arrayContaining([
          { level: 'PROVINCE', value: 80 },
          { level: 'DISTRICT', value: 70 },
          { level: 'COMMUNE', value: 40 },
        ]),
      );
    });

    it('re-importing the document adds no duplicate drafts and the dry run says so', async () => {
      const { SEED_PLAN } = await import('../support/plan-fixtures');
      const res = await t.gql<{
        importPlanDocument: { indicatorDrafts: { code: string; isNew: boolean }[] };
      }>(
        'mutation($i: ImportPlanDocumentInput!) { importPlanDocument(input: $i) { indicatorDrafts { code isNew } } }',
        { i: { content: SEED_PLAN, format: 'TEXT', planId, dryRun: false } },
        { token: coordinator },
      );
      const listed = res.data!.importPlanDocument.indicatorDrafts;
      expect(listed).toHaveLength(17);
      expect(listed.every((d) => !d.isNew)).toBe(true);
      expect(await drafts()).toHaveLength(17);
    });

    it('a draft takes no figures until confirmed', async () => {
      const draft = (await drafts()).find((d) => d.code === 'ONLINE-DOSSIERS-LEVEL-3-4')!;
      const res = await record({
        indicatorId: draft.id,
        agencyId: stttt,
        period: '2022-Q1',
        numerator: 1,
        denominator: 2,
      });
      expect(errorFields(res)).toEqual(['indicatorId']);
      const ok = await t.gql(
        `mutation($i: SetIndicatorStateInput!) { setIndicatorState(input: $i) { state } }`,
        { i: { id: draft.id, version: draft.version, state: 'ACTIVE' } },
        { token: coordinator },
      );
      expect(ok.data).toEqual({ setIndicatorState: { state: 'ACTIVE' } });
      const after = await record({
        indicatorId: draft.id,
        agencyId: stttt,
        period: '2022-Q1',
        numerator: 1,
        denominator: 2,
      });
      expect(after.data?.recordMeasurement).toMatchObject({ status: 'DRAFT', value: 50 });
    });
  });

  describe('bad input is refused with the field named, nothing half-saved', () => {
    let ratio: string;
    let count: string;
    beforeAll(async () => {
      ratio = await activeIndicator(t, coordinator, planId, {
        code: 'T-RATIO',
        reportingLevels: ['PROVINCE'],
      });
      count = await activeIndicator(t, coordinator, planId, {
        code: 'T-COUNT',
        unit: 'COUNT',
        aggregation: 'SUM',
        reportingLevels: ['DISTRICT'],
      });
    });

    it.each([
      ['a negative value', { unit: 'count', value: -1 }, ['value']],
      ['a count that is not whole', { unit: 'count', value: 2.5 }, ['value']],
      ['a denominator of 0', { numerator: 0, denominator: 0 }, ['denominator']],
      ['a numerator over the denominator', { numerator: 5, denominator: 4 }, ['numerator']],
      ['a negative numerator', { numerator: -1, denominator: 4 }, ['numerator']],
      ['a percentage over 100 given as value', { numerator: 1, denominator: 2, value: 150 }, ['value']],
      ['a period in the wrong format', { numerator: 1, denominator: 2, period: '2022-q1' }, ['period']],
      ['a period outside the plan year', { numerator: 1, denominator: 2, period: '2023-Q1' }, ['period']],
      [
        'a half year for a quarterly indicator',
        { numerator: 1, denominator: 2, period: '2022-H1' },
        ['period'],
      ],
    ])('%s', async (_label, figure, fields) => {
      const { unit, ...rest } = figure as Record<string, unknown>;
      const res = await record(
        unit === 'count'
          ? { indicatorId: count, agencyId: await agencyId(t, 'QNA-TAMKY'), period: '2022-Q1', ...rest }
          : { indicatorId: ratio, agencyId: stttt, period: '2022-Q1', ...rest },
        coordinator,
      );
      expect(errorFields(res)).toEqual(fields);
      const saved = await t.dataSource.query(
        `SELECT 1 FROM measurement WHERE indicator_id = ANY($1) AND period = '2022-Q1'`,
        [[ratio, count]],
      );
      expect(saved).toHaveLength(0);
    });

    it('a figure for an agency of a level that does not report it', async () => {
      const res = await record(
        { indicatorId: count, agencyId: stttt, period: '2022-Q1', value: 3 },
        coordinator,
      );
      expect(errorFields(res)).toEqual(['agencyId']);
      expect(res.errors![0].message).toMatch(/level PROVINCE do not report/);
    });

    it('messages are in English on request', async () => {
      const res = await t.gql(
        RECORD,
        { i: { indicatorId: ratio, agencyId: stttt, period: '2022-Q1', numerator: 3, denominator: 0 } },
        { token: coordinator, headers: { 'accept-language': 'en' } },
      );
      expect(res.errors![0].message).toBe('denominator: The denominator must be greater than 0.');
    });
  });

  describe('review workflow and locking', () => {
    let indicator: string;
    beforeAll(async () => {
      indicator = await activeIndicator(t, coordinator, planId, {
        code: 'T-FLOW',
        reportingLevels: ['PROVINCE'],
      });
    });

    it('DRAFT → SUBMITTED → RETURNED → SUBMITTED → APPROVED (locked) → reopened, with full history', async () => {
      const first = (
        await record({
          indicatorId: indicator,
          agencyId: stttt,
          period: '2022-Q2',
          numerator: 40,
          denominator: 100,
        })
      ).data!.recordMeasurement;
      expect(first).toMatchObject({ status: 'DRAFT', value: 40, version: 1 });

      const stale = await record({
        indicatorId: indicator,
        agencyId: stttt,
        period: '2022-Q2',
        numerator: 41,
        denominator: 100,
        version: 7,
      });
      expect(errorFields(stale)).toEqual(['CONFLICT']);
      const missingVersion = await record({
        indicatorId: indicator,
        agencyId: stttt,
        period: '2022-Q2',
        numerator: 41,
        denominator: 100,
      });
      expect(errorFields(missingVersion)).toEqual(['version']);

      const submitted = (
        await t.gql<{ submitMeasurements: MeasurementView[] }>(
          SUBMIT,
          { ids: [first.id] },
          { token: officer },
        )
      ).data!.submitMeasurements[0];
      expect(submitted.status).toBe('SUBMITTED');
      const whileSubmitted = await record({
        indicatorId: indicator,
        agencyId: stttt,
        period: '2022-Q2',
        numerator: 41,
        denominator: 100,
        version: submitted.version,
      });
      expect(errorFields(whileSubmitted)).toEqual(['value']);

      const officerReview = await t.gql(
        REVIEW,
        { i: { id: first.id, version: submitted.version, decision: 'APPROVE' } },
        { token: officer },
      );
      expect(errorFields(officerReview)).toEqual(['FORBIDDEN']);
      const noComment = await t.gql(
        REVIEW,
        { i: { id: first.id, version: submitted.version, decision: 'RETURN' } },
        { token: coordinator },
      );
      expect(errorFields(noComment)).toEqual(['comment']);
      const returned = (
        await t.gql<{ reviewMeasurement: MeasurementView }>(
          REVIEW,
          {
            i: {
              id: first.id,
              version: submitted.version,
              decision: 'RETURN',
              comment: 'Thiếu số liệu tháng 6',
            },
          },
          { token: coordinator },
        )
      ).data!.reviewMeasurement;
      expect(returned).toMatchObject({ status: 'RETURNED', reviewComment: 'Thiếu số liệu tháng 6' });

      const fixed = (
        await record({
          indicatorId: indicator,
          agencyId: stttt,
          period: '2022-Q2',
          numerator: 45,
          denominator: 100,
          version: returned.version,
        })
      ).data!.recordMeasurement;
      const again = (
        await t.gql<{ submitMeasurements: MeasurementView[] }>(
          SUBMIT,
          { ids: [fixed.id] },
          { token: officer },
        )
      ).data!.submitMeasurements[0];
      const approved = (
        await t.gql<{ reviewMeasurement: MeasurementView }>(
          REVIEW,
          { i: { id: first.id, version: again.version, decision: 'APPROVE' } },
          { token: coordinator },
        )
      ).data!.reviewMeasurement;
      expect(approved).toMatchObject({ status: 'APPROVED', value: 45 });

      const locked = await record({
        indicatorId: indicator,
        agencyId: stttt,
        period: '2022-Q2',
        numerator: 50,
        denominator: 100,
        version: approved.version,
      });
      expect(errorFields(locked)).toEqual(['value']);
      expect(locked.errors![0].message).toMatch(/approved and locked/);
      const resubmit = await t.gql(SUBMIT, { ids: [first.id] }, { token: officer });
      expect(errorFields(resubmit)).toEqual(['BAD_USER_INPUT']);

      const reopened = (
        await t.gql<{ reopenMeasurement: MeasurementView }>(
          REOPEN,
          { i: { id: first.id, version: approved.version, reason: 'Sai mẫu số' } },
          { token: coordinator },
        )
      ).data!.reopenMeasurement;
      expect(reopened).toMatchObject({ status: 'RETURNED', reviewComment: 'Sai mẫu số' });
      const corrected = await record({
        indicatorId: indicator,
        agencyId: stttt,
        period: '2022-Q2',
        numerator: 50,
        denominator: 100,
        version: reopened.version,
      });
      expect(corrected.data?.recordMeasurement).toMatchObject({ status: 'DRAFT', value: 50 });

      const history = await t.gql<{
        measurement: { history: { action: string; status: string; value: number; comment: string | null }[] };
      }>(
        'query($id: ID!) { measurement(id: $id) { history { action status value comment } } }',
        { id: first.id },
        { token: viewer },
      );
      expect(
        history.data!.measurement.history.map((h) => `${h.action}:${h.status}:${h.value}`).reverse(),
      ).toEqual([
        'RECORD:DRAFT:40',
        'SUBMIT:SUBMITTED:40',
        'RETURN:RETURNED:40',
        'RECORD:DRAFT:45',
        'SUBMIT:SUBMITTED:45',
        'APPROVE:APPROVED:45',
        'REOPEN:RETURNED:45',
        'RECORD:DRAFT:50',
      ]);
    });

    it("an officer of agency A cannot write agency B's figures; a viewer writes nothing", async () => {
      const other = await record({
        indicatorId: indicator,
        agencyId: snv,
        period: '2022-Q3',
        numerator: 1,
        denominator: 2,
      });
      expect(errorFields(other)).toEqual(['FORBIDDEN']);
      const byViewer = await record(
        { indicatorId: indicator, agencyId: stttt, period: '2022-Q3', numerator: 1, denominator: 2 },
        viewer,
      );
      expect(errorFields(byViewer)).toEqual(['FORBIDDEN']);
      const own = (
        await record({
          indicatorId: indicator,
          agencyId: stttt,
          period: '2022-Q3',
          numerator: 1,
          denominator: 2,
        })
      ).data!.recordMeasurement;
      const manager = await demoToken(t, 'manager'); // Tam Kỳ: not Sở TT&TT
      expect(errorFields(await t.gql(SUBMIT, { ids: [own.id] }, { token: manager }))).toEqual(['FORBIDDEN']);
    });

    it('submitting a batch is all or nothing', async () => {
      const a = (
        await record({
          indicatorId: indicator,
          agencyId: stttt,
          period: '2022-Q4',
          numerator: 1,
          denominator: 2,
        })
      ).data!.recordMeasurement;
      const approvedId = (
        await t.dataSource.query(
          `SELECT id FROM measurement WHERE indicator_id = $1 AND period = '2022-Q2'`,
          [indicator],
        )
      )[0].id;
      await t.dataSource.query(`UPDATE measurement SET status = 'APPROVED' WHERE id = $1`, [approvedId]);
      const res = await t.gql(SUBMIT, { ids: [a.id, approvedId] }, { token: officer });
      expect(res.errors?.[0].message).toMatch(/APPROVED/);
      const [row] = await t.dataSource.query('SELECT status FROM measurement WHERE id = $1', [a.id]);
      expect(row.status).toBe('DRAFT');
    });
  });

  describe('definitions', () => {
    it('refuses to change the unit once figures exist, and a target override for a level and an agency at once', async () => {
      const id = await activeIndicator(t, coordinator, planId, {
        code: 'T-DEF',
        reportingLevels: ['PROVINCE'],
      });
      await record({ indicatorId: id, agencyId: stttt, period: '2022-Q1', numerator: 1, denominator: 4 });
      const [{ version }] = await t.dataSource.query('SELECT version FROM indicator WHERE id = $1', [id]);
      const change = await t.gql(
        `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { id } }`,
        { i: { id, version, unit: 'COUNT' } },
        { token: coordinator },
      );
      expect(errorFields(change)).toEqual(['unit']);
      const both = await t.gql(
        `mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { id } }`,
        { i: { id, version, targets: [{ level: 'DISTRICT', agencyId: stttt, value: 3 }] } },
        { token: coordinator },
      );
      expect(errorFields(both)).toEqual(['targets.0.level']);
      const byOfficer = await t.gql(
        `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { id } }`,
        { i: { id, version, nameVi: 'x' } },
        { token: officer },
      );
      expect(errorFields(byOfficer)).toEqual(['FORBIDDEN']);
    });
  });
});
