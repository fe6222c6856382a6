import ExcelJS from 'exceljs';
import { Agency } from '../../../src/agencies/agency.entity';
import { buildParNationalXlsx, FIRST_DATA_ROW } from '../../../src/par-index/formats/par-national-xlsx';
import { PlansService } from '../../../src/plans/plans.service';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { provinceRoot } from './objects';
import { sql } from './runner';
import { freshAssessment } from './specs-par-index';
import { World } from './world';

/**
 * Past years for fixtures that need a plan of the next year (plans take years to 2100), since the world's
 * agencies exist (2020): a handful per test file, as only improvement tasks need them.
 */
let nextPastYear = 2020;

/** The province's own national assessment in a fresh cycle, taken to `status` by SQL. */
async function freshNational(
  w: World,
  agency: Agency,
  status: 'DRAFT' | 'SUBMITTED' | 'FINALISED',
  year?: number,
) {
  const a = await freshAssessment(w, provinceRoot(w, agency), true, year);
  await sql(w, 'UPDATE par_assessment SET status = $2 WHERE id = $1', [a.id, status]);
  if (status === 'FINALISED')
    await sql(w, 'UPDATE par_score SET appraised_points = 0 WHERE assessment_id = $1', [a.id]);
  const [data] = (await sql(
    w,
    `SELECT c.id FROM par_criterion c JOIN par_assessment x ON x.framework_id = c.framework_id
      WHERE x.id = $1 AND c.code = '1.2'`,
    [a.id],
  )) as { id: string }[];
  return { ...a, dataItemId: data.id };
}

let pointsFile: Promise<string> | null = null;

/** The Ministry's points of a fresh national assessment (1.1 of 1 point, 1.2 of 99) as a filled template. */
function nationalPointsFile(): Promise<string> {
  pointsFile ??= (async () => {
    const template = await buildParNationalXlsx({ year: 2030, place: 'Tỉnh', frameworkName: 'Bộ tiêu chí' }, [
      { code: '1', title: 'Lĩnh vực', maxPoints: 100, selfPoints: null, scored: false },
      { code: '1.1', title: 'Thang điểm', maxPoints: 1, selfPoints: 1, scored: true },
      { code: '1.2', title: 'Dữ liệu', maxPoints: 99, selfPoints: null, scored: true },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(template).buffer);
    workbook.worksheets[0].getRow(FIRST_DATA_ROW + 1).getCell(5).value = 1;
    workbook.worksheets[0].getRow(FIRST_DATA_ROW + 2).getCell(5).value = 80;
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  })();
  return pointsFile;
}

/**
 * The province's national PAR Index (3.34, 3.40): responsibilities and the Ministry's points by the
 * province's coordinators (PAR_CYCLE_MANAGE); improvement tasks by whoever may write the province's plans.
 */
export const PAR_NATIONAL_SPECS: MutationSpec[] = [
  {
    mutation: 'assignParResponsibilities',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshNational(w, agency, 'DRAFT');
      return {
        query:
          'mutation($i: AssignParResponsibilitiesInput!) { assignParResponsibilities(input: $i) { version } }',
        variables: {
          i: { id: a.id, version: 1, assignments: [{ criterionId: a.itemId, agencyId: agency.id }] },
        },
        probe: countOf(w, 'par_responsibility', 'assessment_id = $1', [a.id]),
        verify: (d) => expect(d.assignParResponsibilities).toEqual({ version: 2 }),
      };
    },
  },
  {
    mutation: 'recordParNationalAppraisal',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshNational(w, agency, 'SUBMITTED');
      const scores = [
        { criterionId: a.itemId, points: 1 },
        { criterionId: a.dataItemId, points: 80, reason: 'Theo kết quả của Bộ Nội vụ' },
      ];
      return {
        query:
          'mutation($i: RecordParNationalAppraisalInput!) { recordParNationalAppraisal(input: $i) { status } }',
        variables: { i: { id: a.id, version: 1, scores } },
        probe: rowOf(w, 'par_assessment', 'status, version', a.id),
        verify: (d) => expect(d.recordParNationalAppraisal).toEqual({ status: 'FINALISED' }),
      };
    },
  },
  {
    mutation: 'importParNationalPoints',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshNational(w, agency, 'SUBMITTED');
      return {
        query:
          'mutation($i: ImportParNationalPointsInput!) { importParNationalPoints(input: $i) { applied problems { code } } }',
        variables: {
          i: { assessmentId: a.id, version: 1, fileBase64: await nationalPointsFile(), dryRun: false },
        },
        probe: rowOf(w, 'par_assessment', 'status, version', a.id),
        verify: (d) => expect(d.importParNationalPoints).toEqual({ applied: true, problems: [] }),
      };
    },
  },
  {
    mutation: 'createParImprovementTasks',
    permission: 'PLAN_MANAGE',
    on: async (w, agency) => {
      const year = nextPastYear++;
      const a = await freshNational(w, agency, 'FINALISED', year);
      const plan = await w.t.app.get(PlansService).create(w.adminCaller, {
        code: w.code('KHCT'),
        title: `Kế hoạch cải cách hành chính năm ${year + 1}`,
        year: year + 1,
        ownerAgencyId: provinceRoot(w, agency).id,
      });
      return {
        query: 'mutation($i: CreateParImprovementTasksInput!) { createParImprovementTasks(input: $i) }',
        variables: { i: { assessmentId: a.id, planId: plan.id } },
        probe: countOf(w, 'plan_item', 'plan_id = $1', [plan.id]),
        verify: (d) => expect(d.createParImprovementTasks).toBe(2),
      };
    },
  },
];
