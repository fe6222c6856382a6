import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, ParDeadlinePhase } from '@partrack/shared';
import {
  canReopen,
  currentDeadline,
  deadlineOrderProblem,
  effectiveAppraisalDue,
  extendablePhases,
} from './par-cycle-deadlines.util';

const d = (iso: string) => dayjs(iso);

describe('deadlineOrderProblem', () => {
  it('accepts equal and ascending dates, and empty optional ones', () => {
    expect(deadlineOrderProblem(d('2025-01-15'), d('2025-01-15'), d('2025-01-15'))).toBeNull();
    expect(deadlineOrderProblem(d('2025-01-15'), null, null)).toBeNull();
    expect(deadlineOrderProblem(null, null, d('2025-01-01'))).toBeNull();
  });

  it('refuses an appraisal before the self-assessment and a publication before the appraisal', () => {
    expect(deadlineOrderProblem(d('2025-01-15'), d('2025-01-14'), null)).toBe('appraisalBeforeSelf');
    expect(deadlineOrderProblem(d('2025-01-15'), d('2025-02-01'), d('2025-01-31'))).toBe(
      'publicationBeforeAppraisal',
    );
  });

  it('checks the publication against the default appraisal (30 days after) when none is chosen', () => {
    expect(effectiveAppraisalDue(d('2025-01-15'), null)?.format('YYYY-MM-DD')).toBe('2025-02-14');
    expect(deadlineOrderProblem(d('2025-01-15'), null, d('2025-02-13'))).toBe('publicationBeforeAppraisal');
    expect(deadlineOrderProblem(d('2025-01-15'), null, d('2025-02-14'))).toBeNull();
  });
});

describe('what a coordinator may do with an assessment', () => {
  const row = (status: ParAssessmentStatus, closedByDeadline: ParDeadlinePhase | null = null) => ({
    status,
    closedByDeadline,
    selfAssessmentDeadline: '2025-01-15',
    explanationDue: '2025-02-20',
  });

  it('extends the phase in progress, or the one its deadline just closed', () => {
    expect(extendablePhases(row(ParAssessmentStatus.DRAFT))).toEqual([ParDeadlinePhase.SELF_ASSESSMENT]);
    expect(extendablePhases(row(ParAssessmentStatus.SUBMITTED))).toEqual([]);
    expect(extendablePhases(row(ParAssessmentStatus.SUBMITTED, ParDeadlinePhase.SELF_ASSESSMENT))).toEqual([
      ParDeadlinePhase.SELF_ASSESSMENT,
    ]);
    expect(extendablePhases(row(ParAssessmentStatus.APPRAISED))).toEqual([ParDeadlinePhase.EXPLANATION]);
    expect(extendablePhases(row(ParAssessmentStatus.REAPPRAISAL))).toEqual([]);
    expect(extendablePhases(row(ParAssessmentStatus.REAPPRAISAL, ParDeadlinePhase.EXPLANATION))).toEqual([
      ParDeadlinePhase.EXPLANATION,
    ]);
    expect(extendablePhases(row(ParAssessmentStatus.FINALISED))).toEqual([]);
  });

  it("measures an extension from the agency's own deadline of that phase", () => {
    expect(currentDeadline(row(ParAssessmentStatus.DRAFT), ParDeadlinePhase.SELF_ASSESSMENT)).toBe(
      '2025-01-15',
    );
    expect(currentDeadline(row(ParAssessmentStatus.APPRAISED), ParDeadlinePhase.EXPLANATION)).toBe(
      '2025-02-20',
    );
  });

  it('reopens anything sent, never a DRAFT', () => {
    expect(canReopen(ParAssessmentStatus.DRAFT)).toBe(false);
    expect(canReopen(ParAssessmentStatus.SUBMITTED)).toBe(true);
    expect(canReopen(ParAssessmentStatus.FINALISED)).toBe(true);
  });
});
