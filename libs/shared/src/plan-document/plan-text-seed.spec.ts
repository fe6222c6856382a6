import { AgencyNameIndex } from '../agency-names/agency-name-resolver';
import { loadCandidates } from '../agency-names/quang-nam-catalogue.test-helper';
import { PlanItemKind } from '../plan/plan.enums';
import type { ReformAreaCode } from '../plan/reform-areas';
import { loadSeedText } from './plan-seed.test-helper';
import { parsePlanText } from './plan-text.parser';

/**
 * The Appendix I tree as read from the seed: area → result → activity → tasks. The copy starts at 1.3
 * (the area I rows 1.1–1.2, 2.1–2.3, 3.1–3.5 and the area I heading are missing), so 1.3 and 2.4 sit under
 * no heading; 2.4 has no task row.
 */
const TREE: ReadonlyArray<[ReformAreaCode | null, Record<string, Record<string, string[]>>]> = [
  [null, { '1.3': { '2.4': [] } }],
  [
    'II',
    { '1.4': { '2.5': ['3.6'], '2.6': ['3.7'], '2.7': ['3.8'] }, '1.5': { '2.8': ['3.9'], '2.9': ['3.10'] } },
  ],
  ['III', { '1.6': { '2.10': ['3.11'] }, '1.7': { '2.11': ['3.12'] }, '1.8': { '2.12': ['3.13', '3.14'] } }],
  ['IV', { '1.9': { '2.13': ['3.15'], '2.14': ['3.16', '3.17'], '2.15': ['3.18'], '2.16': ['3.19'] } }],
  ['V', { '1.10': { '2.17': ['3.20'], '2.18': ['3.21'] } }],
  [
    'VI',
    {
      '1.11': {
        '2.19': ['3.22'],
        '2.20': ['3.23', '3.24', '3.25', '3.26', '3.27', '3.28', '3.29', '3.30'],
        '2.21': ['3.31'],
      },
    },
  ],
  [
    'VII',
    {
      '1.12': { '2.22': ['3.32', '3.33'] },
      '1.13': { '2.23': ['3.34', '3.35', '3.36', '3.37', '3.38'] },
      '1.14': { '2.24': ['3.39'] },
      '1.15': { '2.25': ['3.40', '3.41'] },
    },
  ],
];

/** [code, parentCode, areaCode] in document order, from TREE. */
function expectedAppendixOne(): Array<[string, string | null, ReformAreaCode | null]> {
  return TREE.flatMap(([area, results]) =>
    Object.entries(results).flatMap(([result, activities]) => [
      [result, null, area] as [string, string | null, ReformAreaCode | null],
      ...Object.entries(activities).flatMap(([activity, tasks]) => [
        [activity, result, area] as [string, string | null, ReformAreaCode | null],
        ...tasks.map((task): [string, string | null, ReformAreaCode | null] => [task, activity, area]),
      ]),
    ]),
  );
}

describe('parsePlanText on the 2022 Quảng Nam plan', () => {
  const text = loadSeedText();
  const parse = parsePlanText(text);

  it('reads the header as written, leaving the blank decision number and day blank', () => {
    expect(parse.header).toEqual({
      decisionNumber: null,
      decisionDate: null,
      issuerText: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
      title: 'BAN HÀNH KẾ HOẠCH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2022',
      year: 2022,
      proposerText: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 2872/TTr-SNV ngày 20/12/2021.',
    });
  });

  it('finds 13 results, 22 activities, 36 tasks and 7 projects', () => {
    const count = (kind: PlanItemKind) => parse.items.filter((i) => i.kind === kind).length;
    expect(
      [PlanItemKind.RESULT, PlanItemKind.ACTIVITY, PlanItemKind.TASK, PlanItemKind.PROJECT].map(count),
    ).toEqual([13, 22, 36, 7]);
  });

  it('builds the result → activity → task tree and areas of Appendix I, in document order', () => {
    const appendixOne = parse.items.filter((i) => i.kind !== PlanItemKind.PROJECT);
    expect(appendixOne.map((i) => [i.code, i.parentCode, i.areaCode])).toEqual(expectedAppendixOne());
  });

  it('gives each level its kind', () => {
    for (const item of parse.items) {
      const kind = { '1': PlanItemKind.RESULT, '2': PlanItemKind.ACTIVITY, '3': PlanItemKind.TASK }[
        item.code[0]
      ];
      expect(item.kind).toBe(kind ?? PlanItemKind.PROJECT);
    }
  });

  it('codes the projects DA.1–DA.7 after the table numbering, with no parent or area', () => {
    const projects = parse.items.filter((i) => i.kind === PlanItemKind.PROJECT);
    expect(projects.map((p) => [p.code, p.line, p.parentCode, p.areaCode])).toEqual([
      ['DA.1', 458, null, null],
      ['DA.2', 465, null, null],
      ['DA.3', 472, null, null],
      ['DA.4', 479, null, null],
      ['DA.5', 486, null, null],
      ['DA.6', 493, null, null],
      ['DA.7', 500, null, null],
    ]);
  });

  it('reads every completion time: "2022" except the quarters written in the table', () => {
    const quarters: Record<string, [string, string]> = {
      '3.16': ['Quý I', '2022-03-31'],
      '3.17': ['Quý IV', '2022-12-31'],
      '3.34': ['Quý I', '2022-03-31'],
      '3.35': ['Quý I', '2022-03-31'],
      '3.36': ['Quý II', '2022-06-30'],
      '3.39': ['Quý II, III', '2022-09-30'],
      'DA.1': ['Quý I/2022', '2022-03-31'],
      'DA.2': ['Quý I, II/2022', '2022-06-30'],
      'DA.3': ['Quý I/2022', '2022-03-31'],
      'DA.4': ['Quý II/2022', '2022-06-30'],
      'DA.5': ['Quý II/2022', '2022-06-30'],
      'DA.6': ['Quý III/2022', '2022-09-30'],
      'DA.7': ['Quý III/2022', '2022-09-30'],
    };
    for (const item of parse.items.filter(
      (i) => i.kind === PlanItemKind.TASK || i.kind === PlanItemKind.PROJECT,
    )) {
      expect([item.code, item.dueLabel, item.dueDate]).toEqual([
        item.code,
        ...(quarters[item.code] ?? ['2022', '2022-12-31']),
      ]);
    }
  });

  it('reads the funding column, present on 11 tasks only', () => {
    const REGULAR = 'Kinh phí chi thường xuyên';
    const PAR = 'Kinh phí cải cách hành chính năm 2022 bố trí trong dự toán Sở Nội vụ';
    const funded = parse.items.filter((i) => i.fundingText !== null).map((i) => [i.code, i.fundingText]);
    expect(funded).toEqual([
      ['3.6', REGULAR],
      ['3.9', 'Kinh phí dự án chính quyền điện tử, chính quyền số'],
      ['3.11', REGULAR],
      ['3.12', REGULAR],
      ['3.15', REGULAR],
      ['3.32', 'Kinh phí tuyên truyền cải cách hành chính năm 2022'],
      ['3.35', PAR],
      ['3.36', PAR],
      ['3.37', PAR],
      ['3.38', 'Theo Đề án'],
      ['3.39', PAR],
    ]);
  });

  it('counts the lines, and the 45 dropped: 4 page numbers (20, 27, 29, 32) and 41 repeated area names', () => {
    // Area II's name is written 7 times, areas III–VII 8 times each: 6 + 5 × 7 repeats.
    expect(parse.stats).toEqual({ lines: 509, skippedLines: 4 + 6 + 5 * 7 });
  });

  it('parses in a few milliseconds', () => {
    // About 6 ms warm on a developer machine; the bound leaves room for a busy CI runner.
    for (let i = 0; i < 5; i += 1) parsePlanText(text);
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) parsePlanText(text);
    expect((performance.now() - start) / runs).toBeLessThan(20);
  });

  it('reads the same with CRLF line endings and decomposed (NFD) Unicode', () => {
    const shape = (p: typeof parse) =>
      p.items.map((i) => [i.code, i.parentCode, i.areaCode, i.dueDate, i.productType]);
    expect(shape(parsePlanText(text.replace(/\n/g, '\r\n')))).toEqual(shape(parse));
    expect(shape(parsePlanText(text.normalize('NFD')))).toEqual(shape(parse));
  });

  it('gives the same items when agency cells are told apart by the agency catalogue', () => {
    const { agencies, groups } = loadCandidates();
    const index = new AgencyNameIndex(agencies, groups);
    const withCatalogue = parsePlanText(text, {
      classifyAgencyCell: (cell) => index.resolve(cell).matches.length > 0,
    });
    // Every task row of the seed has its three cells before the completion time, so position decides.
    expect(withCatalogue).toEqual(parse);
  });

  it('dates year-less completion times by the given plan year, and says it differs from the title', () => {
    const parse2023 = parsePlanText(text, { year: 2023 });
    const byCode = new Map(parse2023.items.map((i) => [i.code, i.dueDate]));
    // "Quý I" takes the given year; "2022" and "Quý I, II/2022" name their own year, which wins.
    expect([byCode.get('3.16'), byCode.get('3.6'), byCode.get('DA.2')]).toEqual([
      '2023-03-31',
      '2022-12-31',
      '2022-06-30',
    ]);
    expect(parse2023.problems.filter((p) => p.code === 'YEAR_MISMATCH')).toEqual([
      {
        line: 1,
        severity: 'WARNING',
        code: 'YEAR_MISMATCH',
        message: 'Plan year 2023 was given but the title says 2022; dating by 2023',
      },
    ]);
  });
});
