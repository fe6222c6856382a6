import { dueQuarterLabel, isDueLabel, parseDueLabel, quarterOf } from './due-label';

describe('parseDueLabel', () => {
  it.each([
    // Completion times as the seed writes them (Appendix I with plan year 2022, Appendix II with a year).
    ['2022', '2022-12-31', []],
    ['Quý I', '2022-03-31', [1]],
    ['Quý II', '2022-06-30', [2]],
    ['Quý III', '2022-09-30', [3]],
    ['Quý IV', '2022-12-31', [4]],
    ['Quý II, III', '2022-09-30', [2, 3]],
    ['Quý I/2022', '2022-03-31', [1]],
    ['Quý I, II/2022', '2022-06-30', [1, 2]],
    ['Quý II/2022', '2022-06-30', [2]],
    ['Quý III/2022', '2022-09-30', [3]],
    // Other forms the brief and later plans use.
    ['Năm 2022', '2022-12-31', []],
    ['6 tháng đầu năm', '2022-06-30', []],
    ['6 tháng cuối năm', '2022-12-31', []],
    ['9 tháng đầu năm', '2022-09-30', []],
    ['Tháng 3', '2022-03-31', []],
    ['tháng 3/2022', '2022-03-31', []],
    ['Tháng 11 năm 2022', '2022-11-30', []],
    ['Tháng 3, 6', '2022-06-30', []],
    ['Thường xuyên', '2022-12-31', []],
    ['Hằng năm', '2022-12-31', []],
    ['Hàng năm', '2022-12-31', []],
    ['cả năm', '2022-12-31', []],
    ['Trước ngày 31/01/2022', '2022-01-31', []],
    ['Quý I và quý III', '2022-09-30', [1, 3]],
    ['Từ quý I đến quý III', '2022-09-30', [1, 3]],
    ['Quý I - II', '2022-06-30', [1, 2]],
    // Arabic numerals, no diacritics, other cases.
    ['Quý 2', '2022-06-30', [2]],
    ['Quy II', '2022-06-30', [2]],
    ['quy iv', '2022-12-31', [4]],
    ['QUÝ III', '2022-09-30', [3]],
    ['Quý 1, 2/2022', '2022-06-30', [1, 2]],
    ['Quý I năm 2022', '2022-03-31', [1]],
  ])('%j (plan year 2022) → %s', (label, date, quarters) => {
    expect(parseDueLabel(label, 2022)).toEqual({ date, quarters, label });
  });

  it('lets a year written in the label win over the plan year', () => {
    expect(parseDueLabel('Quý I, II/2022', 2021).date).toBe('2022-06-30');
    expect(parseDueLabel('Năm 2023', 2022).date).toBe('2023-12-31');
    expect(parseDueLabel('tháng 3/2021', 2022).date).toBe('2021-03-31');
  });

  it('knows February of leap years', () => {
    expect(parseDueLabel('Tháng 2', 2024).date).toBe('2024-02-29');
    expect(parseDueLabel('Tháng 2', 2023).date).toBe('2023-02-28');
  });

  it('needs a year from somewhere to date a period', () => {
    expect(parseDueLabel('Quý I', null)).toEqual({ date: null, quarters: [1], label: 'Quý I' });
    expect(parseDueLabel('Quý I/2022', null).date).toBe('2022-03-31');
    expect(parseDueLabel('2022', null).date).toBe('2022-12-31');
  });

  it.each([
    '',
    'Theo Đề án',
    'Sớm nhất có thể',
    'Quý V',
    'Quý V/2022',
    'Tháng 13',
    'Tháng 13/2022',
    'Sở Nội vụ',
    '31/02/2022',
  ])('gives no date for %j', (label) => {
    expect(parseDueLabel(label, 2022)).toEqual({ date: null, quarters: [], label });
  });

  it('reads the same with decomposed (NFD) Unicode', () => {
    expect(parseDueLabel('Quý II, III'.normalize('NFD'), 2022).date).toBe('2022-09-30');
  });
});

describe('isDueLabel', () => {
  it.each([
    '2022',
    'Quý I',
    'Quý IV',
    'Quý II, III',
    'Quý I/2022',
    'Quý I, II/2022',
    'Năm 2022',
    'Thường xuyên',
  ])('%j is a completion time', (text) => {
    expect(isDueLabel(text)).toBe(true);
  });

  it.each([
    'Kinh phí chi thường xuyên',
    'Kinh phí tuyên truyền cải cách hành chính năm 2022',
    'Theo Đề án',
    'Quyết định',
    'Sở Nội vụ',
    'Các Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố',
    'Kế hoạch tổ chức hội nghị của Ủy ban nhân dân tỉnh',
    'Quý V',
    '31/02/2022',
    '',
    '\u00a0',
  ])('%j is not (other cells of the table)', (text) => {
    expect(isDueLabel(text)).toBe(false);
  });
});

describe('quarterOf and dueQuarterLabel', () => {
  it.each([
    ['2022-01-01', 1, 'Quý I/2022'],
    ['2022-03-31', 1, 'Quý I/2022'],
    ['2022-04-01', 2, 'Quý II/2022'],
    ['2022-09-30', 3, 'Quý III/2022'],
    ['2022-10-01', 4, 'Quý IV/2022'],
    ['2023-12-31', 4, 'Quý IV/2023'],
  ])('%s is in quarter %i (%s)', (date, quarter, label) => {
    expect(quarterOf(date)).toBe(quarter);
    expect(dueQuarterLabel(date)).toBe(label);
  });

  it('rejects malformed dates', () => {
    expect(() => quarterOf('2022-13-01')).toThrow(RangeError);
  });

  it('round-trips: the label of a due date parses back to the end of its quarter', () => {
    expect(parseDueLabel(dueQuarterLabel('2022-05-10'), null).date).toBe('2022-06-30');
  });
});
