import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus } from '@partrack/shared';
import { lostItems, totalLoss } from './par-improvement.util';
import {
  nationalLeaves,
  nationalPreview,
  nationalProblem,
  parsePastedPoints,
  parsePointsText,
} from './par-national-appraisal.util';
import { NATIONAL_CRITERIA, nationalScore } from './par-national.fixtures';
import { defaultNationalTab } from './par-national.util';
import { assignmentChanges, listFieldErrors, resolveAssignments } from './par-responsibility.util';

const leaves = nationalLeaves(NATIONAL_CRITERIA);
const leaf = (code: string) => {
  const found = leaves.find((item) => item.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('resolveAssignments and assignmentChanges', () => {
  const saved = new Map([['c-1', 'nv']]);

  it('gives each item its own agency or the nearest one above, edits included', () => {
    const resolved = resolveAssignments(NATIONAL_CRITERIA, saved, { 'c-1.2': 'yt' });
    expect(resolved.get('c-1')).toEqual({ own: 'nv', inherited: null });
    expect(resolved.get('c-1.1')).toEqual({ own: null, inherited: { agencyId: 'nv', fromCode: '1' } });
    expect(resolved.get('c-1.2.1')).toEqual({ own: null, inherited: { agencyId: 'yt', fromCode: '1.2' } });
    expect(resolved.get('c-2.1')).toEqual({ own: null, inherited: null });
  });

  it('sends only real changes, a cleared item as null, in the framework order', () => {
    expect(assignmentChanges(NATIONAL_CRITERIA, saved, { 'c-2': 'dn', 'c-1': null, 'c-1.1': null })).toEqual([
      { criterionId: 'c-1', agencyId: null },
      { criterionId: 'c-2', agencyId: 'dn' },
    ]);
  });

  it('places a refused entry on the item sent at that place', () => {
    const sent = [{ criterionId: 'c-1' }, { criterionId: 'c-2' }];
    const { byCriterion, other } = listFieldErrors(
      [
        { field: 'input.assignments[1].agencyId', message: 'Không tìm thấy' },
        { field: 'input.id', message: 'Đã gửi' },
      ],
      'assignments',
      sent,
    );
    expect([...byCriterion]).toEqual([['c-2', 'Không tìm thấy']]);
    expect(other).toEqual(['Đã gửi']);
  });
});

describe('the Ministry points', () => {
  it('reads Vietnamese and English decimals, and nothing else', () => {
    expect(parsePointsText('0,75')).toBe(0.75);
    expect(parsePointsText(' 1.5 ')).toBe(1.5);
    expect(parsePointsText('1.234,5')).toBe(1234.5);
    expect(parsePointsText('1,234.5')).toBe(1234.5);
    expect(parsePointsText('2')).toBe(2);
    expect(parsePointsText('')).toBeNull();
    expect(parsePointsText('abc')).toBeNull();
    expect(parsePointsText('-1')).toBeNull();
    expect(parsePointsText('1.2.3')).toBeNull();
  });

  it('scores every leaf with a method, within its maximum', () => {
    expect(leaves.map((item) => item.code)).toEqual(['1.1', '1.2.1', '1.2.2', '2.1', '3.1']);
    expect(nationalProblem(leaf('1.1'), null)).toBe('required');
    expect(nationalProblem(leaf('1.1'), 1.5)).toBe('aboveMaximum');
    expect(nationalProblem(leaf('1.1'), 0.333)).toBe('invalidPoints');
    // Not held to the scale: 0,75 is no option of 1.1's scale.
    expect(nationalProblem(leaf('1.1'), 0.75)).toBeNull();
  });

  it('reads pasted rows by code, skipping a header and reporting the rest', () => {
    const pasted = parsePastedPoints('Mã;Điểm\n1.1;0,5\n2.1.\t1\tCó sáng kiến\n7.7 1\n3.1 x\n', leaves);
    expect([...pasted.values]).toEqual([
      ['c-1.1', { points: 0.5, reason: null }],
      ['c-2.1', { points: 1, reason: 'Có sáng kiến' }],
    ]);
    expect(pasted.unknownCodes).toEqual(['7.7']);
    expect(pasted.unreadableLines).toEqual([5]);
  });

  it('previews the total and the index with bonus and penalty, unentered items at 0', () => {
    const preview = nationalPreview(NATIONAL_CRITERIA, leaves, {
      'c-1.1': { points: 1, reason: '' },
      'c-2.1': { points: 0.5, reason: '' },
      'c-3.1': { points: 0.25, reason: '' },
    });
    expect(preview).toEqual({ total: 1.25, maxPoints: 2, index: 62.5, entered: 3 });
  });
});

describe('lostItems', () => {
  it('counts max − points, a penalty its points, a bonus nothing, an unscored item all of it', () => {
    const lost = lostItems(NATIONAL_CRITERIA, [
      nationalScore('c-1.1', { appraisedPoints: 1, reappraisedPoints: 0.5 }),
      nationalScore('c-1.2.1', { appraisedPoints: 0.5 }),
      nationalScore('c-2.1', { appraisedPoints: 0 }),
      nationalScore('c-3.1', { appraisedPoints: 0.25 }),
    ]);
    expect(lost.map((item) => [item.criterion.code, item.loss])).toEqual([
      ['1.1', 0.5],
      ['1.2.2', 0.5],
      ['3.1', 0.25],
    ]);
    expect(totalLoss(lost)).toBe(1.25);
  });
});

describe('defaultNationalTab', () => {
  it('opens the step the assessment is at', () => {
    expect(defaultNationalTab(ParAssessmentStatus.DRAFT)).toBe('assign');
    expect(defaultNationalTab(ParAssessmentStatus.SUBMITTED)).toBe('ministry');
    expect(defaultNationalTab(ParAssessmentStatus.FINALISED)).toBe('improvement');
  });
});
