import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, ParCycleStatus } from '@partrack/shared';
import { isOnOrBefore, parAssessmentView, type ParAssessmentViewInput } from './par-assessment-view.util';

const BASE: ParAssessmentViewInput = {
  status: ParAssessmentStatus.DRAFT,
  cycleStatus: ParCycleStatus.OPEN,
  councilMember: false,
  canSubmit: false,
  explanationOpen: true,
};

describe('parAssessmentView', () => {
  it('gives each phase to whoever acts on it, the scorecard to the others', () => {
    const view = (extra: Partial<ParAssessmentViewInput>) => parAssessmentView({ ...BASE, ...extra });
    expect(view({})).toBe('self');
    expect(view({ status: ParAssessmentStatus.SUBMITTED })).toBe('scorecard');
    expect(view({ status: ParAssessmentStatus.SUBMITTED, councilMember: true })).toBe('appraisal');
    expect(view({ status: ParAssessmentStatus.APPRAISED, canSubmit: true })).toBe('explanation');
    expect(view({ status: ParAssessmentStatus.APPRAISED, canSubmit: true, explanationOpen: false })).toBe(
      'scorecard',
    );
    expect(view({ status: ParAssessmentStatus.REAPPRAISAL, councilMember: true })).toBe('reappraisal');
    expect(view({ status: ParAssessmentStatus.FINALISED, councilMember: true })).toBe('scorecard');
    expect(
      view({
        status: ParAssessmentStatus.SUBMITTED,
        councilMember: true,
        cycleStatus: ParCycleStatus.PUBLISHED,
      }),
    ).toBe('scorecard');
  });

  it('counts the deadline day as open', () => {
    expect(isOnOrBefore('2025-01-15', '2025-01-15')).toBe(true);
    expect(isOnOrBefore('2025-01-16', '2025-01-15')).toBe(false);
    expect(isOnOrBefore('2025-01-16', null)).toBe(false);
  });
});
