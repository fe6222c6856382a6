import { ParCriterionLevel, ParScoringMethod, ParTargetGroup, parTargetGroupOf } from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { buildParFrameworkXlsx } from '../../../src/par-index/formats';
import { ParCriteriaService } from '../../../src/par-index/par-criteria.service';
import { ParCyclesService } from '../../../src/par-index/par-cycles.service';
import { ParFrameworkBuilder } from '../../../src/par-index/par-framework.builder';
import { ParFrameworksService } from '../../../src/par-index/par-frameworks.service';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { sql } from './runner';
import { provinceRoot, Versioned } from './objects';
import { surveyImportAttempt, surveyFeedAttempt } from './specs-par-survey';
import { World } from './world';

/** A DRAFT framework of the agency's province with one area worth its 100 points (so it can be locked). */
async function freshFramework(w: World, agency: Agency): Promise<Versioned & { areaId: string }> {
  const framework = await w.t.app.get(ParFrameworksService).create(w.adminCaller, {
    year: 2030,
    targetGroup: ParTargetGroup.DEPARTMENT,
    name: `Bộ tiêu chí ${w.code('BTC')}`,
    provinceId: provinceRoot(w, agency).id,
  });
  const area = await w.t.app.get(ParCriteriaService).create(w.adminCaller, {
    frameworkId: framework.id,
    code: '1',
    title: 'Công tác chỉ đạo, điều hành',
    maxPoints: 100,
    method: ParScoringMethod.DATA,
  });
  return { id: framework.id, version: framework.version, areaId: area.id };
}

/**
 * A province has one cycle a year: every fresh cycle takes a year of its own. Fixtures made by services go
 * past 2100 (the database takes years to 2999); cycles opened through the API, which takes years to 2100,
 * count from 2027 so the two never meet.
 */
let nextYear = 2101;
let nextApiYear = 2027;

/** A LOCKED framework of `year` for `group`: one area of 1 point on a scale, 99 computed. */
async function lockedFramework(w: World, agency: Agency, year: number, group: ParTargetGroup) {
  return w.t.app.get(ParFrameworkBuilder).createFromDefinition(
    null,
    provinceRoot(w, agency).id,
    year,
    {
      name: `Bộ tiêu chí ${w.code('CYC')}`,
      targetGroup: group,
      totalPoints: 100,
      bands: [],
      criteria: [
        {
          code: '1',
          parentCode: null,
          level: ParCriterionLevel.AREA,
          title: 'Lĩnh vực',
          maxPoints: 100,
          method: null,
        },
        {
          code: '1.1',
          parentCode: '1',
          level: ParCriterionLevel.CRITERION,
          title: 'Thang điểm',
          maxPoints: 1,
          method: ParScoringMethod.MANUAL,
          options: [
            { label: 'Đạt', points: 1 },
            { label: 'Không', points: 0 },
          ],
        },
        {
          code: '1.2',
          parentCode: '1',
          level: ParCriterionLevel.CRITERION,
          title: 'Dữ liệu',
          maxPoints: 99,
          method: ParScoringMethod.DATA,
        },
      ],
    },
    { lock: true },
  );
}

/**
 * The agency's assessment in a fresh cycle of its province, with the id of its one self-scored item. A
 * fixture that needs a real year (a plan of the next year, say) passes one of its own, before 2027.
 */
export async function freshAssessment(w: World, agency: Agency, scored: boolean, year = nextYear++) {
  const group = parTargetGroupOf(agency) ?? ParTargetGroup.DISTRICT;
  const framework = await lockedFramework(w, agency, year, group);
  const cycle = await w.t.app.get(ParCyclesService).open(w.adminCaller, {
    year,
    name: `Chỉ số CCHC năm ${year}`,
    frameworkIds: [framework.id],
    selfAssessmentDue: `${year}-12-31`,
    provinceId: provinceRoot(w, agency).id,
  });
  const [row] = (await sql(
    w,
    'SELECT id, version FROM par_assessment WHERE cycle_id = $1 AND agency_id = $2',
    [cycle.id, agency.id],
  )) as Versioned[];
  const [item] = (await sql(w, `SELECT id FROM par_criterion WHERE framework_id = $1 AND code = '1.1'`, [
    framework.id,
  ])) as { id: string }[];
  if (scored)
    await sql(w, 'INSERT INTO par_score (assessment_id, criterion_id, self_points) VALUES ($1, $2, 1)', [
      row.id,
      item.id,
    ]);
  return { ...row, itemId: item.id };
}

/** PAR Index frameworks and their items: written in the province's name, so by coordinators only. */
export const PAR_INDEX_SPECS: MutationSpec[] = [
  {
    mutation: 'createParFramework',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: (w, agency) => {
      const name = `Bộ tiêu chí ${w.code('BTC')}`;
      return {
        query: 'mutation($i: CreateParFrameworkInput!) { createParFramework(input: $i) { name status } }',
        variables: {
          i: { year: 2030, targetGroup: 'DISTRICT', name, provinceId: provinceRoot(w, agency).id },
        },
        probe: countOf(w, 'par_framework', 'name = $1', [name]),
        verify: (d) => expect(d.createParFramework).toEqual({ name, status: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'updateParFramework',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query: 'mutation($i: UpdateParFrameworkInput!) { updateParFramework(input: $i) { name } }',
        variables: { i: { id: f.id, version: f.version, name: 'Bộ tiêu chí đổi tên' } },
        probe: rowOf(w, 'par_framework', 'name, version', f.id),
        verify: (d) => expect(d.updateParFramework).toEqual({ name: 'Bộ tiêu chí đổi tên' }),
      };
    },
  },
  {
    mutation: 'deleteParFramework',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query: 'mutation($id: ID!) { deleteParFramework(id: $id) }',
        variables: { id: f.id },
        probe: rowOf(w, 'par_framework', 'id', f.id),
        verify: (d) => expect(d.deleteParFramework).toBe(true),
      };
    },
  },
  {
    mutation: 'lockParFramework',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query: 'mutation($i: LockParFrameworkInput!) { lockParFramework(input: $i) { status } }',
        variables: { i: { id: f.id, version: f.version } },
        probe: rowOf(w, 'par_framework', 'status, version', f.id),
        verify: (d) => expect(d.lockParFramework).toEqual({ status: 'LOCKED' }),
      };
    },
  },
  {
    mutation: 'copyParFramework',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query:
          'mutation($i: CopyParFrameworkInput!) { copyParFramework(input: $i) { year criteria { code } } }',
        variables: { i: { id: f.id, year: 2031 } },
        probe: countOf(w, 'par_framework', 'copied_from_id = $1', [f.id]),
        verify: (d) => expect(d.copyParFramework).toEqual({ year: 2031, criteria: [{ code: '1' }] }),
      };
    },
  },
  {
    mutation: 'importParFramework',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const name = `Bộ tiêu chí ${w.code('XLSX')}`;
      const file = await buildParFrameworkXlsx(
        {
          name,
          targetGroup: ParTargetGroup.COMMUNE,
          totalPoints: 100,
          bands: [],
          criteria: [
            {
              code: '1',
              parentCode: null,
              level: ParCriterionLevel.AREA,
              title: 'Lĩnh vực',
              maxPoints: 100,
              method: ParScoringMethod.DATA,
            },
          ],
        },
        { year: 2030 },
      );
      return {
        query:
          'mutation($i: ImportParFrameworkInput!) { importParFramework(input: $i) { applied problems { code } } }',
        variables: {
          i: {
            year: 2030,
            contentBase64: file.toString('base64'),
            dryRun: false,
            provinceId: provinceRoot(w, agency).id,
          },
        },
        probe: countOf(w, 'par_framework', 'name = $1', [name]),
        verify: (d) => expect(d.importParFramework).toEqual({ applied: true, problems: [] }),
      };
    },
  },
  {
    mutation: 'createParCriterion',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query: 'mutation($i: CreateParCriterionInput!) { createParCriterion(input: $i) { code level } }',
        variables: {
          i: { frameworkId: f.id, parentId: f.areaId, code: '1.1', title: 'Kế hoạch CCHC', maxPoints: 1 },
        },
        probe: countOf(w, 'par_criterion', 'framework_id = $1', [f.id]),
        verify: (d) => expect(d.createParCriterion).toEqual({ code: '1.1', level: 'CRITERION' }),
      };
    },
  },
  {
    mutation: 'updateParCriterion',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query: 'mutation($i: UpdateParCriterionInput!) { updateParCriterion(input: $i) { title } }',
        variables: { i: { id: f.areaId, version: 1, title: 'Chỉ đạo điều hành CCHC' } },
        probe: rowOf(w, 'par_criterion', 'title, version', f.areaId),
        verify: (d) => expect(d.updateParCriterion).toEqual({ title: 'Chỉ đạo điều hành CCHC' }),
      };
    },
  },
  {
    mutation: 'deleteParCriterion',
    permission: 'PAR_FRAMEWORK_MANAGE',
    on: async (w, agency) => {
      const f = await freshFramework(w, agency);
      return {
        query: 'mutation($id: ID!) { deleteParCriterion(id: $id) }',
        variables: { id: f.areaId },
        probe: rowOf(w, 'par_criterion', 'id', f.areaId),
        verify: (d) => expect(d.deleteParCriterion).toBe(true),
      };
    },
  },
  {
    mutation: 'openParCycle',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const year = nextApiYear++;
      const framework = await lockedFramework(w, agency, year, ParTargetGroup.DISTRICT);
      return {
        query: 'mutation($i: OpenParCycleInput!) { openParCycle(input: $i) { year } }',
        variables: {
          i: {
            year,
            name: `Chỉ số CCHC năm ${year}`,
            frameworkIds: [framework.id],
            selfAssessmentDue: `${year}-12-31`,
            provinceId: provinceRoot(w, agency).id,
          },
        },
        probe: countOf(w, 'par_cycle', 'year = $1 AND province_id = $2', [year, provinceRoot(w, agency).id]),
        verify: (d) => expect(d.openParCycle).toEqual({ year }),
      };
    },
  },
  {
    mutation: 'saveParSelfScores',
    permission: 'PAR_SELF_ASSESS',
    on: async (w, agency) => {
      const a = await freshAssessment(w, agency, false);
      return {
        query:
          'mutation($i: SaveParSelfScoresInput!) { saveParSelfScores(input: $i) { selfSummary { scored } } }',
        variables: { i: { id: a.id, version: a.version, scores: [{ criterionId: a.itemId, points: 1 }] } },
        probe: countOf(w, 'par_score', 'assessment_id = $1', [a.id]),
        verify: (d) => expect(d.saveParSelfScores).toEqual({ selfSummary: { scored: 1 } }),
      };
    },
  },
  {
    mutation: 'submitParSelfAssessment',
    permission: 'PAR_SELF_SUBMIT',
    on: async (w, agency) => {
      const a = await freshAssessment(w, agency, true);
      return {
        query:
          'mutation($i: SubmitParSelfAssessmentInput!) { submitParSelfAssessment(input: $i) { status } }',
        variables: { i: { id: a.id, version: a.version } },
        probe: rowOf(w, 'par_assessment', 'status, version', a.id),
        verify: (d) => expect(d.submitParSelfAssessment).toEqual({ status: 'SUBMITTED' }),
      };
    },
  },
  { mutation: 'importParSurveyPoints', permission: 'PAR_CYCLE_MANAGE', on: surveyImportAttempt },
  { mutation: 'applyParSurveyResults', permission: 'PAR_CYCLE_MANAGE', on: surveyFeedAttempt },
];
