import { PlanItemStatus } from './plan.enums';
import { daysLate, isDoneLate, isOverdue, PlanItemProgress } from './plan-item-status';

const DUE = '2022-03-31';

function item(status: PlanItemStatus, completedOn: string | null = null, dueDate: string | null = DUE) {
  const progress: PlanItemProgress = { status, dueDate, completedOn };
  return progress;
}

describe('isOverdue', () => {
  it.each([PlanItemStatus.NOT_STARTED, PlanItemStatus.IN_PROGRESS])(
    '%s: not on the due day, from the next day',
    (s) => {
      expect(isOverdue(item(s), '2022-03-30')).toBe(false);
      expect(isOverdue(item(s), DUE)).toBe(false);
      expect(isOverdue(item(s), '2022-04-01')).toBe(true);
    },
  );

  it.each([PlanItemStatus.DONE, PlanItemStatus.CANCELLED])('%s items are never overdue', (s) => {
    expect(isOverdue(item(s, '2022-05-01'), '2022-12-31')).toBe(false);
  });

  it('is false without a due date', () => {
    expect(isOverdue(item(PlanItemStatus.IN_PROGRESS, null, null), '2099-01-01')).toBe(false);
  });

  it('counts across month and year ends', () => {
    expect(isOverdue(item(PlanItemStatus.NOT_STARTED, null, '2022-12-31'), '2023-01-01')).toBe(true);
  });
});

describe('isDoneLate', () => {
  it('is false when completed on or before the due date, true the day after', () => {
    expect(isDoneLate(item(PlanItemStatus.DONE, '2022-03-30'))).toBe(false);
    expect(isDoneLate(item(PlanItemStatus.DONE, DUE))).toBe(false);
    expect(isDoneLate(item(PlanItemStatus.DONE, '2022-04-01'))).toBe(true);
  });

  it('is false for items not done, or without dates', () => {
    expect(isDoneLate(item(PlanItemStatus.CANCELLED, '2022-05-01'))).toBe(false);
    expect(isDoneLate(item(PlanItemStatus.IN_PROGRESS, '2022-05-01'))).toBe(false);
    expect(isDoneLate(item(PlanItemStatus.DONE, null))).toBe(false);
    expect(isDoneLate(item(PlanItemStatus.DONE, '2022-05-01', null))).toBe(false);
  });
});

describe('daysLate', () => {
  const today = '2022-04-10';

  it('for done items: completion minus due date, never negative, whatever today is', () => {
    expect(daysLate(item(PlanItemStatus.DONE, '2022-04-05'), today)).toBe(5);
    expect(daysLate(item(PlanItemStatus.DONE, DUE), today)).toBe(0);
    expect(daysLate(item(PlanItemStatus.DONE, '2022-03-01'), today)).toBe(0);
    expect(daysLate(item(PlanItemStatus.DONE, null), today)).toBe(0);
  });

  it('for open items: today minus due date once overdue', () => {
    expect(daysLate(item(PlanItemStatus.IN_PROGRESS), today)).toBe(10);
    expect(daysLate(item(PlanItemStatus.NOT_STARTED), '2022-04-01')).toBe(1);
    expect(daysLate(item(PlanItemStatus.NOT_STARTED), DUE)).toBe(0);
    expect(daysLate(item(PlanItemStatus.NOT_STARTED), '2022-01-01')).toBe(0);
  });

  it('is 0 for cancelled items and items without a due date', () => {
    expect(daysLate(item(PlanItemStatus.CANCELLED), today)).toBe(0);
    expect(daysLate(item(PlanItemStatus.IN_PROGRESS, null, null), today)).toBe(0);
  });

  it('counts a leap day', () => {
    expect(daysLate(item(PlanItemStatus.DONE, '2024-03-01', '2024-02-28'), '2024-03-01')).toBe(2);
  });

  it('rejects malformed dates rather than guessing', () => {
    expect(() => daysLate(item(PlanItemStatus.IN_PROGRESS, null, '2022-02-30'), today)).toThrow(RangeError);
  });
});
