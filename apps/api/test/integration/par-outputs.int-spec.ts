import { ParTargetGroup, Role } from '@partrack/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PAR_RANKING_XLSX, PAR_DECISION_DOCX, PAR_SCORECARD_XLSX } from './par-outputs.documents';
import { PAR_RANKING } from './par-ranking.documents';
import {
  DEPARTMENT_BANDS,
  openYear,
  rankingDefinition,
  rankingWorld,
  RankingWorld,
  Scores,
  writeScores,
  Year,
} from './par-ranking.setup';
import { lockedFramework } from './par-index.setup';
import { inOrder, tables, texts } from '../../src/reports/formats/report-docx.xml.fixture';
import { RANKING_HEADER_ROW } from '../../src/par-index/formats/par-ranking-xlsx';
import { SCORECARD_HEADER_ROW, TOTAL_LABELS } from '../../src/par-index/formats/par-scorecard-xlsx';
import { login, makeUser } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MISSING = '00000000-0000-4000-8000-00000000abcd';

const SCORES: Record<string, Scores> = {
  'PO-SNV': { '1.1.1': [10, 11], '1.1.2': [9.37], '2.1': [22.13], '3.1': [12.5], '4.1': [3] },
  'PO-STC': { '1.1.1': [5], '2.1': [20, 18.75], '4.2': [1] },
  'PO-SXD': { '1.1.1': [5], '2.1': [18.75], '4.2': [1] },
  'PO-D1': { '1.1.1': [10], '2.1': [25], '3.2': [17.5] },
  'PO-D2': { '1.1.1': [5], '1.2': [3.33] },
};
const PREVIOUS: Record<string, Scores> = { 'PO-SNV': { '1.1.1': [5], '2.1': [20] } };

async function workbookOf(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  return workbook;
}

/** Data rows of a sheet below `header`, as arrays of cell values (column A first). */
function rowsBelow(sheet: ExcelJS.Worksheet, header: number): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, r) => {
    if (r > header) rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value));
  });
  return rows;
}

const twoDecimals = (n: number) =>
  n.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('PAR Index outputs', () => {
  let t: TestApp;
  let w: RankingWorld;
  let current: Year;
  let viewer: string;
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors ? String(res.errors[0].extensions?.code) : 'OK';
  const ranking = async () =>
    (await t.gql(PAR_RANKING, { cycleId: current.cycleId }, { token: w.token.coordinator })).data!.parRanking;

  beforeAll(async () => {
    t = await createTestApp();
    w = await rankingWorld(t, 'PO');
    const previous = await openYear(t, w, 2030);
    current = await openYear(t, w, 2031);
    const groupOf = (code: string) => (code.startsWith('PO-D') ? 'DISTRICT' : 'DEPARTMENT');
    for (const [year, all] of [
      [current, SCORES],
      [previous, PREVIOUS],
    ] as const)
      for (const [code, s] of Object.entries(all))
        await writeScores(t, year.assessments.get(code)!, year.criteria[groupOf(code)], s);
    await t.dataSource.query(
      `UPDATE par_score SET self_points = 10, self_note = 'Ban hành ngày 05/01', appraisal_reason = 'Chậm',
              explanation = 'Chờ ý kiến Bộ', reappraisal_answer = 'Chấp nhận'
        WHERE assessment_id = $1 AND criterion_id = $2`,
      [current.assessments.get('PO-SNV'), current.criteria.DEPARTMENT.get('1.1.1')],
    );
    await makeUser(t, 'viewer@po.vn', Role.VIEWER, w.p.root);
    viewer = (await login(t, 'viewer@po.vn')).accessToken;
  });
  afterAll(() => t.close());

  it('gives the ranking workbook with the ranks and indices of parRanking, one sheet per group', async () => {
    const res = await t.gql(PAR_RANKING_XLSX, { cycleId: current.cycleId }, { token: viewer });
    expect(res.errors).toBeUndefined();
    const file = res.data!.parRankingXlsx;
    expect([file.filename, file.mimeType]).toEqual(['chi-so-cchc-2031-xep-hang.xlsx', XLSX_MIME]);
    const workbook = await workbookOf(file.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sở, ban, ngành', 'UBND cấp huyện']);
    const rows = await ranking();
    for (const [sheet, group] of [
      [workbook.worksheets[0], ParTargetGroup.DEPARTMENT],
      [workbook.worksheets[1], ParTargetGroup.DISTRICT],
    ] as const) {
      expect(sheet.getCell('A1').value).toBe('BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2031');
      expect(sheet.getCell('A3').value).toBe('Kết quả tạm thời — chưa công bố');
      const expected = rows
        .filter((r) => r.targetGroup === group)
        .map((r) => [
          r.rank,
          r.agency!.name,
          ...r.areas.map((a) => a.index),
          r.points,
          r.bonus,
          r.penalty,
          r.index,
          r.band?.label ?? null,
          r.previousIndex === null ? null : Math.round((r.index - r.previousIndex) * 100) / 100,
        ]);
      expect(rowsBelow(sheet, RANKING_HEADER_ROW)).toEqual(expected);
    }
    // Sở Nội vụ has an index of the year before: its change is shown.
    const snv = rows.find((r) => r.agency!.code === 'PO-SNV')!;
    expect(snv.previousIndex).not.toBeNull();
  });

  it('drafts the publication decision with the annex of parRanking, for coordinators only', async () => {
    const res = await t.gql(PAR_DECISION_DOCX, { cycleId: current.cycleId }, { token: w.token.coordinator });
    expect(res.errors).toBeUndefined();
    const file = res.data!.parPublicationDecisionDocx;
    expect([file.filename, file.mimeType]).toEqual(['chi-so-cchc-2031-quyet-dinh-cong-bo.docx', DOCX_MIME]);
    const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(texts(tables(body)[0])).toContain('ỦY BAN NHÂN DÂN TỈNH PO');
    expect(
      inOrder(texts(body), [
        'QUYẾT ĐỊNH',
        'Phê duyệt và công bố Chỉ số cải cách hành chính năm 2031',
        'của các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        'QUYẾT ĐỊNH:',
        'PHỤ LỤC',
      ]),
    ).toBe(true);
    expect(texts(body).filter((x) => /^Điều \d\./.test(x))).toHaveLength(3);
    const rows = await ranking();
    const annex = tables(body).slice(2);
    [ParTargetGroup.DEPARTMENT, ParTargetGroup.DISTRICT].forEach((group, i) => {
      const lines = [...annex[i].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
        .slice(1)
        .map(([tr]) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => texts(tc).join(' ')));
      expect(lines).toEqual(
        rows
          .filter((r) => r.targetGroup === group)
          .map((r) => [String(r.rank), r.agency!.name, twoDecimals(r.index), r.band?.label ?? '']),
      );
    });
    const asViewer = await t.gql(PAR_DECISION_DOCX, { cycleId: current.cycleId }, { token: viewer });
    expect(codeOf(asViewer)).toBe('FORBIDDEN');
  });

  it("gives an agency's scorecard whose totals are its parRanking row", async () => {
    const assessmentId = current.assessments.get('PO-SNV')!;
    const res = await t.gql(PAR_SCORECARD_XLSX, { assessmentId }, { token: w.token.officer });
    expect(res.errors).toBeUndefined();
    const file = res.data!.parScorecardXlsx;
    expect([file.filename, file.mimeType]).toEqual(['chi-so-cchc-2031-phieu-diem-po-snv.xlsx', XLSX_MIME]);
    const sheet = (await workbookOf(file.contentBase64)).worksheets[0];
    expect(sheet.getCell('A2').value).toContain('Sở Nội vụ');
    const lines = rowsBelow(sheet, SCORECARD_HEADER_ROW);
    const items = rankingDefinition(ParTargetGroup.DEPARTMENT, DEPARTMENT_BANDS).criteria;
    expect(lines.slice(0, items.length).map((l) => l[0])).toEqual(items.map((c) => c.code));
    expect(lines.find((l) => l[0] === '1.1.1')).toEqual([
      '1.1.1',
      'Ban hành đúng hạn',
      'Thang điểm',
      10,
      10,
      'Ban hành ngày 05/01',
      10,
      'Chậm',
      'Chờ ý kiến Bộ',
      11,
      'Chấp nhận',
      10,
    ]);
    const row = (await ranking()).find((r) => r.assessmentId === assessmentId)!;
    const departments = (await ranking()).filter((r) => r.targetGroup === ParTargetGroup.DEPARTMENT);
    const totals = new Map(lines.slice(items.length).map((l) => [l[1], l[11]]));
    expect(Object.fromEntries(totals)).toEqual({
      [TOTAL_LABELS.points]: row.points,
      [TOTAL_LABELS.bonus]: row.bonus,
      [TOTAL_LABELS.penalty]: row.penalty,
      [TOTAL_LABELS.maxPoints]: row.maxPoints,
      [TOTAL_LABELS.index]: row.index,
      [TOTAL_LABELS.band]: row.band?.label ?? null,
      [TOTAL_LABELS.rank]: `${row.rank}/${departments.length}`,
    });
  });

  it('answers NOT_FOUND for another province and for ids that name nothing', async () => {
    const assessmentId = current.assessments.get('PO-SNV')!;
    const asked = await Promise.all([
      t.gql(PAR_RANKING_XLSX, { cycleId: current.cycleId }, { token: w.token.other }),
      t.gql(PAR_DECISION_DOCX, { cycleId: current.cycleId }, { token: w.token.other }),
      t.gql(PAR_SCORECARD_XLSX, { assessmentId }, { token: w.token.other }),
      t.gql(PAR_RANKING_XLSX, { cycleId: MISSING }, { token: viewer }),
      t.gql(PAR_DECISION_DOCX, { cycleId: MISSING }, { token: w.token.coordinator }),
      t.gql(PAR_SCORECARD_XLSX, { assessmentId: MISSING }, { token: viewer }),
    ]);
    expect(asked.map(codeOf)).toEqual(Array<string>(6).fill('NOT_FOUND'));
    const bad = await t.gql(PAR_SCORECARD_XLSX, { assessmentId: 'not-a-uuid' }, { token: viewer });
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(codeOf(bad));
  });

  it('refuses a decision when no group it publishes is scored', async () => {
    const province = await lockedFramework(
      t,
      w.p.root.id,
      2032,
      rankingDefinition(ParTargetGroup.PROVINCE, []),
    );
    const opened = await t.gql<{ openParCycle: { id: string } }>(
      `mutation($i: OpenParCycleInput!) { openParCycle(input: $i) { id } }`,
      {
        i: {
          year: 2032,
          name: 'Chỉ số CCHC năm 2032',
          frameworkIds: [province.id],
          selfAssessmentDue: '2032-12-31',
        },
      },
      { token: w.token.coordinator },
    );
    const cycleId = opened.data!.openParCycle.id;
    const res = await t.gql(PAR_DECISION_DOCX, { cycleId }, { token: w.token.coordinator });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'cycleId',
        message: expect.stringContaining('nothing for a decision to publish'),
      }),
    ]);
    const sheets = await t.gql(PAR_RANKING_XLSX, { cycleId }, { token: w.token.coordinator });
    const names = (await workbookOf(sheets.data!.parRankingXlsx.contentBase64)).worksheets.map((s) => s.name);
    expect(names).toEqual(['Tỉnh']);
  });

  it('dates the files once the cycle is published', async () => {
    await t.dataSource.query(
      `UPDATE par_cycle SET status = 'PUBLISHED', published_at = '2032-02-04T20:00:00Z' WHERE id = $1`,
      [current.cycleId],
    );
    const xlsx = await t.gql(PAR_RANKING_XLSX, { cycleId: current.cycleId }, { token: viewer });
    const sheet = (await workbookOf(xlsx.data!.parRankingXlsx.contentBase64)).worksheets[0];
    // 20:00 UTC is the next morning in Vietnam.
    expect(sheet.getCell('A3').value).toBe('Công bố ngày 05/02/2032');
    const docx = await t.gql(PAR_DECISION_DOCX, { cycleId: current.cycleId }, { token: w.token.coordinator });
    const zip = await JSZip.loadAsync(
      Buffer.from(docx.data!.parPublicationDecisionDocx.contentBase64, 'base64'),
    );
    const body = await zip.file('word/document.xml')!.async('string');
    expect(texts(tables(body)[0])).toContain('PO, ngày 05 tháng 02 năm 2032');
  });

  it('reads each file in a constant number of statements, the ranking once', async () => {
    const count = (work: () => Promise<unknown>) => statementsDuring(t, work);
    const all = await count(() => t.gql(PAR_RANKING_XLSX, { cycleId: current.cycleId }, { token: viewer }));
    const decision = await count(() =>
      t.gql(PAR_DECISION_DOCX, { cycleId: current.cycleId }, { token: w.token.coordinator }),
    );
    const scorecard = await count(() =>
      t.gql(PAR_SCORECARD_XLSX, { assessmentId: current.assessments.get('PO-D1')! }, { token: viewer }),
    );
    // The caller, the scope checks, the cycle, items, scores and names: a handful, never one per agency.
    for (const statements of [all, decision, scorecard]) {
      expect(
        statements.filter((sql) => sql.includes('par_area_total') && sql.includes('rank() OVER')).length,
      ).toBe(1);
      expect(statements.length).toBeLessThanOrEqual(10);
    }
  });
});
