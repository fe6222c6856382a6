import { Logger } from '@nestjs/common';
import { Role } from '@partrack/shared';
import fs from 'node:fs';
import path from 'node:path';
import { Agency } from '../../src/agencies/agency.entity';
import { SEED_DATA_DIR, SeedService } from '../../src/seed/seed.service';
import { editWorkbook } from '../../src/indicators/formats/measurement-xlsx.fixture';
import { failOnNthInsert, plantUncommitted, waitForLockWait } from '../support/forced-failure';
import { countRows, leakIn } from '../support/gql-checks';
import { activeIndicator } from '../support/indicator-fixtures';
import { login, makeUser } from '../support/fixtures';
import { agencyId, SEED_PLAN } from '../support/plan-fixtures';
import { createTestApp, GqlResponse, TestApp } from '../support/test-app';

const IMPORT_AGENCIES = `mutation($i: ImportAgenciesInput!) {
  importAgencies(input: $i) { applied created updated errors { line message } } }`;
const IMPORT_PLAN = `mutation($i: ImportPlanDocumentInput!) {
  importPlanDocument(input: $i) { applied created plan { id } problems { severity code } } }`;
const IMPORT_MEASUREMENTS = `mutation($i: ImportMeasurementsInput!) {
  importMeasurements(input: $i) { applied created problems { line message } } }`;

/**
 * Every import that promises all or nothing, made to fail part-way through writing: by a trigger that
 * raises on the n-th row (a crash), or by a row another transaction holds uncommitted on a key the import
 * reaches late in its batch (a concurrent writer: Postgres then refuses the insert with a real unique
 * violation). Afterwards nothing of the import may remain, and the answer carries a code and no SQL.
 */
describe('all-or-nothing imports, failing part-way through the write', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let qna: string;

  /** The answer must be an error with a code, a request id for internal ones, and no driver text. */
  const expectCleanFailure = (res: GqlResponse<unknown>, code?: string) => {
    expect(res.data ?? null).toBeNull();
    const error = res.errors![0];
    expect(error.extensions?.code).toEqual(code ?? expect.any(String));
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') expect(error.extensions.requestId).toBeTruthy();
    expect(leakIn(res)).toBeNull();
  };
  /**
   * Sends a request while the `n`-th insert into `table` fails. The server logs the internal error it
   * answers; that expected log is kept out of the test output.
   */
  const crashing = async <T>(table: string, n: number, send: () => Promise<T>): Promise<T> => {
    const restore = await failOnNthInsert(t, table, n);
    const quiet = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      return await send();
    } finally {
      quiet.mockRestore();
      await restore();
    }
  };
  const audits = (action: string) => countRows(t, 'audit_entry', 'action = $1', [action]);

  // The Quảng Nam hierarchy and groups the plan document names, without the rest of the demo data.
  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t, 'at-admin@test.vn', Role.ADMIN, null);
    admin = (await login(t, 'at-admin@test.vn')).accessToken;
    const content = fs.readFileSync(path.join(SEED_DATA_DIR, 'quang-nam-agencies.yaml'), 'utf8');
    const hierarchy = await t.gql<{ importAgencies: { applied: boolean } }>(
      IMPORT_AGENCIES,
      { i: { format: 'YAML', content, dryRun: false } },
      { token: admin },
    );
    expect(hierarchy.data!.importAgencies.applied).toBe(true);
    await t.app.get(SeedService).seedGroups();
    const snv = await t.dataSource.getRepository(Agency).findOneByOrFail({ code: 'QNA-SNV' });
    await makeUser(t, 'at-coordinator@test.vn', Role.COORDINATOR, snv);
    coordinator = (await login(t, 'at-coordinator@test.vn')).accessToken;
    qna = await agencyId(t, 'QNA');
  });
  afterAll(() => t.close());

  describe('importAgencies', () => {
    const yaml = (prefix: string) =>
      Array.from(
        { length: 8 },
        (_, i) =>
          `- code: ${prefix}-${i + 1}\n  name: Phòng ${prefix} ${i + 1}\n  kind: DEPARTMENT\n  level: PROVINCE\n  parentCode: QNA\n`,
      ).join('');
    const run = (prefix: string) =>
      t.gql<{ importAgencies: { applied: boolean; created: number; updated: number } }>(
        IMPORT_AGENCIES,
        { i: { format: 'YAML', content: yaml(prefix), dryRun: false } },
        { token: admin },
      );
    const written = (prefix: string) => countRows(t, 'agency', `code LIKE $1`, [`${prefix}-%`]);

    it('a crash at the 6th of 8 new agencies leaves none of them', async () => {
      const before = await audits('agency.import');
      expectCleanFailure(await crashing('agency', 6, () => run('ATA')));
      expect(await written('ATA')).toBe(0);
      expect(await audits('agency.import')).toBe(before);
      // The file itself was fine: without the crash it imports whole.
      expect((await run('ATA')).data!.importAgencies).toMatchObject({ applied: true, created: 8 });
    });

    it('a concurrent writer taking the 7th code leaves none of the 8 and answers CONFLICT', async () => {
      const before = await audits('agency.import');
      const planted = await plantUncommitted(
        t,
        `INSERT INTO agency (code, name, kind, level, parent_id, valid_from) VALUES ($1, 'Cơ quan khác', 'DEPARTMENT', 'PROVINCE', $2, '2020-01-01')`,
        ['ATB-7', qna],
      );
      const pending = run('ATB');
      try {
        await waitForLockWait(t);
      } finally {
        await planted.commit();
      }
      expectCleanFailure(await pending, 'CONFLICT');
      expect(await written('ATB')).toBe(1);
      expect(await countRows(t, 'agency', `code = 'ATB-7' AND name = 'Cơ quan khác'`)).toBe(1);
      expect(await audits('agency.import')).toBe(before);
    });
  });

  describe('importPlanDocument (commit into an existing plan)', () => {
    let planId: string;
    const run = () =>
      t.gql<{ importPlanDocument: { applied: boolean; created: number } }>(
        IMPORT_PLAN,
        { i: { content: SEED_PLAN, format: 'TEXT', planId, dryRun: false } },
        { token: coordinator },
      );
    /** Everything an import of the plan writes: items, their assignments, indicator drafts, its audit row. */
    const remains = async () => ({
      items: await countRows(t, 'plan_item', 'plan_id = $1', [planId]),
      assignments: await countRows(
        t,
        'plan_item_agency a JOIN plan_item i ON i.id = a.item_id',
        'i.plan_id = $1',
        [planId],
      ),
      indicators: await countRows(t, 'indicator', 'plan_id = $1', [planId]),
      audit: await countRows(t, 'audit_entry', `action = 'plan.import' AND entity_id = $1`, [planId]),
    });

    beforeAll(async () => {
      const res = await t.gql<{ createPlan: { id: string } }>(
        'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
        { i: { code: 'KH-AT-2022', title: 'Kế hoạch nhập thử', year: 2022, ownerAgencyId: qna } },
        { token: coordinator },
      );
      planId = res.data!.createPlan.id;
    });

    it('a crash at the 40th of 78 items leaves no item, assignment, indicator draft or audit row', async () => {
      expectCleanFailure(await crashing('plan_item', 40, () => run()));
      expect(await remains()).toEqual({ items: 0, assignments: 0, indicators: 0, audit: 0 });
    });

    it('a concurrent writer taking item 3.30 leaves nothing of the import and answers CONFLICT', async () => {
      const planted = await plantUncommitted(
        t,
        `INSERT INTO plan_item (plan_id, kind, code, title, sort_order) VALUES ($1, 'TASK', '3.30', 'Nhiệm vụ thêm tay', 1)`,
        [planId],
      );
      const pending = run();
      try {
        await waitForLockWait(t);
      } finally {
        await planted.commit();
      }
      expectCleanFailure(await pending, 'CONFLICT');
      expect(await remains()).toEqual({ items: 1, assignments: 0, indicators: 0, audit: 0 });
    });

    it('without the failures the same document imports whole', async () => {
      const res = await run();
      expect(res.data!.importPlanDocument.applied).toBe(true);
      expect((await remains()).items).toBe(78);
    });

    it('copyPlanToYear: a crash at the 30th copied item leaves no plan for the new year', async () => {
      const before = await countRows(t, 'plan');
      expectCleanFailure(
        await crashing('plan_item', 30, () =>
          t.gql(
            'mutation($p: ID!) { copyPlanToYear(planId: $p, year: 2031, code: "KH-COPY-2031") { id } }',
            { p: planId },
            { token: coordinator },
          ),
        ),
      );
      expect(await countRows(t, 'plan')).toBe(before);
      expect(await countRows(t, 'plan', `code = 'KH-COPY-2031'`)).toBe(0);
    });
  });

  describe('importMeasurements (XLSX)', () => {
    let planId: string;
    let indicatorId: string;
    let file: Buffer;
    let filled: string[]; // agency codes given a figure, in the file's order
    const run = () =>
      t.gql<{ importMeasurements: { applied: boolean; created: number } }>(
        IMPORT_MEASUREMENTS,
        { i: { planId, contentBase64: file.toString('base64'), dryRun: false } },
        { token: coordinator },
      );
    const remains = async () => ({
      figures: await countRows(t, 'measurement', 'indicator_id = $1', [indicatorId]),
      revisions: await countRows(
        t,
        'measurement_revision r JOIN measurement m ON m.id = r.measurement_id',
        'm.indicator_id = $1',
        [indicatorId],
      ),
    });

    beforeAll(async () => {
      const plan = await t.gql<{ createPlan: { id: string } }>(
        'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
        { i: { code: 'KH-MI-2022', title: 'Số liệu nhập thử', year: 2022, ownerAgencyId: qna } },
        { token: coordinator },
      );
      planId = plan.data!.createPlan.id;
      indicatorId = await activeIndicator(t, coordinator, planId, {
        code: 'INSPECTIONS',
        unit: 'COUNT',
        aggregation: 'SUM',
        reportingLevels: ['PROVINCE', 'DISTRICT', 'COMMUNE'],
        target: 4,
      });
      const tpl = await t.gql<{ measurementTemplate: { contentBase64: string } }>(
        'query($i: MeasurementTemplateInput!) { measurementTemplate(input: $i) { contentBase64 } }',
        { i: { planId, period: '2022-Q1', rootAgencyId: qna } },
        { token: coordinator },
      );
      const codes: { code: string }[] = await t.dataSource.query('SELECT code FROM agency');
      const agencies = new Set(codes.map((r) => r.code));
      filled = [];
      file = await editWorkbook(
        Buffer.from(tpl.data!.measurementTemplate.contentBase64, 'base64'),
        (sheet) => {
          sheet.eachRow((row) => {
            const code = row.getCell(1).text;
            if (agencies.has(code) && filled.length < 30) {
              row.getCell(4).value = filled.length + 1;
              filled.push(code);
            }
          });
        },
      );
      expect(filled).toHaveLength(30);
      const dry = await t.gql<{ importMeasurements: { created: number; problems: unknown[] } }>(
        IMPORT_MEASUREMENTS,
        { i: { planId, contentBase64: file.toString('base64'), dryRun: true } },
        { token: coordinator },
      );
      expect(dry.data!.importMeasurements).toMatchObject({ created: 30, problems: [] });
    });

    it('a crash at the 20th of 30 figures leaves no figure and no revision', async () => {
      expectCleanFailure(await crashing('measurement', 20, () => run()));
      expect(await remains()).toEqual({ figures: 0, revisions: 0 });
    });

    it('a concurrent writer entering the 25th figure leaves nothing of the import and answers CONFLICT', async () => {
      const planted = await plantUncommitted(
        t,
        `INSERT INTO measurement (indicator_id, agency_id, period, period_end, value)
         SELECT $1, id, '2022-Q1', '2022-03-31', 99 FROM agency WHERE code = $2`,
        [indicatorId, filled[24]],
      );
      const pending = run();
      try {
        await waitForLockWait(t);
      } finally {
        await planted.commit();
      }
      expectCleanFailure(await pending, 'CONFLICT');
      expect(await remains()).toEqual({ figures: 1, revisions: 0 });
    });

    it('submitMeasurements: a crash at the 3rd of 4 revisions leaves every figure a DRAFT', async () => {
      const meetings = await activeIndicator(t, coordinator, planId, {
        code: 'MEETINGS',
        unit: 'COUNT',
        aggregation: 'SUM',
        reportingLevels: ['COMMUNE'],
      });
      const communes: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM agency WHERE level = 'COMMUNE' ORDER BY code LIMIT 4`,
      );
      const ids: string[] = [];
      for (const c of communes) {
        const res = await t.gql<{ recordMeasurement: { id: string } }>(
          'mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }',
          { i: { indicatorId: meetings, agencyId: c.id, period: '2022-Q2', value: 3 } },
          { token: coordinator },
        );
        ids.push(res.data!.recordMeasurement.id);
      }
      expectCleanFailure(
        await crashing('measurement_revision', 3, () =>
          t.gql(
            'mutation($ids: [ID!]!) { submitMeasurements(ids: $ids) { id } }',
            { ids },
            { token: coordinator },
          ),
        ),
      );
      expect(
        await countRows(t, 'measurement', `id = ANY($1) AND status = 'DRAFT' AND version = 1`, [ids]),
      ).toBe(4);
      expect(await countRows(t, 'measurement_revision', `measurement_id = ANY($1)`, [ids])).toBe(4);
    });
  });
});
