import type { PlanParseProblem } from './plan-document.types';
import { loadSeedText } from './plan-seed.test-helper';
import { parsePlanText } from './plan-text.parser';

const BLANK_REFERENCE = '"kèm theo Quyết định số /QĐ-UBND ngày /12/2021"';

/**
 * Every problem in the seed, found by reading it:
 * - line 116: the copy is unsigned, the number and day of the decision are blank (the month and year are not);
 * - the table starts at 1.3 / 2.4 / 3.6 with no area heading above: the area I rows before them are missing
 *   from the copy, so the numbering gaps are real gaps, 1.3 and 2.4 have no area, and 2.4 has no task;
 * - 3.17 has an empty lead cell (line 232), 3.24 an empty coordinator cell (line 306).
 * Nothing else: the other 34 tasks and 7 projects have all their cells.
 */
const SEED_PROBLEMS: PlanParseProblem[] = [
  {
    line: 116,
    severity: 'WARNING',
    code: 'DECISION_NUMBER_BLANK',
    message: `Decision number left blank in this copy: ${BLANK_REFERENCE}`,
  },
  {
    line: 116,
    severity: 'WARNING',
    code: 'DECISION_DATE_BLANK',
    message: `Decision date incomplete: ${BLANK_REFERENCE}`,
  },
  {
    line: 118,
    severity: 'WARNING',
    code: 'NUMBERING_GAP',
    message: '1.1–1.2 are missing before 1.3',
    itemCode: '1.3',
  },
  {
    line: 118,
    severity: 'WARNING',
    code: 'ITEM_WITHOUT_AREA',
    message: '1.3 is under no recognised area heading; its area is unknown',
    itemCode: '1.3',
  },
  {
    line: 119,
    severity: 'WARNING',
    code: 'NUMBERING_GAP',
    message: '2.1–2.3 are missing before 2.4',
    itemCode: '2.4',
  },
  {
    line: 119,
    severity: 'WARNING',
    code: 'NO_CHILDREN',
    message: 'Activity 2.4 has no tasks',
    itemCode: '2.4',
  },
  {
    line: 119,
    severity: 'WARNING',
    code: 'ITEM_WITHOUT_AREA',
    message: '2.4 is under no recognised area heading; its area is unknown',
    itemCode: '2.4',
  },
  {
    line: 129,
    severity: 'WARNING',
    code: 'NUMBERING_GAP',
    message: '3.1–3.5 are missing before 3.6',
    itemCode: '3.6',
  },
  {
    line: 232,
    severity: 'WARNING',
    code: 'EMPTY_LEAD',
    message: 'Task 3.17 has no lead agency (the cell is empty)',
    itemCode: '3.17',
  },
  {
    line: 306,
    severity: 'WARNING',
    code: 'EMPTY_COORDINATOR',
    message: 'Task 3.24 has no coordinating agency (the cell is empty)',
    itemCode: '3.24',
  },
];

describe('parsePlanText on the seed: problems', () => {
  const { problems } = parsePlanText(loadSeedText());

  it('reports exactly the problems of the document, by line', () => {
    expect(problems).toEqual(SEED_PROBLEMS);
  });

  it('has no ERROR: the seed can be imported once the warnings are reviewed', () => {
    expect(problems.filter((p) => p.severity === 'ERROR')).toEqual([]);
  });

  it('reports the missing first rows at every level, consistently (not only tasks from 3.6)', () => {
    const gaps = problems.filter((p) => p.code === 'NUMBERING_GAP').map((p) => p.itemCode);
    expect(gaps).toEqual(['1.3', '2.4', '3.6']);
  });

  it('skips no line that carries content', () => {
    expect(problems.filter((p) => p.code === 'LINE_SKIPPED')).toEqual([]);
  });
});
