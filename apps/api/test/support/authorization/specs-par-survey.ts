import {
  ParCriterionLevel as L,
  ParScoringMethod as M,
  ParTargetGroup,
  parTargetGroupOf,
  SurveyScope,
} from '@partrack/shared';
import ExcelJS from 'exceljs';
import { Agency } from '../../../src/agencies/agency.entity';
import { buildParSurveyXlsx, FIRST_DATA_ROW } from '../../../src/par-index/formats/par-survey-xlsx';
import { ParCyclesService } from '../../../src/par-index/par-cycles.service';
import { ParFrameworkBuilder } from '../../../src/par-index/par-framework.builder';
import { SurveysService } from '../../../src/surveys/surveys.service';
import { countOf } from './mutation-spec';
import { provinceRoot } from './objects';
import { Attempt, sql } from './runner';
import { World } from './world';

/** Years of their own (cycles are one a year), apart from specs-par-index.ts's 2101 onwards. */
let nextYear = 2600;

/**
 * importParSurveyPoints on a fresh cycle of the agency's province whose framework has one survey item: the
 * agency's rate of 85.5 % on it. A coordinator's (PAR_CYCLE_MANAGE), province-wide.
 */
/** A fresh cycle of the agency's province whose framework has one survey item (1.1, 10 points). */
async function surveyCycle(w: World, agency: Agency) {
  const year = nextYear++;
  const provinceId = provinceRoot(w, agency).id;
  const framework = await w.t.app.get(ParFrameworkBuilder).createFromDefinition(
    null,
    provinceId,
    year,
    {
      name: `Bộ tiêu chí ${w.code('KS')}`,
      targetGroup: parTargetGroupOf(agency) ?? ParTargetGroup.DISTRICT,
      totalPoints: 100,
      bands: [],
      criteria: [
        { code: '1', parentCode: null, level: L.AREA, title: 'Lĩnh vực', maxPoints: 100, method: null },
        {
          code: '1.1',
          parentCode: '1',
          level: L.CRITERION,
          title: 'Hài lòng',
          maxPoints: 10,
          method: M.SURVEY,
        },
        { code: '1.2', parentCode: '1', level: L.CRITERION, title: 'Dữ liệu', maxPoints: 90, method: M.DATA },
      ],
    },
    { lock: true },
  );
  const cycle = await w.t.app.get(ParCyclesService).open(w.adminCaller, {
    year,
    name: `Chỉ số CCHC năm ${year}`,
    frameworkIds: [framework.id],
    selfAssessmentDue: `${year}-12-31`,
    explanationDays: 5,
    provinceId,
  });
  const [assessment] = (await sql(w, 'SELECT id FROM par_assessment WHERE cycle_id = $1 AND agency_id = $2', [
    cycle.id,
    agency.id,
  ])) as { id: string }[];
  return { cycle, assessmentId: assessment?.id ?? null };
}

export async function surveyImportAttempt(w: World, agency: Agency): Promise<Attempt> {
  const { cycle, assessmentId } = await surveyCycle(w, agency);
  const workbook = new ExcelJS.Workbook();
  const template = await buildParSurveyXlsx(cycle.name, [
    {
      agencyCode: agency.code,
      agencyName: agency.name,
      itemCode: '1.1',
      itemTitle: 'Hài lòng',
      maxPoints: 10,
    },
  ]);
  await workbook.xlsx.load(new Uint8Array(template).buffer);
  workbook.worksheets[0].getRow(FIRST_DATA_ROW).getCell(6).value = 85.5;
  const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  return {
    query:
      'mutation($i: ImportParSurveyPointsInput!) { importParSurveyPoints(input: $i) { applied changed problems { code } } }',
    variables: { i: { cycleId: cycle.id, fileBase64: file, dryRun: false } },
    probe: countOf(w, 'par_score', 'assessment_id = $1 AND appraised_points = 8.55', [assessmentId]),
    verify: (d) => expect(d.importParSurveyPoints).toEqual({ applied: true, changed: 1, problems: [] }),
  };
}

/**
 * applyParSurveyResults on such a cycle: a survey of the province in which the agency has 4 of 5 satisfied
 * answers (80 %), so its item 1.1 gets 8 points. A coordinator's (PAR_CYCLE_MANAGE), province-wide.
 */
export async function surveyFeedAttempt(w: World, agency: Agency): Promise<Attempt> {
  const { cycle, assessmentId } = await surveyCycle(w, agency);
  const survey = await w.t.app.get(SurveysService).create(w.adminCaller, {
    year: cycle.year,
    period: String(cycle.year),
    title: `Khảo sát ${w.code('KS')}`,
    scope: SurveyScope.PROVINCE,
    provinceId: provinceRoot(w, agency).id,
    questions: [{ code: '1', aspectCode: '1', aspectTitle: 'Chung', text: 'Hài lòng chung' }],
  });
  const [question] = (await sql(w, 'SELECT id FROM survey_question WHERE survey_id = $1', [survey.id])) as {
    id: string;
  }[];
  await sql(
    w,
    `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count) VALUES ($1, $2, $3, 5, 4), ($1, $2, $3, 2, 1)`,
    [survey.id, agency.id, question.id],
  );
  return {
    query:
      'mutation($i: ApplyParSurveyResultsInput!) { applyParSurveyResults(input: $i) { applied changed problems { code } } }',
    variables: {
      i: { cycleId: cycle.id, sources: [{ criterionCode: '1.1', surveyId: survey.id }], dryRun: false },
    },
    probe: countOf(w, 'par_score', 'assessment_id = $1 AND appraised_points = 8', [assessmentId]),
    verify: (d) => expect(d.applyParSurveyResults).toEqual({ applied: true, changed: 1, problems: [] }),
  };
}
