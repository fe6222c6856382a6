import { isLateSubmission, isReportEditable, nextReportStatus } from './report-workflow';
import { ReportAction, ReportStatus } from './report.enums';

const S = ReportStatus;
const A = ReportAction;

describe('report workflow', () => {
  it.each([
    [S.DRAFT, A.SUBMIT, S.SUBMITTED],
    [S.RETURNED, A.SUBMIT, S.SUBMITTED],
    [S.SUBMITTED, A.ACCEPT, S.ACCEPTED],
    [S.SUBMITTED, A.RETURN, S.RETURNED],
    [S.ACCEPTED, A.REOPEN, S.RETURNED],
  ])('%s + %s → %s', (from, action, to) => {
    expect(nextReportStatus(from, action)).toBe(to);
  });

  it('refuses every other transition', () => {
    const allowed = new Set([
      'DRAFT:SUBMIT',
      'RETURNED:SUBMIT',
      'SUBMITTED:ACCEPT',
      'SUBMITTED:RETURN',
      'ACCEPTED:REOPEN',
    ]);
    for (const from of Object.values(S)) {
      for (const action of Object.values(A)) {
        if (!allowed.has(`${from}:${action}`)) expect(nextReportStatus(from, action)).toBeNull();
      }
    }
  });

  it('is editable only with the agency', () => {
    expect(Object.values(S).filter(isReportEditable)).toEqual([S.DRAFT, S.RETURNED]);
  });

  it('is late only after the due day', () => {
    expect(isLateSubmission('2022-03-10', '2022-03-10')).toBe(false);
    expect(isLateSubmission('2022-03-11', '2022-03-10')).toBe(true);
  });
});
