import { describe, expect, it } from 'vitest';
import {
  IndicatorAggregation,
  IndicatorUnit,
  MeasurementProblemCode,
  MeasurementStatus,
} from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { entry, measurement } from '../indicator.fixtures';
import {
  changedEntries,
  computedRatio,
  draftOf,
  isDraftChanged,
  isLockedEntry,
  rowApiError,
  rowProblems,
  submittableIds,
  toRecordInput,
  type EntryDraft,
} from './measurement-entry.util';

const { PERCENT, COUNT } = IndicatorUnit;
const { RATIO, SUM } = IndicatorAggregation;

const blank: EntryDraft = { value: null, numerator: null, denominator: null, note: '' };

describe('entry rows', () => {
  const savedRatio = entry(
    '1.1',
    PERCENT,
    RATIO,
    measurement('m-1', MeasurementStatus.DRAFT, {
      numerator: 45,
      denominator: 50,
      value: 90,
      note: 'Theo phần mềm một cửa',
      version: 4,
    }),
  );
  const fresh = entry('2.1', COUNT, SUM, null);

  it('start from the saved figure and notice only the fields the indicator takes', () => {
    const draft = draftOf(savedRatio);
    expect(draft).toEqual({ value: 90, numerator: 45, denominator: 50, note: 'Theo phần mềm một cửa' });
    expect(isDraftChanged(draft, savedRatio)).toBe(false);
    // For RATIO the value is derived: touching it alone is not a change.
    expect(isDraftChanged({ ...draft, value: 91 }, savedRatio)).toBe(false);
    expect(isDraftChanged({ ...draft, numerator: 46 }, savedRatio)).toBe(true);
    expect(isDraftChanged({ ...draft, note: ' Theo phần mềm một cửa ' }, savedRatio)).toBe(false);
    expect(isDraftChanged({ ...blank, value: 3 }, fresh)).toBe(true);
  });

  it('lists changed rows in grid order, never locked ones', () => {
    const locked = entry('3.1', COUNT, SUM, measurement('m-3', MeasurementStatus.APPROVED, { value: 2 }));
    const drafts = {
      'ind-2.1': { ...blank, value: 3 },
      'ind-1.1': { ...draftOf(savedRatio), denominator: 60 },
      'ind-3.1': { ...blank, value: 9 },
    };
    expect(changedEntries([savedRatio, fresh, locked], drafts)).toEqual([savedRatio, fresh]);
    expect(isLockedEntry(locked)).toBe(true);
  });

  it('validates with the shared rule: percentages over 100, numerator over denominator', () => {
    const percent = entry('1.2', PERCENT, SUM, null);
    expect(rowProblems({ ...blank, value: 120 }, percent, '2022-Q4', 2022)).toEqual({
      value: MeasurementProblemCode.PERCENT_OVER_100,
    });
    expect(rowProblems({ ...blank, numerator: 60, denominator: 50 }, savedRatio, '2022-Q4', 2022)).toEqual({
      numerator: MeasurementProblemCode.NUMERATOR_OVER_DENOMINATOR,
    });
    expect(rowProblems({ ...blank, numerator: 5 }, savedRatio, '2022-Q4', 2022)).toEqual({
      denominator: MeasurementProblemCode.REQUIRED,
    });
    expect(rowProblems({ ...blank, value: 2.5 }, fresh, '2022-Q4', 2022)).toEqual({
      value: MeasurementProblemCode.NOT_INTEGER,
    });
    // An empty row that was never saved is simply not sent.
    expect(rowProblems(blank, fresh, '2022-Q4', 2022)).toEqual({});
  });

  it('computes the share shown beside numerator and denominator', () => {
    expect(computedRatio({ ...blank, numerator: 45, denominator: 50 }, PERCENT)).toBe(90);
    expect(computedRatio({ ...blank, numerator: 1, denominator: 4 }, COUNT)).toBe(0.25);
    expect(computedRatio({ ...blank, numerator: 1, denominator: 0 }, PERCENT)).toBeNull();
    expect(computedRatio({ ...blank, numerator: 1 }, PERCENT)).toBeNull();
  });

  it('sends the parts of a ratio with the version of the saved figure, a plain value without one', () => {
    expect(toRecordInput({ ...draftOf(savedRatio), numerator: 48 }, savedRatio, 'a-1', '2022-Q4')).toEqual({
      indicatorId: 'ind-1.1',
      agencyId: 'a-1',
      period: '2022-Q4',
      numerator: 48,
      denominator: 50,
      note: 'Theo phần mềm một cửa',
      version: 4,
    });
    expect(toRecordInput({ ...blank, value: 3, note: '  ' }, fresh, 'a-1', '2022-Q4')).toEqual({
      indicatorId: 'ind-2.1',
      agencyId: 'a-1',
      period: '2022-Q4',
      value: 3,
      note: null,
    });
  });

  it('submits saved drafts and returned figures without unsaved edits', () => {
    const returned = entry('4.1', COUNT, SUM, measurement('m-4', MeasurementStatus.RETURNED, { value: 1 }));
    const submitted = entry('5.1', COUNT, SUM, measurement('m-5', MeasurementStatus.SUBMITTED, { value: 1 }));
    expect(submittableIds([savedRatio, fresh, returned, submitted], {})).toEqual(['m-1', 'm-4']);
    expect(submittableIds([savedRatio, returned], { 'ind-4.1': { ...blank, value: 2 } })).toEqual(['m-1']);
  });

  it('puts API field messages beside their inputs and the rest on the row', () => {
    const error = new CombinedGraphQLErrors(
      graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
        fields: [
          { field: 'input.numerator', message: 'Tử số không được lớn hơn mẫu số.' },
          { field: 'agencyId', message: 'Cơ quan cấp xã không báo cáo chỉ tiêu "1.1".' },
        ],
      }),
    );
    expect(rowApiError(error, 'Dữ liệu không hợp lệ')).toEqual({
      fields: { numerator: 'Tử số không được lớn hơn mẫu số.' },
      general: 'Cơ quan cấp xã không báo cáo chỉ tiêu "1.1".',
    });
    const conflict = new CombinedGraphQLErrors(graphQLError('CONFLICT', 'Stale'));
    expect(rowApiError(conflict, 'Bản ghi đã được người khác thay đổi')).toEqual({
      fields: {},
      general: 'Bản ghi đã được người khác thay đổi',
    });
  });
});
