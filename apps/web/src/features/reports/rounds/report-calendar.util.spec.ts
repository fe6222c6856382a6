import { describe, expect, it } from 'vitest';
import { AgencyLevel, ReportRoundKind } from '@partrack/shared';
import { calendarPeriods, calendarRound } from '../report.fixtures';
import { calendarRows } from './report-calendar.util';

describe('calendarRows', () => {
  it('lists the four periodic reports, opened or not, and the ad hoc rounds by due date', () => {
    const rows = calendarRows(calendarPeriods(2022), [
      calendarRound('r-h1', ReportRoundKind.H1, { title: 'Báo cáo 6 tháng' }),
      calendarRound('r-adhoc', ReportRoundKind.AD_HOC, {
        title: 'Báo cáo đột xuất Đề án 06',
        period: '2022-Q2',
        dueDate: '2022-05-10',
        dueProvince: '2022-05-10',
        dueDistrict: '2022-05-10',
        dueCommune: '2022-05-10',
        levels: [AgencyLevel.PROVINCE],
      }),
    ]);
    expect(rows.map((row) => [row.kind, row.title, row.dueDate])).toEqual([
      [ReportRoundKind.Q1, null, '2022-03-20'],
      [ReportRoundKind.AD_HOC, 'Báo cáo đột xuất Đề án 06', '2022-05-10'],
      [ReportRoundKind.H1, 'Báo cáo 6 tháng', '2022-06-20'],
      [ReportRoundKind.Q3, null, '2022-09-20'],
      [ReportRoundKind.YEAR, null, '2022-12-20'],
    ]);
    expect(rows[0].round).toBeNull();
    expect(rows[2].round?.id).toBe('r-h1');
  });

  it('shows the due date of every level, or only of the levels an ad hoc round asks', () => {
    const rows = calendarRows(calendarPeriods(2022), [
      calendarRound('r-adhoc', ReportRoundKind.AD_HOC, {
        levels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT],
      }),
    ]);
    // 20/3/2022 is a Sunday: departments hand in on Friday 18/3, districts five days earlier (13/3, a Sunday,
    // so Friday 11/3), communes five days before that (6/3 → Friday 4/3).
    const q1 = rows.find((row) => row.kind === ReportRoundKind.Q1)!;
    expect(q1.dueByLevel).toEqual([
      { level: AgencyLevel.PROVINCE, date: '2022-03-18' },
      { level: AgencyLevel.DISTRICT, date: '2022-03-11' },
      { level: AgencyLevel.COMMUNE, date: '2022-03-04' },
    ]);
    const adHoc = rows.find((row) => row.kind === ReportRoundKind.AD_HOC)!;
    expect(adHoc.dueByLevel.map((due) => due.level)).toEqual([AgencyLevel.PROVINCE, AgencyLevel.DISTRICT]);
  });
});
