import { SurveyScope, surveyPoints } from '@partrack/shared';
import { createTestApp, TestApp } from '../support/test-app';
import { APPLY_SURVEY_RESULTS } from './par-ranking.documents';
import { openYear, rankingWorld, RankingWorld, Year } from './par-ranking.setup';
import { CREATE_SURVEY } from './surveys.documents';

describe("PAR Index survey points from partrack's satisfaction surveys", () => {
  let t: TestApp;
  let w: RankingWorld;
  let year: Year;
  let surveyId: string;

  const apply = (
    sources: { criterionCode: string; surveyId: string }[],
    dryRun: boolean,
    token = w.token.coordinator,
  ) => t.gql(APPLY_SURVEY_RESULTS, { i: { cycleId: year.cycleId, sources, dryRun } }, { token });
  /** Stored survey points of the cycle: "agency item points". */
  const stored = async (): Promise<string[]> => {
    const rows: { row: string }[] = await t.dataSource.query(
      `SELECT a.code || ' ' || c.code || ' ' || s.appraised_points AS row
         FROM par_score s JOIN par_assessment x ON x.id = s.assessment_id JOIN agency a ON a.id = x.agency_id
         JOIN par_criterion c ON c.id = s.criterion_id
        WHERE x.cycle_id = $1 AND c.method = 'SURVEY' ORDER BY 1`,
      [year.cycleId],
    );
    return rows.map((r) => r.row);
  };
  /** Answers of one agency to the survey's one question: count per level 1–5. */
  const answers = async (agencyCode: string, questionId: string, byLevel: number[]) => {
    const [agency] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM agency WHERE code = $1`, [
      agencyCode,
    ]);
    for (const [i, count] of byLevel.entries())
      if (count > 0)
        await t.dataSource.query(
          `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count) VALUES ($1, $2, $3, $4, $5)`,
          [surveyId, agency.id, questionId, i + 1, count],
        );
    await t.dataSource.query(
      `INSERT INTO survey_respondents (survey_id, agency_id, respondents, source) VALUES ($1, $2, $3, 'COUNTS')`,
      [surveyId, agency.id, byLevel.reduce((a, b) => a + b, 0)],
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await rankingWorld(t, 'PF');
    year = await openYear(t, w, 2035);
    const created = await t.gql(
      CREATE_SURVEY,
      {
        i: {
          year: 2035,
          period: '2035',
          title: 'Khảo sát sự hài lòng của người dân',
          scope: SurveyScope.PROVINCE,
          questions: [{ code: '1', aspectCode: '1', aspectTitle: 'Chung', text: 'Hài lòng chung' }],
        },
      },
      { token: w.token.coordinator },
    );
    const survey = created.data!.createSurvey;
    surveyId = survey.id;
    // Sở Nội vụ 9 of 10 satisfied (levels 4–5): 90 %; district 1: 3 of 4: 75 %; nobody else answered.
    await answers('PF-SNV', survey.questions[0].id, [0, 1, 0, 1, 8]);
    await answers('PF-D1', survey.questions[0].id, [1, 0, 0, 0, 3]);
  });
  afterAll(() => t.close());

  it("gives the item maximum × the agency's satisfaction; a dry run writes nothing; agencies without results are skipped", async () => {
    const before = await stored();
    const dry = await apply([{ criterionCode: '2.1', surveyId }], true);
    expect(dry.errors).toBeUndefined();
    // Every assessment of the cycle has item 2.1: two with results, the others skipped.
    expect(dry.data!.applyParSurveyResults).toMatchObject({
      dryRun: true,
      applied: false,
      rows: 2,
      changed: 2,
    });
    expect(dry.data!.applyParSurveyResults.skipped).toBe(year.assessments.size - 2);
    expect(await stored()).toEqual(before);

    const real = await apply([{ criterionCode: ' 2.1 ', surveyId }], false);
    expect(real.data!.applyParSurveyResults).toMatchObject({
      applied: true,
      rows: 2,
      changed: 2,
      problems: [],
    });
    expect(await stored()).toEqual([
      `PF-D1 2.1 ${surveyPoints(25, 75).toFixed(2)}`,
      `PF-SNV 2.1 ${surveyPoints(25, 90).toFixed(2)}`,
    ]);
    expect(surveyPoints(25, 90)).toBe(22.5);

    const again = await apply([{ criterionCode: '2.1', surveyId }], false);
    expect(again.data!.applyParSurveyResults).toMatchObject({ changed: 0, unchanged: 2 });
  });

  it('leaves a finalised assessment alone: nothing is written and the agency is named', async () => {
    await t.dataSource.query(`UPDATE par_assessment SET status = 'FINALISED' WHERE id = $1`, [
      year.assessments.get('PF-SNV'),
    ]);
    try {
      const res = await apply([{ criterionCode: '2.2', surveyId }], false);
      expect(res.data!.applyParSurveyResults).toMatchObject({
        applied: false,
        problems: [{ line: 1, code: 'parSurvey.assessmentFinalised' }],
      });
      expect((await stored()).filter((r) => r.includes(' 2.2 '))).toEqual([]);
    } finally {
      await t.dataSource.query(`UPDATE par_assessment SET status = 'DRAFT' WHERE id = $1`, [
        year.assessments.get('PF-SNV'),
      ]);
    }
  });

  it.each([
    ['an item no framework has', [{ criterionCode: '9.9' }], 'sources.0.criterionCode'],
    ['a MANUAL item', [{ criterionCode: '3.1' }], 'sources.0.criterionCode'],
    ['the same item twice', [{ criterionCode: '2.1' }, { criterionCode: '2.1' }], 'sources.1.criterionCode'],
    ['a malformed survey id', [{ criterionCode: '2.1', surveyId: 'x' }], 'sources.0.surveyId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, sources, field) => {
    const before = await stored();
    const res = await apply(
      sources.map((s) => ({ surveyId, ...s })),
      false,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain(field);
    expect(await stored()).toEqual(before);
  });

  it('answers NOT_FOUND for a survey or a cycle out of reach', async () => {
    const missing = await apply(
      [{ criterionCode: '2.1', surveyId: '00000000-0000-4000-8000-00000000abcd' }],
      true,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreign = await apply([{ criterionCode: '2.1', surveyId }], true, w.token.other);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
