import { ParCriterionLevel, ParScoringMethod, ParTargetGroup } from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { buildParFrameworkXlsx } from '../../../src/par-index/formats';
import { ParCriteriaService } from '../../../src/par-index/par-criteria.service';
import { ParFrameworksService } from '../../../src/par-index/par-frameworks.service';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { provinceRoot, Versioned } from './objects';
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
];
