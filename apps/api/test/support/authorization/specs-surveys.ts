import { SurveyImportShape, SurveyScope, SurveyStatus } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { Agency } from '../../../src/agencies/agency.entity';
import { buildCountsXlsx, FIRST_DATA_ROW } from '../../../src/surveys/formats/survey-results-xlsx';
import { SurveysService } from '../../../src/surveys/surveys.service';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { freshIndicator, provinceRoot } from './objects';
import { sql } from './runner';
import { World } from './world';

const QUESTIONS = [
  { code: '1.1', aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
];

/** A DRAFT survey of the agency's province about the agency's own desk. */
function freshSurvey(w: World, agency: Agency) {
  return w.t.app.get(SurveysService).create(w.adminCaller, {
    year: 2024,
    period: '2024',
    title: `Khảo sát ${w.code('KS')}`,
    scope: SurveyScope.AGENCY,
    agencyId: agency.id,
    questions: QUESTIONS,
    provinceId: provinceRoot(w, agency).id,
  });
}

/** Satisfaction surveys: defined in the province's name, so by coordinators (SURVEY_MANAGE) only. */
export const SURVEY_SPECS: MutationSpec[] = [
  {
    mutation: 'createSurvey',
    permission: 'SURVEY_MANAGE',
    on: (w, agency) => {
      const title = `Khảo sát ${w.code('KS')}`;
      return {
        query: 'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { title status } }',
        variables: {
          i: {
            year: 2024,
            period: '2024',
            title,
            scope: 'AGENCY',
            agencyId: agency.id,
            questions: QUESTIONS,
            provinceId: provinceRoot(w, agency).id,
          },
        },
        probe: countOf(w, 'survey', 'title = $1', [title]),
        verify: (d) => expect(d.createSurvey).toEqual({ title, status: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'updateSurvey',
    permission: 'SURVEY_MANAGE',
    on: async (w, agency) => {
      const s = await freshSurvey(w, agency);
      return {
        query: 'mutation($i: UpdateSurveyInput!) { updateSurvey(input: $i) { title } }',
        variables: { i: { id: s.id, version: s.version, title: 'Khảo sát đổi tên' } },
        probe: rowOf(w, 'survey', 'title, version', s.id),
        verify: (d) => expect(d.updateSurvey).toEqual({ title: 'Khảo sát đổi tên' }),
      };
    },
  },
  {
    mutation: 'importSurveyResults',
    permission: 'SURVEY_MANAGE',
    on: async (w, agency) => {
      const draft = await freshSurvey(w, agency);
      const s = await w.t.app
        .get(SurveysService)
        .update(w.adminCaller, { id: draft.id, version: draft.version, status: SurveyStatus.OPEN });
      const template = await buildCountsXlsx(s.title, QUESTIONS, [{ code: agency.code, name: agency.name }]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(template).buffer);
      workbook.worksheets[0].getRow(FIRST_DATA_ROW).getCell(9).value = 7;
      const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      return {
        query:
          'mutation($i: ImportSurveyResultsInput!) { importSurveyResults(input: $i) { applied respondents } }',
        variables: {
          i: { surveyId: s.id, shape: SurveyImportShape.COUNTS, fileBase64: file, dryRun: false },
        },
        probe: countOf(w, 'survey_result', 'survey_id = $1', [s.id]),
        verify: (d) => expect(d.importSurveyResults).toEqual({ applied: true, respondents: 7 }),
      };
    },
  },
  {
    mutation: 'recordSurveyMeasurements',
    permission: 'SURVEY_MANAGE',
    on: async (w, agency) => {
      // 4 of 5 answers satisfied: 80, recorded as the agency's 2022-Q1 figure of a fresh indicator.
      const s = await freshSurvey(w, agency);
      const indicator = await freshIndicator(w, agency, true);
      const [question] = (await sql(w, 'SELECT id FROM survey_question WHERE survey_id = $1', [s.id])) as {
        id: string;
      }[];
      await sql(
        w,
        `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count)
         VALUES ($1, $2, $3, 5, 4), ($1, $2, $3, 1, 1)`,
        [s.id, agency.id, question.id],
      );
      return {
        query:
          'mutation($i: RecordSurveyMeasurementsInput!) { recordSurveyMeasurements(input: $i) { recorded } }',
        variables: { i: { surveyId: s.id, indicatorId: indicator.id, period: '2022-Q1' } },
        probe: countOf(w, 'measurement', 'indicator_id = $1 AND value = 80', [indicator.id]),
        verify: (d) => expect(d.recordSurveyMeasurements).toEqual({ recorded: 1 }),
      };
    },
  },
];
