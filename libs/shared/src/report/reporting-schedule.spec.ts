import { ReportKind } from '../period/reporting-calendar';
import { reportingPeriods } from './reporting-schedule';

describe('reportingPeriods', () => {
  it('lists Q1, H1, Q3 and YEAR with windows, legal and internal due dates', () => {
    const [q1, h1, q3, year] = reportingPeriods(2022);
    expect(q1).toEqual({
      kind: ReportKind.Q1,
      year: 2022,
      period: '2022-Q1',
      window: { from: '2021-12-15', to: '2022-03-14' },
      dueDate: '2022-03-20',
      // 20/3/2022 is a Sunday: the province hands in on Friday 18/3, districts 5 days before (13/3 → Fri 11/3).
      internalDueDates: { PROVINCE: '2022-03-18', DISTRICT: '2022-03-11', COMMUNE: '2022-03-04' },
    });
    expect(h1.period).toBe('2022-H1');
    expect(q3.window).toEqual({ from: '2022-06-15', to: '2022-09-14' });
    expect(year).toMatchObject({ period: '2022', dueDate: '2022-12-20' });
  });

  it('takes configured offsets', () => {
    const [q1] = reportingPeriods(2023, { PROVINCE: 2, DISTRICT: 3, COMMUNE: 0 });
    // 20/3/2023 is a Monday: 18/3 (Sat) → Fri 17/3; districts 14/3 (Tue); communes the same day.
    expect(q1.internalDueDates).toEqual({
      PROVINCE: '2023-03-17',
      DISTRICT: '2023-03-14',
      COMMUNE: '2023-03-14',
    });
  });
});
