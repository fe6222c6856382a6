import { describe, expect, it } from 'vitest';
import { PlanItemStatus } from '@partrack/shared';
import { dueBadge, type DueFacts } from './task-due.util';
import { currentQuarterRange, quarterOfRange, quarterRange, todayInVietnam } from './task-dates.util';

const TODAY = '2022-07-10';

function facts(extra: Partial<DueFacts>): DueFacts {
  return {
    status: PlanItemStatus.IN_PROGRESS,
    dueDate: '2022-06-30',
    overdue: false,
    doneLate: false,
    daysLate: 0,
    ...extra,
  };
}

describe('overdue badge', () => {
  it('shows the days an open task is past due, as the API counts them', () => {
    expect(dueBadge(facts({ overdue: true, daysLate: 10 }), TODAY)).toEqual({ kind: 'overdue', days: 10 });
  });

  it('marks a task completed after its deadline as done late', () => {
    expect(dueBadge(facts({ status: PlanItemStatus.DONE, doneLate: true, daysLate: 4 }), TODAY)).toEqual({
      kind: 'doneLate',
      days: 4,
    });
  });

  it('warns about open tasks due today or within a week', () => {
    expect(dueBadge(facts({ dueDate: TODAY }), TODAY)).toEqual({ kind: 'dueToday' });
    expect(dueBadge(facts({ dueDate: '2022-07-15' }), TODAY)).toEqual({ kind: 'dueSoon', days: 5 });
    expect(dueBadge(facts({ dueDate: '2022-07-18' }), TODAY)).toBeNull();
  });

  it('says nothing for done on time, cancelled, or undated tasks', () => {
    expect(dueBadge(facts({ status: PlanItemStatus.DONE, dueDate: '2022-07-12' }), TODAY)).toBeNull();
    expect(dueBadge(facts({ status: PlanItemStatus.CANCELLED, dueDate: '2022-07-12' }), TODAY)).toBeNull();
    expect(dueBadge(facts({ dueDate: null }), TODAY)).toBeNull();
  });
});

describe('quarters', () => {
  it('maps a quarter to its first and last day and back', () => {
    expect(quarterRange({ year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange({ year: 2022, quarter: 4 })).toEqual({ from: '2022-10-01', to: '2022-12-31' });
    expect(quarterOfRange('2022-04-01', '2022-06-30')).toEqual({ year: 2022, quarter: 2 });
    expect(quarterOfRange('2022-04-01', '2022-06-29')).toBeNull();
  });

  it('takes "this quarter" from the date in Vietnam', () => {
    // 17:30 UTC on 31 March is already 1 April in Vietnam (UTC+7).
    expect(todayInVietnam(new Date('2022-03-31T17:30:00Z'))).toBe('2022-04-01');
    expect(currentQuarterRange('2022-04-01')).toEqual({ from: '2022-04-01', to: '2022-06-30' });
  });
});
