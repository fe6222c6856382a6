import fc from 'fast-check';
import { aggregateSatisfaction } from './survey-aggregation';
import { countAnswers, satisfaction, sumCounts } from './survey-satisfaction';

const counts = fc.array(fc.nat({ max: 100_000 }), { minLength: 6, maxLength: 6 });
const satisfiedLevels = fc.integer({ min: 1, max: 4 });
/** An answer as a respondent gives it: a level, a blank, or something off the scale. */
const answer = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(null), fc.constantFrom(0, 6, 2.5, 'x'));

describe('satisfaction (properties)', () => {
  it('a share lies in [0, 100] with at most two decimals', () => {
    fc.assert(
      fc.property(counts, satisfiedLevels, (c, n) => {
        const { share, valid } = satisfaction(c, n);
        if (valid === 0) return share === null;
        return (
          share !== null &&
          share >= 0 &&
          share <= 100 &&
          Math.abs(share * 100 - Math.round(share * 100)) < 1e-6
        );
      }),
    );
  });

  it('counting more levels as satisfied never lowers the share', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 3 }), (c, n) => {
        const fewer = satisfaction(c, n).share ?? 0;
        const more = satisfaction(c, n + 1).share ?? 0;
        return more >= fewer;
      }),
    );
  });

  it('aggregating counts gives what aggregating respondents gives', () => {
    // Respondents answer 1–6 questions spread over up to 3 aspects.
    const survey = fc.integer({ min: 1, max: 6 }).chain((questionCount) =>
      fc.record({
        aspects: fc.array(fc.constantFrom('A', 'B', 'C'), {
          minLength: questionCount,
          maxLength: questionCount,
        }),
        respondents: fc.array(fc.array(answer, { minLength: questionCount, maxLength: questionCount }), {
          maxLength: 60,
        }),
        levels: satisfiedLevels,
      }),
    );
    fc.assert(
      fc.property(survey, ({ aspects, respondents, levels }) => {
        const questions = aspects.map((aspectCode, i) => ({ id: `q${i}`, aspectCode }));
        const byQuestion = new Map(
          questions.map((q, i) => [q.id, countAnswers(respondents.map((row) => row[i]))] as const),
        );
        const result = aggregateSatisfaction(questions, byQuestion, levels);
        // Directly from the respondents: every answer of the aspect's questions, pooled.
        for (const aspect of result.aspects) {
          const answers = respondents.flatMap((row) =>
            row.filter((_, i) => questions[i].aspectCode === aspect.aspectCode),
          );
          expect(aspect.counts).toEqual(countAnswers(answers));
          expect(aspect.share).toBe(satisfaction(countAnswers(answers), levels).share);
        }
        expect(result.overall.counts).toEqual(countAnswers(respondents.flat()));
        expect(result.overall.counts).toEqual(sumCounts(result.aspects.map((a) => a.counts)));
      }),
    );
  });
});
