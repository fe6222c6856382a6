import { describe, expect, it } from 'vitest';
import { SAMPLE_CRITERIA } from '../par-index.fixtures';
import { score } from '../par-cycle.fixtures';
import { groupByArea, itemFieldErrors, leafItems, scoresByCriterion } from './par-assessment-items.util';
import {
  appraisalChanges,
  appraisalProblems,
  differingItems,
  filledExplanations,
  filterAppraisalItems,
} from './par-appraisal.util';
import { reappraisalChanges, reappraisalProblems, unansweredCount } from './par-reappraisal.util';

const ITEMS = leafItems(SAMPLE_CRITERIA);
const codes = (items: readonly { criterion: { code: string } }[]) => items.map((item) => item.criterion.code);

describe('assessment items', () => {
  it('lists the leaves in tree order with their area, grouped by area', () => {
    expect(codes(ITEMS)).toEqual(['1.1', '1.2.1', '1.2.2', '2.1']);
    expect(ITEMS.map((item) => item.area?.code)).toEqual(['1', '1', '1', '2']);
    expect(groupByArea(ITEMS).map((group) => [group.area?.code, codes(group.items)])).toEqual([
      ['1', ['1.1', '1.2.1', '1.2.2']],
      ['2', ['2.1']],
    ]);
  });

  it('places field errors on the items sent at those positions', () => {
    const { byCriterion, other } = itemFieldErrors(
      [
        { field: 'input.answers[1].answer', message: 'Cần trả lời.' },
        { field: 'id', message: 'Sai bước.' },
      ],
      'answers',
      [{ criterionId: 'c-1.1' }, { criterionId: 'c-2.1' }],
    );
    expect(Object.fromEntries(byCriterion)).toEqual({ 'c-2.1': 'Cần trả lời.' });
    expect(other).toEqual(['Sai bước.']);
  });
});

describe('first appraisal', () => {
  const scores = scoresByCriterion([score('c-1.1', 1), score('c-2.1', 0.5, null, { appraisedPoints: 0.5 })]);

  it('sends changed items only, reasons trimmed, never survey items', () => {
    expect(
      appraisalChanges(ITEMS, scores, {
        'c-1.1': { points: 0.5, reason: ' Muộn ' },
        'c-2.1': { points: 0.5 },
        'c-1.2.2': { points: 0.5 },
      }),
    ).toEqual([{ criterionId: 'c-1.1', points: 0.5, reason: 'Muộn' }]);
  });

  it('wants a reason where the points differ from the self-score, and valid points', () => {
    const problems = appraisalProblems(ITEMS, scores, {
      'c-1.1': { points: 0.5 },
      'c-1.2.1': { points: 0.25 },
      'c-2.1': { points: 3 },
    });
    // The computed item has no self-score to differ from: no reason needed.
    expect(Object.fromEntries(problems)).toEqual({ 'c-1.1': 'reasonRequired', 'c-2.1': 'aboveMaximum' });
  });

  it('filters differences and items not appraised, edits included', () => {
    const edits = { 'c-1.1': { points: 0.5 } };
    expect(
      codes(filterAppraisalItems(ITEMS, scores, edits, { differences: true, unappraised: false })),
    ).toEqual(['1.1']);
    expect(
      codes(filterAppraisalItems(ITEMS, scores, edits, { differences: false, unappraised: true })),
    ).toEqual(['1.2.1']);
  });
});

describe('explanations and second appraisal', () => {
  const scores = scoresByCriterion([
    score('c-1.1', 1, null, { appraisedPoints: 0.5, explanation: 'Đúng hạn' }),
    score('c-2.1', 0.5, null, { appraisedPoints: 0.5 }),
  ]);

  it('offers the differing items and sends only written explanations', () => {
    expect(codes(differingItems(ITEMS, scores))).toEqual(['1.1']);
    expect(filledExplanations(ITEMS, { 'c-1.1': '  ', 'c-2.1': ' Có sáng kiến ' })).toEqual([
      { criterionId: 'c-2.1', text: 'Có sáng kiến' },
    ]);
  });

  it('answers explained items with points (first appraisal by default) and a required answer', () => {
    expect(unansweredCount(ITEMS, scores)).toBe(1);
    expect(reappraisalChanges(ITEMS, scores, { 'c-1.1': { answer: ' Giữ nguyên ' } })).toEqual([
      { criterionId: 'c-1.1', points: 0.5, answer: 'Giữ nguyên' },
    ]);
    expect(Object.fromEntries(reappraisalProblems(ITEMS, scores, { 'c-1.1': { points: 1 } }))).toEqual({
      'c-1.1': 'answerRequired',
    });
    // Not explained: not part of the second appraisal.
    expect(reappraisalChanges(ITEMS, scores, { 'c-2.1': { answer: 'x' } })).toEqual([]);
  });
});
