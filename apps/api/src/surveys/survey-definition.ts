import { parsePeriod, SurveyScope, SurveyStatus } from '@partrack/shared';
import { badField } from '../common/errors/domain-error';
import { SurveyQuestionInput } from './dto/survey.input';

/** The period, trimmed, if it is the survey's year or a half or quarter of it; BAD_USER_INPUT otherwise. */
export function checkedPeriod(value: string, year: number): string {
  const period = value.trim();
  if (parsePeriod(period)?.year !== year) throw badField('period', 'survey.period', { value, year });
  return period;
}

/** Agency and sector as the scope wants them: required where it asks about one, refused elsewhere. */
export function checkScope(input: {
  scope: SurveyScope;
  agencyId?: string | null;
  sector?: string | null;
}): void {
  if (input.scope === SurveyScope.AGENCY && !input.agencyId)
    throw badField('agencyId', 'survey.agencyRequired');
  if (input.scope !== SurveyScope.AGENCY && input.agencyId) throw badField('agencyId', 'survey.notForScope');
  if (input.scope === SurveyScope.SECTOR && !input.sector) throw badField('sector', 'survey.sectorRequired');
  if (input.scope !== SurveyScope.SECTOR && input.sector) throw badField('sector', 'survey.notForScope');
}

export interface QuestionRow {
  code: string;
  aspectCode: string;
  aspectTitle: string;
  position: number;
  text: string;
}

/**
 * Questions trimmed and numbered in the order given. Codes are unique (they are the XLSX columns) and an
 * aspect has one title, or its results would be shown under two names.
 */
export function questionRows(questions: readonly SurveyQuestionInput[]): QuestionRow[] {
  const codes = new Set<string>();
  const aspectTitles = new Map<string, string>();
  return questions.map((q, i) => {
    const row = {
      code: q.code.trim(),
      aspectCode: q.aspectCode.trim(),
      aspectTitle: q.aspectTitle.trim(),
      position: i + 1,
      text: q.text.trim(),
    };
    if (codes.has(row.code))
      throw badField(`questions.${i}.code`, 'survey.duplicateCode', { code: row.code });
    codes.add(row.code);
    const title = aspectTitles.get(row.aspectCode);
    if (title !== undefined && title !== row.aspectTitle)
      throw badField(`questions.${i}.aspectTitle`, 'survey.aspectTitle', { code: row.aspectCode });
    aspectTitles.set(row.aspectCode, row.aspectTitle);
    return row;
  });
}

const NEXT_STATUSES: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  [SurveyStatus.DRAFT]: [SurveyStatus.OPEN],
  [SurveyStatus.OPEN]: [SurveyStatus.CLOSED],
  [SurveyStatus.CLOSED]: [SurveyStatus.OPEN],
};

/** DRAFT → OPEN → CLOSED, and CLOSED → OPEN to take late results; staying put is no change. */
export function checkStatusChange(from: SurveyStatus, to: SurveyStatus | undefined): SurveyStatus {
  if (to === undefined || to === from) return from;
  if (!NEXT_STATUSES[from].includes(to)) throw badField('status', 'survey.statusChange', { from, to });
  return to;
}
