import { describe, expect, it } from 'vitest';
import { InspectionFindingStatus, InspectionReasonCode } from '@partrack/shared';
import { byMonth, inspectionPath, openFindingCount, reasonText, targetOfLevel } from './inspection.util';

const vietnamese = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

describe('inspection helpers', () => {
  it('builds the paths under /kiem-tra', () => {
    expect(inspectionPath('p-1', 'i-1')).toBe('/kiem-tra/p-1/i-1');
    expect(inspectionPath('p-2', 'i-9')).toBe('/kiem-tra/p-2/i-9');
  });

  it('gives each reason its sentence and its figure in the language’s number format', () => {
    expect(reasonText({ code: InspectionReasonCode.LOW_PAR_INDEX, value: 72.5 }, vietnamese)).toEqual({
      key: 'inspection.reason.LOW_PAR_INDEX',
      params: { year: undefined, value: '72,5', count: undefined },
    });
    expect(
      reasonText({ code: InspectionReasonCode.NOT_INSPECTED_SINCE, year: 2019 }, vietnamese).params.year,
    ).toBe(2019);
    expect(reasonText({ code: InspectionReasonCode.OVERDUE_TASKS, count: 3 }, vietnamese).params.count).toBe(
      3,
    );
  });

  it('orders by month with the unscheduled last, then by agency name', () => {
    const rows = [
      { month: null, agency: { name: 'Sở Y tế' } },
      { month: 4, agency: { name: 'Sở Tư pháp' } },
      { month: 4, agency: { name: 'Sở Công Thương' } },
      { month: 1, agency: { name: 'UBND xã A' } },
    ];
    expect([...rows].sort(byMonth).map((row) => row.agency.name)).toEqual([
      'UBND xã A',
      'Sở Công Thương',
      'Sở Tư pháp',
      'Sở Y tế',
    ]);
  });

  it('counts open findings and reads the target of a level', () => {
    expect(
      openFindingCount([
        { status: InspectionFindingStatus.OPEN },
        { status: InspectionFindingStatus.CLOSED },
        { status: InspectionFindingStatus.OPEN },
      ]),
    ).toBe(2);
    const plan = { coverageProvince: 30, coverageDistrict: 40, coverageCommune: 20 };
    expect(targetOfLevel(plan, 'DISTRICT')).toBe(40);
    expect(targetOfLevel(plan, null)).toBeNull();
  });
});
