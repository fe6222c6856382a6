import ExcelJS from 'exceljs';
import { docxParts, tableRows } from '../../src/par-index/formats/par-docx.fixture';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../src/par-index/formats/par-national-xlsx';
import { inOrder, tables, texts } from '../../src/reports/formats/report-docx.xml.fixture';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { SUBMIT_SELF_ASSESSMENT } from './par-assessments.documents';
import { IMPORT_NATIONAL, NATIONAL_REPORT_DOCX, NATIONAL_TEMPLATE } from './par-national-outputs.documents';
import { NationalWorld, nationalWorld } from './par-national-outputs.setup';

type Errors = { errors?: readonly { extensions?: Record<string, unknown> }[] };
const codeOf = (res: Errors) => (res.errors ? String(res.errors[0].extensions?.code) : 'OK');
const fieldOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
const MISSING = '00000000-0000-4000-8000-00000000abcd';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  return workbook;
}

describe("PAR Index: the province's national self-assessment report and the Ministry's points import", () => {
  let t: TestApp;
  let token: Record<'coordinator' | 'viewer' | 'other', string>;
  let national: string;
  let dept: string;
  let items: Map<string, string>;
  let template: string;
  let version: NationalWorld['version'];
  const report = (assessmentId: string, who = token.coordinator) =>
    t.gql(NATIONAL_REPORT_DOCX, { assessmentId }, { token: who });
  const state = async () => {
    const rows: { status: string; version: number; appraised: number }[] = await t.dataSource.query(
      `SELECT x.status, x.version, count(s.appraised_points)::int AS appraised
         FROM par_assessment x LEFT JOIN par_score s ON s.assessment_id = x.id
        WHERE x.id = $1 GROUP BY x.id`,
      [national],
    );
    return rows[0];
  };

  beforeAll(async () => {
    t = await createTestApp();
    ({ token, national, dept, items, version } = await nationalWorld(t));
  });
  afterAll(() => t?.close());

  it('exports the self-assessment report: totals by area, each item with its agency and evidence', async () => {
    const before = await statementsDuring(t, () => report(national));
    // A file and a record cited on item 1.1: the count of statements stays the same.
    await t.dataSource.query(
      `INSERT INTO par_evidence (assessment_id, criterion_id, kind, label, mime_type, size, content)
       VALUES ($1, $2, 'FILE', 'ke-hoach-2026.pdf', 'application/pdf', 3, '\\x010203')`,
      [national, items.get('1.1')],
    );
    await t.dataSource.query(
      `INSERT INTO par_evidence (assessment_id, criterion_id, kind, label, record_type, record_id)
       VALUES ($1, $2, 'RECORD', 'KH-01 · Kế hoạch CCHC năm 2026', 'TASK', $3)`,
      [national, items.get('1.1'), MISSING],
    );
    const after = await statementsDuring(t, () => report(national));
    expect(after.length).toBe(before.length);
    expect(after.length).toBeLessThan(20);

    const res = await report(national, token.viewer);
    expect(res.errors).toBeUndefined();
    const file = res.data!.parNationalReportDocx;
    expect([file.filename, file.mimeType]).toEqual([
      'chi-so-cchc-2026-bao-cao-tu-danh-gia-nr.docx',
      DOCX_MIME,
    ]);
    const { body, headers } = await docxParts(Buffer.from(file.contentBase64, 'base64'));
    expect(texts(tables(body)[0])).toContain('UBND TỈNH NR');
    const all = texts(body);
    expect(
      inOrder(all, [
        'BÁO CÁO',
        'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính',
        'năm 2026 của tỉnh NR',
        // 1 + 1 + 3.5 of 100 (2.2 is computed from records, not self-scored).
        'Tổng điểm tự đánh giá của tỉnh: 5,5/100 điểm, đạt 5,5%. Điểm tự đánh giá theo từng lĩnh vực:',
        '-\tLĩnh vực 1. Công tác chỉ đạo: 2/3 điểm;',
        '-\tLĩnh vực 2. Cải cách thể chế: 3,5/97 điểm.',
        'Nơi nhận:',
      ]),
    ).toBe(true);
    const [area1, area2] = tables(body).slice(1, 3);
    expect(tableRows(area1).slice(1)).toEqual([
      '1.1 | Kế hoạch CCHC | 2 | 1 | Sở Tư pháp | Ban hành chậm 10 ngày | Kế hoạch trên cổng ' +
        '(https://nr.gov.vn/ke-hoach-cchc); ke-hoach-2026.pdf; KH-01 · Kế hoạch CCHC năm 2026',
      '1.2 | Kiểm tra CCHC | 1 | 1 | Sở Tư pháp |  | ',
      ' | Cộng | 3 | 2 |  |  | ',
    ]);
    expect(tableRows(area2).slice(1)).toEqual([
      '2.1 | Rà soát văn bản | 7 | 3,5 | Sở Nội vụ | Không có tài liệu kiểm chứng: Đang rà soát | ',
      '2.2 | Đúng hạn | 90 |  | Ủy ban nhân dân tỉnh NR |  | ',
      ' | Cộng | 97 | 3,5 |  |  | ',
    ]);
    // Not yet submitted: a draft.
    expect(headers.some((h) => h.includes('DỰ THẢO'))).toBe(true);
  });

  it('reports only on the province assessment, in its province', async () => {
    const other = await report(dept);
    expect([codeOf(other), fieldOf(other)]).toEqual(['BAD_USER_INPUT', ['assessmentId']]);
    expect(codeOf(await report(national, token.other))).toBe('NOT_FOUND');
    expect(codeOf(await report(MISSING))).toBe('NOT_FOUND');
  });

  it("gives the Ministry's points template: every item, its maximum and self-score", async () => {
    const other = await t.gql(NATIONAL_TEMPLATE, { assessmentId: dept }, { token: token.coordinator });
    expect([codeOf(other), fieldOf(other)]).toEqual(['BAD_USER_INPUT', ['assessmentId']]);
    expect(codeOf(await t.gql(NATIONAL_TEMPLATE, { assessmentId: national }, { token: token.other }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await t.gql(NATIONAL_TEMPLATE, { assessmentId: national }, { token: token.viewer }))).toBe(
      'FORBIDDEN',
    );
    const res = await t.gql(NATIONAL_TEMPLATE, { assessmentId: national }, { token: token.coordinator });
    expect(res.data?.parNationalTemplate.filename).toBe('chi-so-cchc-2026-diem-bo-noi-vu-tham-dinh.xlsx');
    template = res.data!.parNationalTemplate.contentBase64;
    const sheet = (await workbookOf(template)).worksheets[0];
    expect(sheet.getRow(HEADER_ROW).getCell(5).value).toBe('Điểm Bộ Nội vụ thẩm định');
    const rows: unknown[][] = [];
    sheet.eachRow((row, line) => {
      if (line >= FIRST_DATA_ROW) rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value ?? null));
    });
    expect(rows).toEqual([
      ['1', 'Công tác chỉ đạo', 3, null, null],
      ['1.1', 'Kế hoạch CCHC', 2, 1, null],
      ['1.2', 'Kiểm tra CCHC', 1, 1, null],
      ['2', 'Cải cách thể chế', 97, null, null],
      ['2.1', 'Rà soát văn bản', 7, 3.5, null],
      ['2.2', 'Đúng hạn', 90, null, null],
    ]);
  });

  /** The template with the Ministry's points (by code) in column E and remarks in F. */
  async function filled(points: Record<string, ExcelJS.CellValue>, remarks: Record<string, string> = {}) {
    const workbook = await workbookOf(template);
    const sheet = workbook.worksheets[0];
    sheet.eachRow((row, line) => {
      const code = row.getCell(1).text;
      if (line < FIRST_DATA_ROW) return;
      if (code in points) row.getCell(5).value = points[code];
      if (code in remarks) row.getCell(6).value = remarks[code];
    });
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }
  const importing = async (fileBase64: string, dryRun: boolean, who = token.coordinator, v?: number) =>
    t.gql(
      IMPORT_NATIONAL,
      { i: { assessmentId: national, version: v ?? (await version(national)), fileBase64, dryRun } },
      { token: who },
    );

  it("imports the Ministry's points: checked all or nothing, a dry run writes nothing, then finalises", async () => {
    const good = await filled({ '1.1': 1, '1.2': 0.5, '2.1': 7, '2.2': '80,25' }, { '1.2': 'Thiếu báo cáo' });
    const draft = await importing(good, true);
    expect([codeOf(draft), fieldOf(draft)]).toEqual(['BAD_USER_INPUT', ['assessmentId']]);
    const submitted = await t.gql(
      SUBMIT_SELF_ASSESSMENT,
      { i: { id: national, version: await version(national) } },
      { token: token.coordinator },
    );
    expect(submitted.errors).toBeUndefined();
    const before = await state();

    const bad = await importing(await filled({ '1': 3, '1.1': 2.5, '1.2': 'đạt', '2.1': 7 }), false);
    expect(bad.data?.importParNationalPoints.applied).toBe(false);
    expect(bad.data?.importParNationalPoints.problems.map((x) => [x.line, x.column, x.code])).toEqual([
      [FIRST_DATA_ROW, 'E', 'parNational.notScored'],
      [FIRST_DATA_ROW + 1, 'E', 'parNational.aboveMaximum'],
      [FIRST_DATA_ROW + 2, 'E', 'parNational.points'],
      [FIRST_DATA_ROW + 5, 'E', 'parNational.missingPoints'],
    ]);
    expect(bad.data?.importParNationalPoints.problems[1].message).toBe(
      'Points 2.5 of item 1.1 exceed its maximum of 2.',
    );
    const notAWorkbook = await importing(Buffer.from('1.1;0,5').toString('base64'), false);
    expect(notAWorkbook.data?.importParNationalPoints.problems.map((x) => x.code)).toEqual([
      'parXlsx.notAWorkbook',
    ]);
    const empty = await importing('', false);
    expect([codeOf(empty), fieldOf(empty)]).toEqual(['BAD_USER_INPUT', ['fileBase64']]);
    expect(codeOf(await importing(good, false, token.other))).toBe('NOT_FOUND');
    expect(codeOf(await importing(good, false, token.viewer))).toBe('FORBIDDEN');
    const department = await t.gql(
      IMPORT_NATIONAL,
      { i: { assessmentId: dept, version: 1, fileBase64: good, dryRun: true } },
      { token: token.coordinator },
    );
    expect([codeOf(department), fieldOf(department)]).toEqual(['BAD_USER_INPUT', ['assessmentId']]);

    const dry = await importing(good, true);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importParNationalPoints).toMatchObject({ dryRun: true, applied: false, problems: [] });
    expect(
      dry.data?.importParNationalPoints.rows.map((r) => [
        r.code,
        r.maxPoints,
        r.selfPoints,
        r.points,
        r.reason,
      ]),
    ).toEqual([
      ['1.1', 2, 1, 1, null],
      ['1.2', 1, 1, 0.5, 'Thiếu báo cáo'],
      ['2.1', 7, 3.5, 7, null],
      ['2.2', 90, null, 80.25, null],
    ]);
    expect(await state()).toEqual(before);
    expect(codeOf(await importing(good, false, token.coordinator, before.version - 1))).toBe('CONFLICT');
    expect(await state()).toEqual(before);

    const done = await importing(good, false);
    expect(done.errors).toBeUndefined();
    expect(done.data?.importParNationalPoints).toMatchObject({
      applied: true,
      assessment: { id: national, status: 'FINALISED', version: before.version + 1 },
    });
    const stored: { code: string; points: string; reason: string | null }[] = await t.dataSource.query(
      `SELECT c.code, s.appraised_points::text AS points, s.appraisal_reason AS reason
         FROM par_score s JOIN par_criterion c ON c.id = s.criterion_id
        WHERE s.assessment_id = $1 ORDER BY c.code`,
      [national],
    );
    expect(stored).toEqual([
      { code: '1.1', points: '1.00', reason: null },
      { code: '1.2', points: '0.50', reason: 'Thiếu báo cáo' },
      { code: '2.1', points: '7.00', reason: null },
      { code: '2.2', points: '80.25', reason: null },
    ]);
    const audit: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = 'parAssessment.recordNational'`,
      [national],
    );
    expect(audit[0].n).toBe(1);
    const again = await importing(good, false);
    expect([codeOf(again), fieldOf(again)]).toEqual(['BAD_USER_INPUT', ['assessmentId']]);
  });
});
