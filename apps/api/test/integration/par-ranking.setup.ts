import {
  AgencyKind,
  AgencyLevel,
  finalPoints,
  ParBand,
  ParCriterionLevel as L,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  Role,
} from '@partrack/shared';
import { Agency } from '../../src/agencies/agency.entity';
import { login, makeAgency, makeProvince, makeUser, Province } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { lockedFramework } from './par-index.setup';

/**
 * Shared set-up of par-ranking.int-spec.ts and par-survey-import.int-spec.ts: a province with departments and
 * districts, frameworks of three levels with every scoring method, cycles of two years, and scores written
 * straight into par_score (the appraisal flow is not what these specs test).
 */

/** 100 points in three areas (a sub-criterion under 1.1, two survey items), bonus 3 and penalty 2 outside. */
export const rankingDefinition = (targetGroup: ParTargetGroup, bands: ParBand[]): ParFrameworkDefinition => ({
  name: `Bộ tiêu chí xếp hạng ${targetGroup}`,
  targetGroup,
  totalPoints: 100,
  bands,
  criteria: [
    { code: '1', parentCode: null, level: L.AREA, title: 'Chỉ đạo, điều hành', maxPoints: 30, method: null },
    { code: '1.1', parentCode: '1', level: L.CRITERION, title: 'Kế hoạch', maxPoints: 20, method: null },
    {
      code: '1.1.1',
      parentCode: '1.1',
      level: L.SUB_CRITERION,
      title: 'Ban hành đúng hạn',
      maxPoints: 10,
      method: M.MANUAL,
      options: [
        { label: 'Đúng hạn', points: 10 },
        { label: 'Chậm', points: 5 },
        { label: 'Không ban hành', points: 0 },
      ],
    },
    {
      code: '1.1.2',
      parentCode: '1.1',
      level: L.SUB_CRITERION,
      title: 'Thực hiện',
      maxPoints: 10,
      method: M.DATA,
    },
    { code: '1.2', parentCode: '1', level: L.CRITERION, title: 'Báo cáo', maxPoints: 10, method: M.DATA },
    { code: '2', parentCode: null, level: L.AREA, title: 'Sự hài lòng', maxPoints: 40, method: null },
    { code: '2.1', parentCode: '2', level: L.CRITERION, title: 'Người dân', maxPoints: 25, method: M.SURVEY },
    {
      code: '2.2',
      parentCode: '2',
      level: L.CRITERION,
      title: 'Doanh nghiệp',
      maxPoints: 15,
      method: M.SURVEY,
    },
    { code: '3', parentCode: null, level: L.AREA, title: 'Kết quả', maxPoints: 30, method: null },
    {
      code: '3.1',
      parentCode: '3',
      level: L.CRITERION,
      title: 'Thủ tục hành chính',
      maxPoints: 12.5,
      method: M.MANUAL,
      options: [
        { label: 'Đạt', points: 12.5 },
        { label: 'Một phần', points: 6.25 },
        { label: 'Không', points: 0 },
      ],
    },
    { code: '3.2', parentCode: '3', level: L.CRITERION, title: 'Số hóa', maxPoints: 17.5, method: M.DATA },
    { code: '4', parentCode: null, level: L.AREA, title: 'Thưởng, trừ', maxPoints: 5, method: null },
    { code: '4.1', parentCode: '4', level: L.CRITERION, title: 'Sáng kiến', maxPoints: 3, method: M.BONUS },
    { code: '4.2', parentCode: '4', level: L.CRITERION, title: 'Vi phạm', maxPoints: 2, method: M.PENALTY },
  ],
});

export const DEPARTMENT_BANDS: ParBand[] = [
  { code: 'XS', label: 'Xuất sắc', minIndex: 90 },
  { code: 'T', label: 'Tốt', minIndex: 75 },
  { code: 'K', label: 'Khá', minIndex: 50 },
];

/** A leaf's score: [appraised, reappraised] (null: none); a missing leaf has no row. */
export type Scores = Record<string, [appraised: number | null, reappraised?: number | null]>;

export interface Year {
  cycleId: string;
  /** Assessment id by agency code */
  assessments: Map<string, string>;
  /** Item ids by target group, then code */
  criteria: Record<'DEPARTMENT' | 'DISTRICT', Map<string, string>>;
}

export interface RankingWorld {
  p: Province;
  agencies: Agency[];
  token: Record<'coordinator' | 'officer' | 'other', string>;
}

/** A department of the province (scored in the DEPARTMENT group), coded `<province>-<code>`. */
export function addDepartment(t: TestApp, p: Province, code: string, name: string): Promise<Agency> {
  return makeAgency(t, `${p.root.code}-${code}`, p.root, {
    name,
    kind: AgencyKind.DEPARTMENT,
    level: AgencyLevel.PROVINCE,
  });
}

/** Province `prefix` (departments SNV, STC, SXD, SYT, SVH and `extra` more; districts D1, D2) and users. */
export async function rankingWorld(t: TestApp, prefix: string, extra = 0): Promise<RankingWorld> {
  const p = await makeProvince(t, prefix);
  const q = await makeProvince(t, `${prefix}Q`);
  const department = (code: string, name: string) => addDepartment(t, p, code, name);
  const agencies = [
    await department('STC', 'Sở Tài chính'),
    await department('SXD', 'Sở Xây dựng'),
    await department('SYT', 'Sở Y tế'),
    await department('SVH', 'Sở Văn hóa'),
    await makeAgency(t, `${prefix}-D2`, p.root, {
      name: 'Ủy ban nhân dân huyện Hai',
      kind: AgencyKind.PEOPLES_COMMITTEE,
    }),
  ];
  for (let i = 1; i <= extra; i++)
    agencies.push(await department(`S${String(i).padStart(2, '0')}`, `Sở số ${i}`));
  const mail = prefix.toLowerCase();
  await makeUser(t, `coord@${mail}.vn`, Role.COORDINATOR, p.dept);
  await makeUser(t, `officer@${mail}.vn`, Role.AGENCY_OFFICER, p.district);
  await makeUser(t, `coord@${mail}q.vn`, Role.COORDINATOR, q.dept);
  const [coordinator, officer, other] = await Promise.all(
    [`coord@${mail}.vn`, `officer@${mail}.vn`, `coord@${mail}q.vn`].map((e) => login(t, e)),
  );
  return {
    p,
    agencies,
    token: { coordinator: coordinator.accessToken, officer: officer.accessToken, other: other.accessToken },
  };
}

/** The year's frameworks (DEPARTMENT with its own bands, DISTRICT with the default ones) and its cycle. */
export async function openYear(t: TestApp, w: RankingWorld, year: number): Promise<Year> {
  const dept = await lockedFramework(
    t,
    w.p.root.id,
    year,
    rankingDefinition(ParTargetGroup.DEPARTMENT, DEPARTMENT_BANDS),
  );
  const district = await lockedFramework(
    t,
    w.p.root.id,
    year,
    rankingDefinition(ParTargetGroup.DISTRICT, []),
  );
  const res = await t.gql<{ openParCycle: { id: string } }>(
    `mutation($i: OpenParCycleInput!) { openParCycle(input: $i) { id } }`,
    {
      i: {
        year,
        name: `Chỉ số CCHC năm ${year}`,
        frameworkIds: [dept.id, district.id],
        selfAssessmentDue: `${year}-12-31`,
      },
    },
    { token: w.token.coordinator },
  );
  const cycleId = res.data?.openParCycle.id;
  if (!cycleId) throw new Error(`openParCycle failed: ${JSON.stringify(res.errors)}`);
  const rows: { id: string; code: string }[] = await t.dataSource.query(
    'SELECT x.id, a.code FROM par_assessment x JOIN agency a ON a.id = x.agency_id WHERE x.cycle_id = $1',
    [cycleId],
  );
  return {
    cycleId,
    assessments: new Map(rows.map((r) => [r.code, r.id])),
    criteria: { DEPARTMENT: dept.criteria, DISTRICT: district.criteria },
  };
}

/** Writes the scores of one assessment straight into par_score. */
export async function writeScores(
  t: TestApp,
  assessmentId: string,
  criteria: Map<string, string>,
  scores: Scores,
) {
  for (const [code, [appraised, reappraised]] of Object.entries(scores)) {
    await t.dataSource.query(
      `INSERT INTO par_score (assessment_id, criterion_id, appraised_points, reappraised_points) VALUES ($1, $2, $3, $4)
       ON CONFLICT (assessment_id, criterion_id)
       DO UPDATE SET appraised_points = EXCLUDED.appraised_points, reappraised_points = EXCLUDED.reappraised_points`,
      [assessmentId, criteria.get(code), appraised, reappraised ?? null],
    );
  }
}

/** The points that count per leaf code, as the ranking reads them (finalPoints). */
export function leafPoints(scores: Scores): Map<string, number> {
  return new Map(
    Object.entries(scores).map(([code, [appraised, reappraised]]) => [
      code,
      finalPoints({ appraisedPoints: appraised, reappraisedPoints: reappraised ?? null }) ?? 0,
    ]),
  );
}

/** A seeded generator (mulberry32), so random scores are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
