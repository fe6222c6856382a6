import { describe, expect, it } from 'vitest';
import { ReportStatus } from '@partrack/shared';
import {
  completenessCounters,
  filterLines,
  isOverdueLine,
  lineFilterCounts,
  roundState,
} from './report-completeness.util';

const COUNTS = { expected: 8, submitted: 5, accepted: 3, returned: 1, missing: 2, onTime: 4, late: 1 };

describe('completenessCounters', () => {
  it('lists the seven counters in reading order with their share of the expected reports', () => {
    const counters = completenessCounters(COUNTS);
    expect(counters.map((c) => [c.key, c.value, c.percent])).toEqual([
      ['expected', 8, null],
      ['submitted', 5, 62.5],
      ['accepted', 3, 37.5],
      ['returned', 1, 12.5],
      ['missing', 2, 25],
      ['onTime', 4, 50],
      ['late', 1, 12.5],
    ]);
  });

  it('highlights only the counters that call for action, and only when not zero', () => {
    const alerts = (counts: typeof COUNTS) =>
      completenessCounters(counts)
        .filter((c) => c.alert)
        .map((c) => c.key);
    expect(alerts(COUNTS)).toEqual(['returned', 'missing', 'late']);
    expect(alerts({ ...COUNTS, returned: 0, missing: 0, late: 0 })).toEqual([]);
  });

  it('gives no share when no report is expected (a round without reporters)', () => {
    const empty = { expected: 0, submitted: 0, accepted: 0, returned: 0, missing: 0, onTime: 0, late: 0 };
    expect(completenessCounters(empty).every((c) => c.percent === null)).toBe(true);
  });
});

describe('roundState', () => {
  const round = (submitted: number, accepted: number) => ({
    dueProvince: '2022-06-20',
    completeness: { expected: 4, submitted, accepted },
  });

  it('tells a period without a round from an open one', () => {
    expect(roundState(null, '2022-06-01')).toBe('NOT_OPENED');
    expect(roundState(round(1, 0), '2022-06-01')).toBe('COLLECTING');
    expect(roundState(round(1, 0), '2022-06-20')).toBe('COLLECTING');
  });

  it('is overdue after the last due date while reports are missing', () => {
    expect(roundState(round(3, 1), '2022-06-21')).toBe('OVERDUE');
  });

  it('is under review once everyone handed in, and complete once all are accepted', () => {
    expect(roundState(round(4, 2), '2022-06-25')).toBe('REVIEWING');
    expect(roundState(round(4, 4), '2022-06-25')).toBe('COMPLETE');
  });
});

describe('agency lines', () => {
  const lines = [
    { id: 'a', status: ReportStatus.DRAFT, late: false, dueDate: '2022-06-15' },
    { id: 'b', status: ReportStatus.SUBMITTED, late: true, dueDate: '2022-06-15' },
    { id: 'c', status: ReportStatus.ACCEPTED, late: false, dueDate: '2022-06-20' },
    { id: 'd', status: ReportStatus.RETURNED, late: true, dueDate: '2022-06-20' },
  ];

  it('filters by status or by lateness', () => {
    expect(filterLines(lines, 'ALL').map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterLines(lines, ReportStatus.SUBMITTED).map((l) => l.id)).toEqual(['b']);
    expect(filterLines(lines, 'LATE').map((l) => l.id)).toEqual(['b', 'd']);
    expect(lineFilterCounts(lines)).toEqual({
      ALL: 4,
      DRAFT: 1,
      SUBMITTED: 1,
      RETURNED: 1,
      ACCEPTED: 1,
      LATE: 2,
    });
  });

  it('calls a report overdue only while it is still with the agency after its due date', () => {
    expect(isOverdueLine(lines[0], '2022-06-16')).toBe(true);
    expect(isOverdueLine(lines[0], '2022-06-15')).toBe(false);
    expect(isOverdueLine(lines[1], '2022-07-01')).toBe(false);
    expect(isOverdueLine(lines[3], '2022-06-21')).toBe(true);
  });
});
