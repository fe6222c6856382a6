import { AgencyNameIndex } from '../agency-names/agency-name-resolver';
import { loadCandidates } from '../agency-names/quang-nam-catalogue.test-helper';
import { ProductType } from '../plan/plan.enums';
import type { PlanDocumentParse } from './plan-document.types';
import { parsePlanText } from './plan-text.parser';

/** A complete header, so that only the table's problems are left. */
const HEADER = [
  'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
  'Số: 3600/QĐ-UBND',
  'Quảng Nam, ngày 25 tháng 12 năm 2021',
  'QUYẾT ĐỊNH',
  'Ban hành Kế hoạch công tác cải cách hành chính năm 2022',
];
const ALL_LOCAL = '\tCác Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố';
const TREE_TOP = ['\tII', '\tCải cách thủ tục hành chính', '\t1.1: Kết quả', '\t2.1: Hoạt động'];

function parseTable(rows: string[], options = {}): PlanDocumentParse {
  return parsePlanText([...HEADER, 'PHỤ LỤC I', ...rows, ''].join('\n'), options);
}

function task(parse: PlanDocumentParse, code = '3.1') {
  return parse.items.find((i) => i.code === code);
}

function codes(parse: PlanDocumentParse): string[] {
  return parse.problems.map((p) => `${p.code}${p.itemCode ? ` ${p.itemCode}` : ''}`);
}

describe('parsePlanText on hand-made tables', () => {
  it('reads a complete header and a complete row with no problem', () => {
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tQuyết định',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\tQuý II',
    ]);
    expect(parse.header).toMatchObject({
      decisionNumber: '3600/QĐ-UBND',
      decisionDate: '2021-12-25',
      year: 2022,
    });
    expect(parse.problems).toEqual([]);
    expect(task(parse)).toMatchObject({
      productType: ProductType.DECISION,
      dueDate: '2022-06-30',
      areaCode: 'II',
    });
  });

  it('places cells by content when the product cell is absent, and says so', () => {
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tVăn phòng Ủy ban nhân dân tỉnh',
      '\tSở Nội vụ',
      '\t2022',
    ]);
    expect(task(parse)).toMatchObject({
      productText: null,
      leadText: 'Văn phòng Ủy ban nhân dân tỉnh',
      coordinatorText: 'Sở Nội vụ',
    });
    expect(codes(parse)).toEqual(['EMPTY_PRODUCT 3.1', 'AMBIGUOUS_CELLS 3.1']);
  });

  it('uses the caller’s agency classifier (the catalogue) where the wording heuristic fails', () => {
    const rows = [
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tVNPT Quảng Nam',
      '\tSở Thông tin và Truyền thông',
      '\t2022',
    ];
    expect(task(parseTable(rows))).toMatchObject({
      productText: 'VNPT Quảng Nam',
      leadText: 'Sở Thông tin và Truyền thông',
    });
    const { agencies, groups } = loadCandidates();
    const index = new AgencyNameIndex(agencies, groups);
    const classifyAgencyCell = (text: string) => index.resolve(text).matches.length > 0;
    expect(task(parseTable(rows, { classifyAgencyCell }))).toMatchObject({
      productText: null,
      leadText: 'VNPT Quảng Nam',
      coordinatorText: 'Sở Thông tin và Truyền thông',
    });
  });

  it('reports a missing completion time, keeping a funding cell recognised by its wording', () => {
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tKế hoạch',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\tKinh phí chi thường xuyên',
    ]);
    expect(task(parse)).toMatchObject({
      dueLabel: null,
      dueDate: null,
      fundingText: 'Kinh phí chi thường xuyên',
    });
    expect(codes(parse)).toEqual(['EMPTY_DEADLINE 3.1']);
  });

  it('keeps an unreadable completion time as written, without a date', () => {
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tKế hoạch',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\tCuối kỳ',
      '\tKinh phí chi thường xuyên',
    ]);
    expect(task(parse)).toMatchObject({
      dueLabel: 'Cuối kỳ',
      dueDate: null,
      fundingText: 'Kinh phí chi thường xuyên',
    });
    expect(parse.problems).toEqual([
      {
        line: 15,
        severity: 'WARNING',
        code: 'UNKNOWN_DEADLINE',
        message: 'Task 3.1: completion time "Cuối kỳ" not understood',
        itemCode: '3.1',
      },
    ]);
  });

  it('joins a product written over two indented lines, and says so', () => {
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tKế hoạch',
      '\tBáo cáo',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\t2022',
    ]);
    expect(task(parse)).toMatchObject({ productText: 'Kế hoạch\nBáo cáo', leadText: 'Sở Nội vụ' });
    expect(codes(parse)).toEqual(['AMBIGUOUS_CELLS 3.1']);
  });

  it('reads through a page break inside a row', () => {
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: Nhiệm vụ',
      '\tKế hoạch',
      '\t\u00a0',
      '',
      '\t12',
      '\t',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\t2022',
    ]);
    expect(task(parse)).toMatchObject({ productText: 'Kế hoạch', leadText: 'Sở Nội vụ', dueLabel: '2022' });
    expect(parse.problems).toEqual([]);
    expect(parse.stats.skippedLines).toBe(1);
  });

  it('reports duplicate (ERROR), out-of-order and orphan codes, and rows without children', () => {
    const row = ['\tQuyết định', '\tSở Nội vụ', ALL_LOCAL, '\t2022'];
    const parse = parseTable([
      ...TREE_TOP,
      '\t3.1: A',
      ...row,
      '\t3.1: B',
      ...row,
      '\t1.2: C',
      '\t3.3: D',
      ...row,
      '\t3.2: E',
      ...row,
    ]);
    expect(codes(parse)).toEqual([
      'DUPLICATE_CODE 3.1',
      'NO_CHILDREN 1.2',
      'NUMBERING_GAP 3.3',
      'ORPHAN_ITEM 3.3',
      'CODE_OUT_OF_ORDER 3.2',
      'ORPHAN_ITEM 3.2',
    ]);
    expect(parse.problems[0].severity).toBe('ERROR');
  });

  it('reports an unknown area heading once, and the items it leaves without area', () => {
    const title = '\tTác động của cải cách hành chính';
    const parse = parseTable(['\tVIII', title, title, title, '\t1.1: Kết quả', '\t2.1: Hoạt động']);
    expect(parse.problems.map((p) => [p.line, p.code, p.itemCode])).toEqual([
      [8, 'UNKNOWN_AREA_HEADING', undefined],
      [11, 'ITEM_WITHOUT_AREA', '1.1'],
      [12, 'NO_CHILDREN', '2.1'],
      [12, 'ITEM_WITHOUT_AREA', '2.1'],
    ]);
    expect(parse.stats.skippedLines).toBe(2);
  });

  it('trusts the area name over a numeral that disagrees, and says so', () => {
    const parse = parseTable(['\tIV', '\tCải cách tài chính công', '\t1.1: Kết quả']);
    expect(parse.items[0].areaCode).toBe('V');
    expect(codes(parse)).toEqual(['AREA_MISMATCH', 'NO_CHILDREN 1.1']);
  });

  it('reports a stray line with its text', () => {
    const parse = parseTable([
      ...TREE_TOP.slice(0, 3),
      '\tGhi chú lạc',
      '\t2.1: Hoạt động',
      '\t3.1: Nhiệm vụ',
      '\tKế hoạch',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\t2022',
    ]);
    expect(parse.problems).toEqual([
      {
        line: 10,
        severity: 'WARNING',
        code: 'LINE_SKIPPED',
        message: 'Skipped a line that fits no row or column: "Ghi chú lạc"',
      },
    ]);
  });

  it('reads Appendix II rows, a page number after the last row, and a gap in the numbering', () => {
    const project = (n: number) => [
      '',
      `\t${n}`,
      `\tĐề án ${n}`,
      '\tQuyết định Ủy ban nhân dân tỉnh',
      '\tQuý II/2022',
      '\tSở Nội vụ',
      ALL_LOCAL,
    ];
    const rows = [
      ...TREE_TOP,
      '\t3.1: A',
      '\tKế hoạch',
      '\tSở Nội vụ',
      ALL_LOCAL,
      '\t2022',
      'PHỤ LỤC II',
      '\tTT',
      '\tTên đề án',
    ];
    const parse = parseTable([...rows, ...project(1), ...project(2), ...project(4), '', '\t33', '\t']);
    expect(
      parse.items.filter((i) => i.code.startsWith('DA')).map((i) => [i.code, i.title, i.dueDate]),
    ).toEqual([
      ['DA.1', 'Đề án 1', '2022-06-30'],
      ['DA.2', 'Đề án 2', '2022-06-30'],
      ['DA.4', 'Đề án 4', '2022-06-30'],
    ]);
    expect(codes(parse)).toEqual(['NUMBERING_GAP DA.4']);
    expect(parse.problems[0].message).toBe('DA.3 is missing before DA.4');
    expect(parse.stats.skippedLines).toBe(1);
  });
});
