import { describe, expect, it } from 'vitest';
import { SAMPLE_CRITERIA } from '../par-index.fixtures';
import {
  changedScores,
  currentScore,
  savedScoresOf,
  scoreFieldErrors,
  scoreProblems,
  selfScoredItems,
} from './par-self-score.util';

const SAVED = savedScoresOf([
  { criterionId: 'c-1.1', selfPoints: 1, selfNote: 'Kế hoạch số 12', noEvidenceReason: null },
  { criterionId: 'c-2.1', selfPoints: null, selfNote: null, noEvidenceReason: null },
]);

describe('par self-score helpers', () => {
  it('keeps the MANUAL, BONUS and PENALTY leaves only, in tree order', () => {
    expect(selfScoredItems(SAMPLE_CRITERIA).map((c) => c.code)).toEqual(['1.1', '2.1']);
  });

  it('shows the edit over the saved score', () => {
    expect(currentScore(SAVED, { 'c-1.1': { note: 'Mới' } }, 'c-1.1')).toEqual({
      points: 1,
      note: 'Mới',
      noEvidenceReason: '',
    });
    expect(currentScore(SAVED, {}, 'c-x')).toEqual({ points: null, note: '', noEvidenceReason: '' });
  });

  it('sends only what changed, notes trimmed and empty notes as null', () => {
    expect(changedScores(SAMPLE_CRITERIA, SAVED, {})).toEqual([]);
    expect(
      changedScores(SAMPLE_CRITERIA, SAVED, {
        'c-1.1': { points: 1, note: ' Kế hoạch số 12 ' },
        'c-2.1': { points: 0.5, note: '  ' },
        'c-1.2.1': { points: 0.5 },
      }),
    ).toEqual([{ criterionId: 'c-2.1', points: 0.5, note: null, noEvidenceReason: null }]);
    expect(changedScores(SAMPLE_CRITERIA, SAVED, { 'c-1.1': { points: null } })).toEqual([
      { criterionId: 'c-1.1', points: null, note: 'Kế hoạch số 12', noEvidenceReason: null },
    ]);
  });

  it("sends a changed no-evidence reason with the item's points and note", () => {
    expect(changedScores(SAMPLE_CRITERIA, SAVED, { 'c-1.1': { noEvidenceReason: ' Văn bản mật ' } })).toEqual(
      [{ criterionId: 'c-1.1', points: 1, note: 'Kế hoạch số 12', noEvidenceReason: 'Văn bản mật' }],
    );
  });

  it('names scores the API would refuse', () => {
    const problems = scoreProblems(SAMPLE_CRITERIA, [
      { criterionId: 'c-1.1', points: 0.75, note: null, noEvidenceReason: null },
      { criterionId: 'c-2.1', points: 2, note: null, noEvidenceReason: null },
    ]);
    expect(Object.fromEntries(problems)).toEqual({ 'c-1.1': 'notAnOption', 'c-2.1': 'aboveMaximum' });
  });

  it('places the API field errors on the rows sent at those positions', () => {
    const sent = [{ criterionId: 'c-1.1' }, { criterionId: 'c-2.1' }];
    const { byCriterion, other } = scoreFieldErrors(
      [
        { field: 'input.scores[1].points', message: 'Vượt quá điểm tối đa.' },
        { field: 'id', message: 'Còn 1 mục chưa chấm.' },
      ],
      sent,
    );
    expect(Object.fromEntries(byCriterion)).toEqual({ 'c-2.1': 'Vượt quá điểm tối đa.' });
    expect(other).toEqual(['Còn 1 mục chưa chấm.']);
  });
});
