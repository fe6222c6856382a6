import type { PublicSurveyForm } from '@partrack/shared';

/** A survey period ("2022", "2022-H1", "2022-Q3") as the parts a sentence needs. */
export type PeriodParts =
  | { kind: 'year'; year: number }
  | { kind: 'half' | 'quarter'; year: number; n: number }
  | { kind: 'other'; text: string };

export function periodParts(period: string): PeriodParts {
  const match = /^(\d{4})(?:-([HQ])([1-4]))?$/.exec(period);
  if (!match) return { kind: 'other', text: period };
  const year = Number(match[1]);
  if (!match[2]) return { kind: 'year', year };
  return { kind: match[2] === 'H' ? 'half' : 'quarter', year, n: Number(match[3]) };
}

/** The answers to send: every chosen level, in the survey's order (questions left out count as no answer). */
export function answersOf(
  form: PublicSurveyForm,
  chosen: Readonly<Record<string, number>>,
): { questionId: string; level: number }[] {
  return form.aspects.flatMap((aspect) =>
    aspect.questions.flatMap((q) => (chosen[q.id] ? [{ questionId: q.id, level: chosen[q.id] }] : [])),
  );
}
