import { SurveyScope, SurveyStatus } from '@partrack/shared';
import { DomainError } from '../common/errors/domain-error';
import { checkedPeriod, checkScope, checkStatusChange, questionRows } from './survey-definition';

/** The field a DomainError names. */
function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.fields[0]?.field : undefined;
  }
  return undefined;
}

const question = (code: string, aspectCode = '1', aspectTitle = 'Tiếp cận') => ({
  code,
  aspectCode,
  aspectTitle,
  text: `Câu ${code}`,
});

describe('survey definition rules', () => {
  it('takes the year, a half or a quarter of it, trimmed', () => {
    expect(checkedPeriod(' 2024-H2 ', 2024)).toBe('2024-H2');
    expect(checkedPeriod('2024-Q3', 2024)).toBe('2024-Q3');
    expect(fieldOf(() => checkedPeriod('2023', 2024))).toBe('period');
    expect(fieldOf(() => checkedPeriod('2024-q3', 2024))).toBe('period');
  });

  it('wants the agency for AGENCY only and the sector for SECTOR only', () => {
    expect(fieldOf(() => checkScope({ scope: SurveyScope.AGENCY }))).toBe('agencyId');
    expect(fieldOf(() => checkScope({ scope: SurveyScope.PROVINCE, agencyId: 'a' }))).toBe('agencyId');
    expect(fieldOf(() => checkScope({ scope: SurveyScope.SECTOR }))).toBe('sector');
    expect(fieldOf(() => checkScope({ scope: SurveyScope.AGENCY, agencyId: 'a', sector: 'LAND' }))).toBe(
      'sector',
    );
    expect(fieldOf(() => checkScope({ scope: SurveyScope.PROVINCE }))).toBeUndefined();
  });

  it('numbers questions in order; codes unique, one title per aspect', () => {
    expect(questionRows([question('1.1'), question('2.1', '2', 'Thủ tục')]).map((q) => q.position)).toEqual([
      1, 2,
    ]);
    expect(fieldOf(() => questionRows([question('1.1'), question('1.1')]))).toBe('questions.1.code');
    expect(fieldOf(() => questionRows([question('1.1'), question('1.2', '1', 'Khác')]))).toBe(
      'questions.1.aspectTitle',
    );
  });

  it('goes DRAFT → OPEN → CLOSED and back to OPEN, never back to DRAFT', () => {
    expect(checkStatusChange(SurveyStatus.DRAFT, SurveyStatus.OPEN)).toBe(SurveyStatus.OPEN);
    expect(checkStatusChange(SurveyStatus.OPEN, SurveyStatus.CLOSED)).toBe(SurveyStatus.CLOSED);
    expect(checkStatusChange(SurveyStatus.CLOSED, SurveyStatus.OPEN)).toBe(SurveyStatus.OPEN);
    expect(checkStatusChange(SurveyStatus.OPEN, undefined)).toBe(SurveyStatus.OPEN);
    expect(fieldOf(() => checkStatusChange(SurveyStatus.OPEN, SurveyStatus.DRAFT))).toBe('status');
    expect(fieldOf(() => checkStatusChange(SurveyStatus.DRAFT, SurveyStatus.CLOSED))).toBe('status');
  });
});
