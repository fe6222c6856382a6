import { surveyPoints } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  buildParSurveyXlsx,
  FIRST_DATA_ROW,
  SurveyTemplateRow,
} from '../../src/par-index/formats/par-survey-xlsx';
import { createTestApp, TestApp } from '../support/test-app';
import { IMPORT_SURVEY, PAR_RANKING, SURVEY_TEMPLATE } from './par-ranking.documents';
import { openYear, rankingWorld, RankingWorld, Year } from './par-ranking.setup';

/** The rate column of the template (F). */
const PERCENT = 6;

async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  return workbook;
}

/** The file with `fill` applied to its one sheet, base64-encoded. */
async function filled(base64: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = await workbookOf(base64);
  fill(workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('PAR Index survey points import', () => {
  let t: TestApp;
  let w: RankingWorld;
  let year: Year;
  let template: string;

  const importFile = (
    fileBase64: string,
    dryRun: boolean,
    token = w.token.coordinator,
    cycleId = year.cycleId,
  ) => t.gql(IMPORT_SURVEY, { i: { cycleId, fileBase64, dryRun } }, { token });
  /** Every stored survey score of the cycle: "agency item appraised". */
  const stored = async (): Promise<string[]> => {
    const rows: { row: string }[] = await t.dataSource.query(
      `SELECT a.code || ' ' || c.code || ' ' || s.appraised_points AS row
         FROM par_score s JOIN par_assessment x ON x.id = s.assessment_id JOIN agency a ON a.id = x.agency_id
         JOIN par_criterion c ON c.id = s.criterion_id
        WHERE x.cycle_id = $1 AND c.method = 'SURVEY' ORDER BY 1`,
      [year.cycleId],
    );
    return rows.map((r) => r.row);
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await rankingWorld(t, 'PS');
    year = await openYear(t, w, 2032);
    const res = await t.gql(SURVEY_TEMPLATE, { cycleId: year.cycleId }, { token: w.token.coordinator });
    template = res.data!.parSurveyTemplate.contentBase64;
  });
  afterAll(() => t.close());

  it("lists every assessment's agency with its survey items in the template", async () => {
    const sheet = (await workbookOf(template)).worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row, line) => {
      if (line >= FIRST_DATA_ROW) rows.push([1, 3, 5].map((c) => row.getCell(c).value));
    });
    const agencies = ['PS-SNV', 'PS-STC', 'PS-SXD', 'PS-SYT', 'PS-SVH', 'PS-D1', 'PS-D2'];
    expect(rows).toHaveLength(agencies.length * 2);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(agencies));
    expect(rows.filter((r) => r[0] === 'PS-D2')).toEqual([
      ['PS-D2', '2.1', 25],
      ['PS-D2', '2.2', 15],
    ]);
  });

  it('imports the filled template: a dry run writes nothing, the import sets maximum × rate', async () => {
    const rates = new Map<string, number>();
    const file = await filled(template, (sheet) =>
      sheet.eachRow((row, line) => {
        if (line < FIRST_DATA_ROW) return;
        const rate = line === FIRST_DATA_ROW ? 58 : 60 + ((line * 7.35) % 40);
        row.getCell(PERCENT).value = Math.round(rate * 100) / 100;
        rates.set(`${row.getCell(1).text} ${row.getCell(3).text}`, Math.round(rate * 100) / 100);
      }),
    );
    const dry = await importFile(file, true);
    expect(dry.data?.importParSurveyPoints).toMatchObject({
      dryRun: true,
      applied: false,
      rows: 14,
      changed: 14,
    });
    expect(dry.data?.importParSurveyPoints.problems).toEqual([]);
    expect(await stored()).toEqual([]);

    const done = await importFile(file, false);
    expect(done.data?.importParSurveyPoints).toMatchObject({
      applied: true,
      changed: 14,
      unchanged: 0,
      skipped: 0,
    });
    const max = (code: string) => (code === '2.1' ? 25 : 15);
    expect(await stored()).toEqual(
      [...rates]
        .map(([key, rate]) => `${key} ${surveyPoints(max(key.split(' ')[1]), rate).toFixed(2)}`)
        .sort(),
    );
    const ranking = (await t.gql(PAR_RANKING, { cycleId: year.cycleId }, { token: w.token.coordinator }))
      .data!;
    const d2 = ranking.parRanking.find((r) => r.agency?.code === 'PS-D2')!;
    const expected = surveyPoints(25, rates.get('PS-D2 2.1')!) + surveyPoints(15, rates.get('PS-D2 2.2')!);
    expect(d2.areas[1].points).toBeCloseTo(expected, 2);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'parSurvey.import' AND entity_id = $1`,
      [year.cycleId],
    );
    expect(n).toBe(1);

    const again = await importFile(file, false);
    expect(again.data?.importParSurveyPoints).toMatchObject({ applied: true, changed: 0, unchanged: 14 });
    const partial = await filled(
      template,
      (sheet) => (sheet.getRow(FIRST_DATA_ROW).getCell(PERCENT).value = 100),
    );
    expect((await importFile(partial, true)).data?.importParSurveyPoints).toMatchObject({
      rows: 1,
      changed: 1,
      skipped: 13,
      problems: [],
    });
  });

  it('lists every problem by line and column and writes nothing', async () => {
    await t.dataSource.query(`UPDATE par_assessment SET status = 'FINALISED' WHERE id = $1`, [
      year.assessments.get('PS-SYT'),
    ]);
    const before = await stored();
    const row = (agencyCode: string, itemCode: string, agencyName = ''): SurveyTemplateRow => ({
      agencyCode,
      agencyName,
      itemCode,
      itemTitle: '',
      maxPoints: 1,
    });
    const rows = [
      row('PS-XX', '2.1'), // 4: no such agency
      row('PS-D1-C1', '2.1'), // 5: a commune of the province, not assessed
      row('PS-SNV', '1.2'), // 6: a DATA item
      row('PS-STC', '2.1'), // 7: 120 %
      row('PS-STC', '2.2'), // 8: three decimals
      row('PS-SXD', '2.1'), // 9
      row('ps-sxd', '2.1'), // 10: the same agency and item again
      row('', '2.1', 'so van hoa'), // 11: by name, "abc"
      row('PS-SYT', '2.2'), // 12: finalised
      row('', '2.2', 'Sở Văn hóa'), // 13: fine
    ];
    const values = [50, 50, 50, 120, 85.555, 50, 60, 'abc', 70, 70];
    const file = await filled((await buildParSurveyXlsx('Thử', rows)).toString('base64'), (sheet) =>
      values.forEach((v, i) => (sheet.getRow(FIRST_DATA_ROW + i).getCell(PERCENT).value = v)),
    );
    const res = (await importFile(file, false)).data!.importParSurveyPoints;
    expect(res.applied).toBe(false);
    expect(res.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'A', 'parSurvey.unknownAgency'],
      [5, 'A', 'parSurvey.agencyNotInCycle'],
      [6, 'C', 'parSurvey.notASurveyItem'],
      [7, 'F', 'parSurvey.percent'],
      [8, 'F', 'parSurvey.percent'],
      [10, 'C', 'parSurvey.duplicateRow'],
      [11, 'F', 'parSurvey.percent'],
      [12, 'A', 'parSurvey.assessmentFinalised'],
    ]);
    expect(res.problems[0].message).toBe('There is no agency "PS-XX".');
    expect(res.problems[5].message).toContain('already on row 9');
    expect(await stored()).toEqual(before);
  });

  it('reads a file that is no workbook as one problem, and refuses a bad input on its field', async () => {
    const text = await importFile(Buffer.from('Sở Nội vụ;2.1;85').toString('base64'), false);
    expect(text.data?.importParSurveyPoints.problems.map((p) => [p.line, p.code])).toEqual([
      [null, 'parXlsx.notAWorkbook'],
    ]);
    const blank = await importFile(template, false);
    expect(blank.data?.importParSurveyPoints.problems.map((p) => p.code)).toEqual(['parSurvey.noRows']);
    const fieldOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      (r.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
    expect(fieldOf(await importFile('', true))).toEqual(['fileBase64']);
    expect(fieldOf(await importFile(template, true, w.token.coordinator, 'not-a-uuid'))).toEqual(['cycleId']);
  });

  it('refuses another province (NOT_FOUND), an officer (FORBIDDEN) and a published cycle', async () => {
    expect((await importFile(template, true, w.token.other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreign = await t.gql(SURVEY_TEMPLATE, { cycleId: year.cycleId }, { token: w.token.other });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await importFile(template, true, w.token.officer)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const published = await openYear(t, w, 2033);
    await t.dataSource.query(`UPDATE par_cycle SET status = 'PUBLISHED' WHERE id = $1`, [published.cycleId]);
    const closed = await importFile(template, false, w.token.coordinator, published.cycleId);
    expect(closed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(closed.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'cycleId' })]);
  });
});
