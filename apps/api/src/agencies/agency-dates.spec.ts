import { isValidOn } from './agency-dates';
import { todayInVietnam } from '../common/time/vietnam-time';

describe('agency dates', () => {
  it('reads today in Vietnam (UTC+7), not in UTC', () => {
    expect(todayInVietnam(new Date('2022-03-31T16:59:59Z'))).toBe('2022-03-31');
    expect(todayInVietnam(new Date('2022-03-31T17:00:00Z'))).toBe('2022-04-01');
  });

  it('treats validTo as the first day an agency no longer exists', () => {
    const merged = { validFrom: '2020-01-01', validTo: '2025-03-01' };
    expect(isValidOn(merged, '2025-02-28')).toBe(true);
    expect(isValidOn(merged, '2025-03-01')).toBe(false);
    expect(isValidOn(merged, '2019-12-31')).toBe(false);
  });
});
