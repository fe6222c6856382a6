import {
  AgencyKind,
  AgencyLevel,
  ParCriterionLevel as L,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  Role,
} from '@partrack/shared';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { APPRAISAL_VIEW } from './par-appraisal.documents';
import { ASSESSMENTS, OPEN_CYCLE, SAVE_SELF_SCORES } from './par-assessments.documents';
import { ADD_LINK } from './par-evidence.documents';
import { lockedFramework, smallDefinition } from './par-index.setup';
import { ASSIGN } from './par-national.documents';

/** Two areas, 100 points: three MANUAL items the province scores itself and one DATA item. */
const provinceDefinition: ParFrameworkDefinition = {
  name: 'Bộ chỉ số CCHC cấp tỉnh',
  targetGroup: ParTargetGroup.PROVINCE,
  totalPoints: 100,
  bands: [],
  criteria: [
    { code: '1', parentCode: null, level: L.AREA, title: 'Công tác chỉ đạo', maxPoints: 3, method: null },
    {
      code: '1.1',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Kế hoạch CCHC',
      maxPoints: 2,
      method: M.MANUAL,
      options: [
        { label: 'Đạt', points: 2 },
        { label: 'Chậm', points: 1 },
        { label: 'Không', points: 0 },
      ],
    },
    {
      code: '1.2',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Kiểm tra CCHC',
      maxPoints: 1,
      method: M.MANUAL,
      options: [
        { label: 'Đạt', points: 1 },
        { label: 'Không', points: 0 },
      ],
    },
    { code: '2', parentCode: null, level: L.AREA, title: 'Cải cách thể chế', maxPoints: 97, method: null },
    {
      code: '2.1',
      parentCode: '2',
      level: L.CRITERION,
      title: 'Rà soát văn bản',
      maxPoints: 7,
      method: M.MANUAL,
      options: [
        { label: 'Đạt', points: 7 },
        { label: 'Một phần', points: 3.5 },
        { label: 'Không', points: 0 },
      ],
    },
    { code: '2.2', parentCode: '2', level: L.CRITERION, title: 'Đúng hạn', maxPoints: 90, method: M.DATA },
  ],
};

export interface NationalWorld {
  p: Province;
  token: Record<'coordinator' | 'viewer' | 'other', string>;
  /** The province's own national assessment (a DRAFT) and Sở Nội vụ's */
  national: string;
  dept: string;
  /** Items of the national framework by code */
  items: Map<string, string>;
  version: (assessmentId: string) => Promise<number>;
}

/**
 * Province NR's 2026 cycle (and province NQ): area 1 given to Sở Tư pháp, item 2.1 to Sở Nội vụ; the province
 * scored 1.1 (1, with a note and a link), 1.2 (1) and 2.1 (3.5, without evidence, saying why).
 */
export async function nationalWorld(t: TestApp): Promise<NationalWorld> {
  const version = async (id: string) =>
    (await t.gql(APPRAISAL_VIEW, { id }, { token: token.coordinator })).data!.parAssessment.version;
  const p = await makeProvince(t, 'NR');
  const q = await makeProvince(t, 'NQ');
  const justice = await makeAgency(t, 'NR-STP', p.root, {
    name: 'Sở Tư pháp',
    kind: AgencyKind.DEPARTMENT,
    level: AgencyLevel.PROVINCE,
  });
  await Promise.all([
    makeUser(t, 'coord@nr.vn', Role.COORDINATOR, p.dept),
    makeUser(t, 'viewer@nr.vn', Role.VIEWER, p.root),
    makeUser(t, 'coord@nq.vn', Role.COORDINATOR, q.dept),
  ]);
  const [coordinator, viewer, other] = await Promise.all(
    ['coord@nr.vn', 'viewer@nr.vn', 'coord@nq.vn'].map(async (e) => (await login(t, e)).accessToken),
  );
  const token = { coordinator, viewer, other };
  const province = await lockedFramework(t, p.root.id, 2026, provinceDefinition);
  const departments = await lockedFramework(t, p.root.id, 2026, smallDefinition(ParTargetGroup.DEPARTMENT));
  const items = province.criteria;
  const opened = await t.gql(
    OPEN_CYCLE,
    {
      i: {
        year: 2026,
        name: 'Chỉ số CCHC năm 2026',
        frameworkIds: [province.id, departments.id],
        selfAssessmentDue: '2027-12-31',
      },
    },
    { token: coordinator },
  );
  const rows = (
    await t.gql(ASSESSMENTS, { cycleId: opened.data!.openParCycle.id }, { token: coordinator })
  ).data!.parAssessments.edges.map((e) => e.node);
  const national = rows.find((r) => r.agency?.code === 'NR')!.id;
  const dept = rows.find((r) => r.agency?.code === 'NR-SNV')!.id;
  const assigned = await t.gql(
    ASSIGN,
    {
      i: {
        id: national,
        version: await version(national),
        assignments: [
          { criterionId: items.get('1')!, agencyId: justice.id },
          { criterionId: items.get('2.1')!, agencyId: p.dept.id },
        ],
      },
    },
    { token: coordinator },
  );
  expect(assigned.errors).toBeUndefined();
  const saved = await t.gql(
    SAVE_SELF_SCORES,
    {
      i: {
        id: national,
        version: await version(national),
        scores: [
          { criterionId: items.get('1.1')!, points: 1, note: 'Ban hành chậm 10 ngày' },
          { criterionId: items.get('1.2')!, points: 1 },
          { criterionId: items.get('2.1')!, points: 3.5, noEvidenceReason: 'Đang rà soát' },
        ],
      },
    },
    { token: coordinator },
  );
  expect(saved.errors).toBeUndefined();
  const link = await t.gql(
    ADD_LINK,
    {
      i: {
        assessmentId: national,
        criterionId: items.get('1.1')!,
        url: 'https://nr.gov.vn/ke-hoach-cchc',
        label: 'Kế hoạch trên cổng',
      },
    },
    { token: coordinator },
  );
  expect(link.errors).toBeUndefined();
  return { p, token, national, dept, items, version };
}
