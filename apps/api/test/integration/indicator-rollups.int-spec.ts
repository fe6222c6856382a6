import { AgencyKind, AgencyLevel, Role } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { Agency } from '../../src/agencies/agency.entity';
import { SCOREBOARD_HEADER_ROW, SCOREBOARD_SHEET } from '../../src/indicators/formats/scoreboard-xlsx';
import { editWorkbook } from '../../src/indicators/formats/measurement-xlsx.fixture';
import { login, makeAgency, makeUser } from '../support/fixtures';
import { activeIndicator, approvedFigure, RECORD, SUBMIT, VALUE } from '../support/indicator-fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';

type Value = {
  indicatorId?: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reportedCount: number;
  target: number | null;
  targetSource: string | null;
  status: string;
  asOf: string;
};

/**
 * A small province: root → dept; D1 → C1, C2; D2 → C3. D2 merges into D1 on 2022-07-01.
 * Figures of the RATIO indicator (numerator/denominator) for 2022-Q1:
 *   C1 2/2 (100%), C2 500/1000 (50%), C3 10/20, D1 own 0/10, D2 own 30/100, dept 9/10.
 */
describe('indicator rollups: ratio of sums, subtrees, merges, scoreboard, coverage, XLSX', () => {
  let t: TestApp;
  let token: string;
  let planId: string;
  let ratio: string;
  let total: string;
  let rank: string;
  const a: Record<string, Agency> = {};

  const value = async (indicatorId: string, agency: string, period: string, asOf?: string, u = false) => {
    const res = await t.gql<{ indicatorValue: Value }>(
      VALUE,
      { ind: indicatorId, a: a[agency].id, p: period, asOf, u },
      { token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.indicatorValue;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const pc = { kind: AgencyKind.PEOPLES_COMMITTEE };
    a.root = await makeAgency(t, 'RP', null, { name: 'Tỉnh RP' });
    a.dept = await makeAgency(t, 'RP-SNV', a.root, { name: 'Sở Nội vụ RP', level: AgencyLevel.PROVINCE });
    a.d1 = await makeAgency(t, 'RP-D1', a.root, { name: 'Huyện Một', ...pc });
    a.d2 = await makeAgency(t, 'RP-D2', a.root, { name: 'Huyện Hai', ...pc });
    const commune = { level: AgencyLevel.COMMUNE, ...pc };
    a.c1 = await makeAgency(t, 'RP-C1', a.d1, { name: 'Xã Một', ...commune });
    a.c2 = await makeAgency(t, 'RP-C2', a.d1, { name: 'Xã Hai', ...commune });
    a.c3 = await makeAgency(t, 'RP-C3', a.d2, { name: 'Xã Ba', ...commune });
    await makeUser(t, 'rp-coord@test.vn', Role.COORDINATOR, a.dept);
    token = (await login(t, 'rp-coord@test.vn')).accessToken;
    const plan = await t.gql<{ createPlan: { id: string } }>(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
      { i: { code: 'KH-RP-2022', title: 'Kế hoạch RP', year: 2022, ownerAgencyId: a.root.id } },
      { token },
    );
    planId = plan.data!.createPlan.id;
    ratio = await activeIndicator(t, token, planId, { code: 'ONLINE', target: 50 });
    total = await activeIndicator(t, token, planId, {
      code: 'DOCS',
      unit: 'COUNT',
      aggregation: 'SUM',
      target: 100,
    });
    rank = await activeIndicator(t, token, planId, {
      code: 'PAR-RANK',
      unit: 'RANK',
      aggregation: 'NONE',
      direction: 'AT_MOST',
      frequency: 'YEAR',
      reportingLevels: ['PROVINCE'],
      target: 25,
    });
    const tokens = { enter: token, review: token };
    const figures: [string, number, number][] = [
      ['c1', 2, 2],
      ['c2', 500, 1000],
      ['c3', 10, 20],
      ['d1', 0, 10],
      ['d2', 30, 100],
      ['dept', 9, 10],
    ];
    for (const [agency, numerator, denominator] of figures) {
      await approvedFigure(t, tokens, {
        indicatorId: ratio,
        agencyId: a[agency].id,
        period: '2022-Q1',
        numerator,
        denominator,
      });
      await approvedFigure(t, tokens, {
        indicatorId: total,
        agencyId: a[agency].id,
        period: '2022-Q1',
        value: numerator,
      });
    }
    await approvedFigure(t, tokens, { indicatorId: rank, agencyId: a.root.id, period: '2022', value: 20 });
  });
  afterAll(() => t.close());

  it('a RATIO sums numerators and denominators; it never averages percentages', async () => {
    const d1 = await value(ratio, 'd1', '2022-Q1', '2022-03-31');
    // (2 + 500 + 0) / (2 + 1000 + 10), not mean(100%, 50%, 0%) = 50%
    expect(d1).toMatchObject({ numerator: 502, denominator: 1012, reportedCount: 3 });
    expect(d1.value).toBeCloseTo((502 / 1012) * 100, 10);
    const root = await value(ratio, 'root', '2022-Q1', '2022-03-31');
    expect(root).toMatchObject({ numerator: 551, denominator: 1142, reportedCount: 6 });
    expect(root.value).toBeCloseTo((551 / 1142) * 100, 10);
    const sum = await value(total, 'root', '2022-Q1', '2022-03-31');
    expect(sum).toMatchObject({ value: 551, numerator: null, reportedCount: 6 });
  });

  it('a province-only figure (NONE) is the agency’s own value, never a rollup', async () => {
    expect(await value(rank, 'root', '2022')).toMatchObject({ value: 20, target: 25, status: 'ACHIEVED' });
    expect(await value(rank, 'dept', '2022')).toMatchObject({ value: null, status: 'NO_DATA' });
  });

  it('status and target: level overrides beat the plan-wide target', async () => {
    const [{ version }] = await t.dataSource.query('SELECT version FROM indicator WHERE id = $1', [ratio]);
    const set = await t.gql(
      'mutation($i: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $i) { id } }',
      {
        i: {
          id: ratio,
          version,
          targets: [
            { level: 'DISTRICT', value: 70 },
            { level: 'COMMUNE', value: 40 },
          ],
        },
      },
      { token },
    );
    expect(set.errors).toBeUndefined();
    // 2022 is over, so Q1 figures are running values of a non-cumulative rate: compared with the target as is.
    expect(await value(ratio, 'd1', '2022-Q1', '2022-03-31')).toMatchObject({
      target: 70,
      targetSource: 'LEVEL',
      status: 'OFF_TRACK',
    });
    expect(await value(ratio, 'c2', '2022-Q1')).toMatchObject({ target: 40, status: 'ON_TRACK' });
    expect(await value(ratio, 'root', '2022-Q1', '2022-03-31')).toMatchObject({
      target: 50,
      targetSource: 'PLAN',
      status: 'AT_RISK',
    });
  });

  it('unapproved figures count only when asked', async () => {
    const rec = await t.gql<{ recordMeasurement: { id: string } }>(
      RECORD,
      { i: { indicatorId: ratio, agencyId: a.c1.id, period: '2022-Q2', numerator: 1, denominator: 4 } },
      { token },
    );
    await t.gql(SUBMIT, { ids: [rec.data!.recordMeasurement.id] }, { token });
    expect(await value(ratio, 'd1', '2022-Q2')).toMatchObject({
      value: null,
      reportedCount: 0,
      status: 'NO_DATA',
    });
    expect(await value(ratio, 'd1', '2022-Q2', undefined, true)).toMatchObject({
      value: 25,
      reportedCount: 1,
    });
  });

  describe('across a merge (D2 into D1 from 2022-07-01)', () => {
    beforeAll(async () => {
      const res = await t.gql(
        'mutation($i: MergeAgenciesInput!) { mergeAgencies(input: $i) { id } }',
        { i: { sourceIds: [a.d2.id], targetId: a.d1.id, effectiveDate: '2022-07-01' } },
        { token },
      );
      expect(res.errors).toBeUndefined();
    });

    it('before the merge date D2 is its own row; from it, D2 rolls up to D1; the province total never changes', async () => {
      type Board = {
        indicatorScoreboard: {
          asOf: string;
          indicators: { id: string }[];
          rows: {
            agency: { code: string };
            cells: Value[];
            values: (number | null)[];
            targets: (number | null)[];
            statuses: string[];
          }[];
        };
      };
      const board = async (asOf: string) =>
        (
          await t.gql<Board>(
            `query($p: ID!, $asOf: LocalDate) { indicatorScoreboard(planId: $p, period: "2022-Q1", level: DISTRICT, asOf: $asOf) {
               asOf indicators { id }
               rows { agency { code } cells { indicatorId value numerator denominator reportedCount target status }
                      values targets statuses } } }`,
            { p: planId, asOf },
            { token },
          )
        ).data!.indicatorScoreboard;
      const before = await board('2022-06-30');
      // Rows are sorted by name: Huyện Hai, Huyện Một.
      expect(before.rows.map((r) => r.agency.code)).toEqual(['RP-D2', 'RP-D1']);
      const cell = (b: Board['indicatorScoreboard'], code: string) =>
        b.rows.find((r) => r.agency.code === code)!.cells.find((c) => c.indicatorId === ratio)!;
      // C3 moves to D1 with the merge from its date only (dated parent links): before it, C3 still counts for D2.
      expect(cell(before, 'RP-D2')).toMatchObject({ numerator: 40, denominator: 120 });
      expect(cell(before, 'RP-D1')).toMatchObject({ numerator: 502, denominator: 1012 });
      const after = await board('2022-12-31');
      expect(after.rows.map((r) => r.agency.code)).toEqual(['RP-D1']);
      expect(cell(after, 'RP-D1')).toMatchObject({ numerator: 542, denominator: 1132, reportedCount: 5 });
      // The compact lists carry the same cells, in the order of the indicators.
      const [d1] = after.rows;
      expect(d1.values[after.indicators.findIndex((i) => i.id === ratio)]).toBeCloseTo((542 / 1132) * 100, 9);
      for (const row of [...before.rows, ...after.rows]) {
        expect(row.cells.map((c) => c.indicatorId)).toEqual(after.indicators.map((i) => i.id));
        expect(row.values).toEqual(row.cells.map((c) => c.value));
        expect(row.targets).toEqual(row.cells.map((c) => c.target));
        expect(row.statuses).toEqual(row.cells.map((c) => c.status));
      }
      for (const asOf of ['2022-06-30', '2022-12-31']) {
        expect(await value(ratio, 'root', '2022-Q1', asOf)).toMatchObject({
          numerator: 551,
          denominator: 1142,
        });
      }
    });
  });

  it('exports the scoreboard to Excel with the same figures, in the same order', async () => {
    type Board = {
      indicatorScoreboard: {
        indicators: { code: string }[];
        rows: { agency: { code: string }; values: (number | null)[] }[];
      };
      indicatorScoreboardXlsx: { filename: string; mimeType: string; contentBase64: string };
    };
    const res = await t.gql<Board>(
      `query($p: ID!) {
         indicatorScoreboard(planId: $p, period: "2022-Q1", level: COMMUNE) { indicators { code } rows { agency { code } values } }
         indicatorScoreboardXlsx(planId: $p, period: "2022-Q1", level: COMMUNE) { filename mimeType contentBase64 } }`,
      { p: planId },
      { token },
    );
    expect(res.errors).toBeUndefined();
    const { indicatorScoreboard: board, indicatorScoreboardXlsx: file } = res.data!;
    expect(file.filename).toMatch(/^bang-theo-doi-.+-2022-Q1-COMMUNE\.xlsx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(SCOREBOARD_SHEET)!;
    const header = sheet.getRow(SCOREBOARD_HEADER_ROW).values as unknown[];
    expect(header.slice(3)).toEqual(board.indicators.map((i) => i.code));
    expect(board.rows.length).toBeGreaterThan(1);
    board.rows.forEach((row, r) => {
      const line = sheet.getRow(SCOREBOARD_HEADER_ROW + 1 + r);
      expect(line.getCell(1).value).toBe(row.agency.code);
      expect(row.values.map((_, k) => line.getCell(3 + k).value)).toEqual(row.values);
    });
    expect(sheet.getRow(SCOREBOARD_HEADER_ROW + 1 + board.rows.length).values).toEqual([]);
  });

  it('coverage names the agencies that have not reported', async () => {
    const res = await t.gql<{
      reportingCoverage: {
        expected: number;
        reported: number;
        approved: number;
        inProgress: number;
        missing: { code: string }[];
      };
    }>(
      'query($i: ID!) { reportingCoverage(indicatorId: $i, period: "2022-Q2") { expected reported approved inProgress missing { code } } }',
      { i: ratio },
      { token },
    );
    // On 2022-06-30 all seven agencies exist and report; only C1 has submitted.
    expect(res.data!.reportingCoverage).toMatchObject({
      expected: 7,
      reported: 1,
      approved: 0,
      inProgress: 0,
    });
    expect(res.data!.reportingCoverage.missing.map((m) => m.code).sort()).toEqual([
      'RP',
      'RP-C2',
      'RP-C3',
      'RP-D1',
      'RP-D2',
      'RP-SNV',
    ]);
  });

  it('the series covers every period of the frequency, with one hierarchy date', async () => {
    const res = await t.gql<{ indicatorSeries: Value[] & { period: string }[] }>(
      'query($i: ID!, $a: ID!) { indicatorSeries(indicatorId: $i, agencyId: $a, from: "2022-Q1", to: "2022-Q4", includeUnapproved: true) { period value asOf } }',
      { i: ratio, a: a.d1.id },
      { token },
    );
    const series = res.data!.indicatorSeries as unknown as {
      period: string;
      value: number | null;
      asOf: string;
    }[];
    expect(series.map((s) => s.period)).toEqual(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    expect(series[0].value).toBeCloseTo((542 / 1132) * 100, 10);
    expect(series[1].value).toBe(25);
    expect(series[2].value).toBeNull();
    expect(new Set(series.map((s) => s.asOf))).toEqual(new Set(['2022-12-31']));
  });

  it('bulk entry by XLSX: template → fill → dry run with line-numbered errors → all-or-nothing import', async () => {
    const tpl = await t.gql<{ measurementTemplate: { filename: string; contentBase64: string } }>(
      'query($i: MeasurementTemplateInput!) { measurementTemplate(input: $i) { filename contentBase64 } }',
      { i: { planId, indicatorIds: [ratio], period: '2022-Q3', rootAgencyId: a.root.id, level: 'COMMUNE' } },
      { token },
    );
    expect(tpl.data!.measurementTemplate.filename).toBe('KH-RP-2022-so-lieu-2022-Q3.xlsx');
    const blank = Buffer.from(tpl.data!.measurementTemplate.contentBase64, 'base64');
    const rowsOf: Record<string, number> = {};
    const fill = (cells: Record<string, [number | string, number | string]>) =>
      editWorkbook(blank, (sheet) => {
        expect(sheet.getCell('D4').text).toBe('Tử số');
        sheet.eachRow((row, n) => {
          rowsOf[String(row.getCell(1).text)] = n;
        });
        for (const [code, [num, den]] of Object.entries(cells)) {
          sheet.getCell(`D${rowsOf[code]}`).value = num;
          sheet.getCell(`E${rowsOf[code]}`).value = den;
        }
      });
    const run = async (file: Buffer, dryRun: boolean) =>
      (
        await t.gql<{
          importMeasurements: {
            applied: boolean;
            created: number;
            updated: number;
            unchanged: number;
            problems: { line: number; field: string | null; message: string }[];
          };
        }>(
          'mutation($i: ImportMeasurementsInput!) { importMeasurements(input: $i) { applied created updated unchanged problems { line field message } } }',
          { i: { planId, contentBase64: file.toString('base64'), dryRun } },
          { token },
        )
      ).data!.importMeasurements;

    const bad = await fill({ 'RP-C1': [3, 4], 'RP-C2': [5, 0] });
    const refused = await run(bad, false);
    expect(refused.applied).toBe(false);
    expect(refused.problems).toEqual([
      expect.objectContaining({ line: rowsOf['RP-C2'], field: 'denominator' }),
    ]);
    expect(await t.dataSource.query(`SELECT 1 FROM measurement WHERE period = '2022-Q3'`)).toHaveLength(0);

    const good = await fill({ 'RP-C1': [3, 4], 'RP-C2': [5, 10] });
    expect(await run(good, true)).toMatchObject({ applied: false, created: 2, problems: [] });
    expect(await run(good, false)).toMatchObject({ applied: true, created: 2 });
    expect(await run(good, false)).toMatchObject({ applied: true, created: 0, unchanged: 2 });
    const stored = await t.dataSource.query(
      `SELECT value, status FROM measurement WHERE period = '2022-Q3' ORDER BY value`,
    );
    expect(stored).toEqual([
      { value: 50, status: 'DRAFT' },
      { value: 75, status: 'DRAFT' },
    ]);
    const again = await t.gql<{ measurementTemplate: { contentBase64: string } }>(
      'query($i: MeasurementTemplateInput!) { measurementTemplate(input: $i) { contentBase64 } }',
      { i: { planId, indicatorIds: [ratio], period: '2022-Q3', rootAgencyId: a.root.id, level: 'COMMUNE' } },
      { token },
    );
    const roundTrip = Buffer.from(again.data!.measurementTemplate.contentBase64, 'base64');
    expect(await run(roundTrip, true)).toMatchObject({ created: 0, updated: 0, unchanged: 2, problems: [] });
  });

  it('answers lists and scoreboards with a number of statements that does not grow with them (no N+1)', async () => {
    const list = async (search: string | null, expected: number) =>
      (
        await statementsDuring(t, async () => {
          const res = await t.gql<{ indicators: { edges: { node: { value: Value } }[] } }>(
            `query($p: ID!, $s: String) { indicators(filter: { planId: $p, search: $s }, first: 10) { edges { node { code targets { value }
               value(period: "2022-Q1") { value status agency { code } } } } } }`,
            { p: planId, s: search },
            { token },
          );
          expect(res.data!.indicators.edges.length).toBe(expected);
        })
      ).length;
    const board = async (level: string) =>
      (
        await statementsDuring(t, async () => {
          const res = await t.gql(
            `query($p: ID!, $l: AgencyLevel!) { indicatorScoreboard(planId: $p, period: "2022-Q1", level: $l) {
               rows { agency { code } cells { value status } } indicators { code } } }`,
            { p: planId, l: level },
            { token },
          );
          expect(res.errors).toBeUndefined();
        })
      ).length;
    expect(await list(null, 3)).toBe(await list('online', 1));
    expect(await board('COMMUNE')).toBe(await board('PROVINCE'));
  });
});
