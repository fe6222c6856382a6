import { seedLines, seedWithLine } from './plan-seed.test-helper';
import { parsePlanText } from './plan-text.parser';

function decisionProblems(content: string) {
  return parsePlanText(content)
    .problems.filter((p) => p.code.includes('DECISION'))
    .map((p) => [p.line, p.code]);
}

describe('plan header', () => {
  it('reads the number and date once the blanks of the appendix line are filled in', () => {
    const signed = seedWithLine(116, [
      '(Ban hành kèm theo Quyết định số 3600/QĐ-UBND ngày 25/12/2021 của Ủy ban nhân dân tỉnh Quảng Nam)',
    ]);
    expect(parsePlanText(signed).header).toMatchObject({
      decisionNumber: '3600/QĐ-UBND',
      decisionDate: '2021-12-25',
    });
    expect(decisionProblems(signed)).toEqual([]);
  });

  it('reads a "Số:" line and the place-and-date line of a signed header', () => {
    const lines = seedLines();
    const signed = [
      lines[0],
      'Số: 3600/QĐ-UBND',
      'Quảng Nam, ngày 25 tháng 12 năm 2021',
      ...lines.slice(1),
    ].join('\n');
    expect(parsePlanText(signed).header).toMatchObject({
      decisionNumber: '3600/QĐ-UBND',
      decisionDate: '2021-12-25',
    });
    expect(decisionProblems(signed)).toEqual([]);
  });

  it('keeps the number when only the day is blank, and reports the date', () => {
    const half = seedWithLine(116, ['(Ban hành kèm theo Quyết định số 3600/QĐ-UBND ngày \u00a0 /12/2021)']);
    expect(parsePlanText(half).header).toMatchObject({ decisionNumber: '3600/QĐ-UBND', decisionDate: null });
    expect(decisionProblems(half)).toEqual([[116, 'DECISION_DATE_BLANK']]);
  });

  it('never takes a cited act ("Căn cứ Quyết định số 2370/QĐ-UBND …") for the decision', () => {
    const noReference = seedWithLine(116, [
      '(Ban hành kèm theo Quyết định của Ủy ban nhân dân tỉnh Quảng Nam)',
    ]);
    const withoutAppendixTwoLine = noReference.replace(/\(Ban hành kèm theo Quyết định số.*\n/, '');
    expect(parsePlanText(withoutAppendixTwoLine).header.decisionNumber).toBeNull();
    expect(decisionProblems(withoutAppendixTwoLine)).toEqual([[1, 'NO_DECISION_NUMBER']]);
  });

  it('takes the plan year from the title, whatever its case', () => {
    const lower = seedWithLine(2, ['Ban hành Kế hoạch công tác cải cách hành chính năm 2023']);
    expect(parsePlanText(lower).header).toMatchObject({
      title: 'Ban hành Kế hoạch công tác cải cách hành chính năm 2023',
      year: 2023,
    });
  });

  it('reports a title without a year, and dates only the completion times that name one', () => {
    const parse = parsePlanText(seedWithLine(2, ['BAN HÀNH KẾ HOẠCH CÔNG TÁC CẢI CÁCH HÀNH CHÍNH']));
    expect(parse.header.year).toBeNull();
    expect(parse.problems.filter((p) => p.code === 'NO_PLAN_YEAR')).toHaveLength(1);
    const due = new Map(parse.items.map((i) => [i.code, i.dueDate]));
    expect([due.get('3.6'), due.get('3.16'), due.get('DA.1')]).toEqual(['2022-12-31', null, '2022-03-31']);
    expect(parse.problems.find((p) => p.itemCode === '3.16')).toMatchObject({
      code: 'UNKNOWN_DEADLINE',
      message: 'Task 3.16: completion time "Quý I" names no year, and the plan year is unknown',
    });
  });
});
