import { Satisfaction, SurveyCounts, emptyCounts, satisfaction, sumCounts } from './survey-satisfaction';

export interface SurveyQuestionRef {
  readonly id: string;
  readonly aspectCode: string;
}

export interface QuestionSatisfaction extends Satisfaction {
  readonly questionId: string;
  readonly counts: readonly number[];
}

export interface AspectSatisfaction extends Satisfaction {
  readonly aspectCode: string;
  readonly counts: readonly number[];
}

export interface SurveySatisfaction {
  readonly questions: readonly QuestionSatisfaction[];
  readonly aspects: readonly AspectSatisfaction[];
  readonly overall: Satisfaction & { readonly counts: readonly number[] };
}

/**
 * Question → aspect → survey. An aspect's (and the survey's) share pools the answers of its questions: it is
 * the share of all valid answers, not an average of question shares, so a question few people answered weighs
 * less. Questions keep their order; aspects come in the order of their first question.
 */
export function aggregateSatisfaction(
  questions: readonly SurveyQuestionRef[],
  countsByQuestion: ReadonlyMap<string, SurveyCounts>,
  satisfiedLevels: number,
): SurveySatisfaction {
  const byAspect = new Map<string, SurveyCounts[]>();
  const questionRows = questions.map((q) => {
    const counts = [...(countsByQuestion.get(q.id) ?? emptyCounts())];
    const list = byAspect.get(q.aspectCode) ?? [];
    list.push(counts);
    byAspect.set(q.aspectCode, list);
    return { questionId: q.id, counts, ...satisfaction(counts, satisfiedLevels) };
  });
  const aspects = [...byAspect.entries()].map(([aspectCode, list]) => {
    const counts = sumCounts(list);
    return { aspectCode, counts, ...satisfaction(counts, satisfiedLevels) };
  });
  const overallCounts = sumCounts(questionRows.map((q) => q.counts));
  return {
    questions: questionRows,
    aspects,
    overall: { counts: overallCounts, ...satisfaction(overallCounts, satisfiedLevels) },
  };
}
