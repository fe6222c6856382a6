import { parsePlanText, PlanParseProblem } from '@partrack/shared';
import { readFileSync } from 'fs';
import { join } from 'path';
import { formatProblem, SHARED_PROBLEM_SEVERITY, sortFormatProblems } from './plan-format.problems';

const SEED = readFileSync(join(__dirname, '../../seed/data/ke-hoach-cchc-2022-quang-nam.txt'), 'utf8');

/** Texts that make parsePlanText report each shared code the spreadsheet reader reuses. */
const SAMPLES: string[] = [
  '',
  'PHỤ LỤC I\n',
  SEED,
  [
    'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022',
    'PHỤ LỤC I',
    '\tII',
    '\tCải cách thủ tục hành chính',
    '\t2.1: Hoạt động không có kết quả',
    '\t3.1: Nhiệm vụ',
    '\t\u00a0',
    '\t\u00a0',
    '\t\u00a0',
    '\tSớm nhất có thể',
    '\t3.1:',
    '\tBáo cáo',
    '\tSở Nội vụ',
    '\tCác Sở',
    '\t2022',
    '\t3.2: Nhiệm vụ không có thời gian',
    '\tBáo cáo',
    '\tSở Nội vụ',
    '\tCác Sở',
    '\t\u00a0',
    '\tKinh phí chi thường xuyên',
  ].join('\n'),
];

describe('SHARED_PROBLEM_SEVERITY', () => {
  it('gives the shared codes the severity parsePlanText gives them', () => {
    const seen: PlanParseProblem[] = [
      ...SAMPLES.flatMap((text) => parsePlanText(text).problems),
      ...parsePlanText(SEED, { year: 2023 }).problems,
    ];
    const table: Record<string, string> = SHARED_PROBLEM_SEVERITY;
    const covered = new Set(seen.filter((p) => p.code in table).map((p) => p.code));
    for (const problem of seen.filter((p) => covered.has(p.code))) {
      expect([problem.code, problem.severity]).toEqual([problem.code, table[problem.code]]);
    }
    expect([...covered].sort()).toEqual(Object.keys(table).sort());
  });
});

describe('formatProblem', () => {
  it('sets the severity of new and shared codes, and the item code only when given', () => {
    expect(formatProblem('MISSING_COLUMNS', 3, 'm')).toEqual({
      line: 3,
      severity: 'ERROR',
      code: 'MISSING_COLUMNS',
      message: 'm',
    });
    expect(formatProblem('EMPTY_LEAD', 9, 'm', '3.17')).toMatchObject({
      severity: 'WARNING',
      itemCode: '3.17',
    });
  });

  it('sorts by line and keeps the order of problems on one line', () => {
    const problems = [
      formatProblem('EMPTY_LEAD', 5, 'b'),
      formatProblem('UNKNOWN_AREA', 2, 'a'),
      formatProblem('EMPTY_TITLE', 5, 'c'),
    ];
    expect(sortFormatProblems(problems).map((p) => p.message)).toEqual(['a', 'b', 'c']);
  });
});
