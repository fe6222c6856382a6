import fc from 'fast-check';
import type { PlanDocumentParse } from './plan-document.types';
import { seedHead, seedLines, seedWithLine } from './plan-seed.test-helper';
import { parsePlanText } from './plan-text.parser';

const HEADER_MISSING = ['NO_DECISION_NUMBER', 'NO_TITLE', 'NO_ISSUER', 'NO_PLAN_YEAR'];
/** Problems of the seed above line 300, as listed in plan-text-seed-problems.spec. */
const SEED_EARLY = [
  [116, 'DECISION_NUMBER_BLANK'],
  [116, 'DECISION_DATE_BLANK'],
  [118, 'NUMBERING_GAP'],
  [118, 'ITEM_WITHOUT_AREA'],
  [119, 'NUMBERING_GAP'],
  [119, 'NO_CHILDREN'],
  [119, 'ITEM_WITHOUT_AREA'],
  [129, 'NUMBERING_GAP'],
  [232, 'EMPTY_LEAD'],
];

function lineCodes(parse: PlanDocumentParse): Array<[number, string]> {
  return parse.problems.map((p) => [p.line, p.code]);
}

function errors(parse: PlanDocumentParse) {
  return parse.problems.filter((p) => p.severity === 'ERROR').map((p) => [p.line, p.code, p.message]);
}

describe('parsePlanText on bad input', () => {
  it.each([
    ['', 0],
    ['   \n\t\n', 2],
    ['\u00a0\r\n\u00a0\r\n', 2],
  ])('reports EMPTY for blank content %j, and nothing else', (content, lines) => {
    expect(parsePlanText(content)).toEqual({
      header: {
        decisionNumber: null,
        decisionDate: null,
        issuerText: null,
        title: null,
        year: null,
        proposerText: null,
      },
      items: [],
      problems: [{ line: 1, severity: 'ERROR', code: 'EMPTY', message: 'The document is empty' }],
      stats: { lines, skippedLines: 0 },
    });
  });

  it('reports NO_APPENDIX for text that is not a plan, and the header fields it lacks', () => {
    const parse = parsePlanText(
      'Lorem ipsum dolor sit amet.\n1.2 consectetur\n\tQuý I\n3.4: adipiscing elit\n',
    );
    expect(parse.items).toEqual([]);
    expect(parse.problems.map((p) => [p.code, p.severity])).toEqual([
      ['NO_DECISION_NUMBER', 'WARNING'],
      ['NO_TITLE', 'WARNING'],
      ['NO_ISSUER', 'WARNING'],
      ['NO_PLAN_YEAR', 'WARNING'],
      ['NO_APPENDIX', 'ERROR'],
    ]);
  });

  it('reports NO_APPENDIX for the decision body alone', () => {
    const parse = parsePlanText(seedHead(114));
    expect(errors(parse)).toEqual([
      [1, 'NO_APPENDIX', 'No "PHỤ LỤC I" task table found: this does not look like a plan decision'],
    ]);
    expect(parse.header.year).toBe(2022);
  });

  it('reads the projects but reports NO_APPENDIX when the "PHỤ LỤC I" line is gone', () => {
    const parse = parsePlanText(seedWithLine(115, []));
    expect(errors(parse).map(([, code]) => code)).toEqual(['NO_APPENDIX']);
    expect(parse.items.map((i) => i.code)).toEqual(['DA.1', 'DA.2', 'DA.3', 'DA.4', 'DA.5', 'DA.6', 'DA.7']);
  });

  it('reports NO_ITEMS and TRUNCATED when the copy stops at the title of Appendix I', () => {
    const parse = parsePlanText(seedHead(117));
    expect(parse.items).toEqual([]);
    expect(errors(parse)).toEqual([
      [1, 'NO_ITEMS', 'Appendix I holds no coded rows (1.x, 2.x, 3.x)'],
      [
        117,
        'TRUNCATED',
        'The document looks cut short: Appendix II, which the decision refers to, is missing',
      ],
    ]);
  });

  it('reports TRUNCATED, and the cut row, when the copy stops inside a row of Appendix I', () => {
    // Line 300 is the lead cell of 3.23; its coordinator and completion time are cut off.
    const parse = parsePlanText(seedHead(300));
    expect(parse.items.at(-1)).toMatchObject({
      code: '3.23',
      productText: 'Hệ thống cơ sở dữ liệu của Văn phòng Ủy ban nhân dân tỉnh',
      leadText: 'Văn phòng Ủy ban nhân dân tỉnh',
      coordinatorText: null,
      dueLabel: null,
      dueDate: null,
    });
    expect(lineCodes(parse)).toEqual([
      ...SEED_EARLY,
      [298, 'EMPTY_COORDINATOR'],
      [298, 'EMPTY_DEADLINE'],
      [298, 'AMBIGUOUS_CELLS'],
      [300, 'TRUNCATED'],
    ]);
    expect(errors(parse)).toEqual([
      [
        300,
        'TRUNCATED',
        'The document looks cut short: its last row, 3.23, stops before its last columns; ' +
          'Appendix II, which the decision refers to, is missing',
      ],
    ]);
  });

  it('reports TRUNCATED when the copy stops between the appendices', () => {
    const parse = parsePlanText(seedHead(446));
    expect(parse.items).toHaveLength(71);
    expect(errors(parse)).toEqual([
      [
        442,
        'TRUNCATED',
        'The document looks cut short: Appendix II, which the decision refers to, is missing',
      ],
    ]);
  });

  it('reports TRUNCATED when the copy stops inside a project row', () => {
    // Line 475 is the completion time of project 3; its lead and coordinator are cut off.
    const parse = parsePlanText(seedHead(475));
    expect(parse.items.at(-1)).toMatchObject({ code: 'DA.3', dueLabel: 'Quý I/2022', leadText: null });
    expect(lineCodes(parse).slice(-3)).toEqual([
      [472, 'EMPTY_LEAD'],
      [472, 'EMPTY_COORDINATOR'],
      [475, 'TRUNCATED'],
    ]);
    expect(errors(parse)).toEqual([
      [475, 'TRUNCATED', 'The document looks cut short: its last row, DA.3, stops before its last columns'],
    ]);
  });

  it('reports TRUNCATED when Appendix II stops before its first row', () => {
    expect(errors(parsePlanText(seedHead(456)))).toEqual([
      [456, 'TRUNCATED', 'The document looks cut short: Appendix II has no rows'],
    ]);
  });

  it('never throws, on any text, and keeps problems in line order within the document', () => {
    const seed = seedLines();
    const seedSlice = fc
      .tuple(fc.nat(seed.length), fc.nat(seed.length))
      .map(([a, b]) => seed.slice(Math.min(a, b), Math.max(a, b)).join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), seedSlice), (content) => {
        const parse = parsePlanText(content);
        const lines = parse.problems.map((p) => p.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(lines.every((l) => l >= 1 && l <= Math.max(1, parse.stats.lines))).toBe(true);
        if (content.trim() !== '' && !/PHỤ LỤC I$/m.test(content)) {
          expect(parse.problems.map((p) => p.code)).toContain('NO_APPENDIX');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('flags header fields that are missing, never inventing them', () => {
    const parse = parsePlanText('PHỤ LỤC I\n\t1.1: Kết quả\n\t2.1: Hoạt động\n');
    expect(parse.header).toEqual({
      decisionNumber: null,
      decisionDate: null,
      issuerText: null,
      title: null,
      year: null,
      proposerText: null,
    });
    expect(parse.problems.map((p) => p.code).filter((c) => HEADER_MISSING.includes(c))).toEqual(
      HEADER_MISSING,
    );
  });
});
