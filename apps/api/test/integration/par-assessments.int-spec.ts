import {
  ParCriterionLevel as L,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  Role,
} from '@partrack/shared';
import { ParFrameworkBuilder } from '../../src/par-index/par-framework.builder';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import {
  ASSESSMENT,
  ASSESSMENTS,
  OPEN_CYCLE,
  SAVE_SELF_SCORES,
  SUBMIT_SELF_ASSESSMENT,
} from './par-assessments.documents';

/** 100 points: 1 on a scale, 99 computed; bonus 2 and penalty 1 outside. */
const definition = (targetGroup: ParTargetGroup): ParFrameworkDefinition => ({
  name: `Bộ tiêu chí thử ${targetGroup}`,
  targetGroup,
  totalPoints: 100,
  bands: [],
  criteria: [
    { code: '1', parentCode: null, level: L.AREA, title: 'Chỉ đạo', maxPoints: 100, method: null },
    {
      code: '1.1',
      parentCode: '1',
      level: L.CRITERION,
      title: 'Kế hoạch',
      maxPoints: 1,
      method: M.MANUAL,
      options: [
        { label: 'Đạt', points: 1 },
        { label: 'Một phần', points: 0.5 },
        { label: 'Không', points: 0 },
      ],
    },
    { code: '1.2', parentCode: '1', level: L.CRITERION, title: 'Đúng hạn', maxPoints: 99, method: M.DATA },
    { code: '2', parentCode: null, level: L.AREA, title: 'Thưởng, trừ', maxPoints: 3, method: null },
    { code: '2.1', parentCode: '2', level: L.CRITERION, title: 'Sáng kiến', maxPoints: 2, method: M.BONUS },
    { code: '2.2', parentCode: '2', level: L.CRITERION, title: 'Kỷ luật', maxPoints: 1, method: M.PENALTY },
  ],
});

describe('PAR Index cycles and self-assessment', () => {
  let t: TestApp;
  let p: Province;
  let token: Record<'coordinator' | 'manager' | 'officer' | 'other', string>;
  const frameworks: Record<string, { id: string; criteria: Map<string, string> }> = {};

  const make = async (year: number, group: ParTargetGroup, lock: boolean) => {
    const f = await t.app
      .get(ParFrameworkBuilder)
      .createFromDefinition(null, p.root.id, year, definition(group), { lock });
    const rows: { id: string; code: string }[] = await t.dataSource.query(
      'SELECT id, code FROM par_criterion WHERE framework_id = $1',
      [f.id],
    );
    return { id: f.id, criteria: new Map(rows.map((r) => [r.code, r.id])) };
  };
  const open = (year: number, frameworkIds: string[], due = `${year}-12-31`) =>
    t.gql(
      OPEN_CYCLE,
      { i: { year, name: `Chỉ số CCHC năm ${year}`, frameworkIds, selfAssessmentDue: due } },
      { token: token.coordinator },
    );
  const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
  const assessmentsOf = async (cycleId: string) =>
    (await t.gql(ASSESSMENTS, { cycleId }, { token: token.coordinator })).data!.parAssessments.edges.map(
      (e) => e.node,
    );

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'PA');
    const q = await makeProvince(t, 'QA');
    await Promise.all([
      makeUser(t, 'coord@pa.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'manager@pa.vn', Role.AGENCY_MANAGER, p.district),
      makeUser(t, 'officer@pa.vn', Role.AGENCY_OFFICER, p.district),
      makeUser(t, 'coord@qa.vn', Role.COORDINATOR, q.dept),
    ]);
    const [coordinator, manager, officer, other] = await Promise.all(
      ['coord@pa.vn', 'manager@pa.vn', 'officer@pa.vn', 'coord@qa.vn'].map((e) => login(t, e)),
    );
    token = {
      coordinator: coordinator.accessToken,
      manager: manager.accessToken,
      officer: officer.accessToken,
      other: other.accessToken,
    };
    frameworks.dept = await make(2030, ParTargetGroup.DEPARTMENT, true);
    frameworks.district = await make(2030, ParTargetGroup.DISTRICT, false);
  });
  afterAll(() => t.close());

  it('opens a cycle: frameworks locked, an assessment for every agency of their groups, once a year', async () => {
    const res = await open(2030, [frameworks.dept.id, frameworks.district.id]);
    expect(res.data?.openParCycle).toMatchObject({
      year: 2030,
      status: 'OPEN',
      selfAssessmentDue: '2030-12-31',
    });
    const rows = await assessmentsOf(res.data!.openParCycle.id);
    expect(
      rows.map((r) => [r.agency?.code, r.framework?.targetGroup, r.framework?.status, r.status]),
    ).toEqual([
      ['PA-SNV', 'DEPARTMENT', 'LOCKED', 'DRAFT'],
      ['PA-D1', 'DISTRICT', 'LOCKED', 'DRAFT'],
    ]);
    expect(rows[0].selfSummary).toEqual({ toScore: 3, scored: 0, selfPoints: 0 });
    expect(fieldOf(await open(2030, [frameworks.dept.id]))).toEqual(['year']);
  });

  it('refuses frameworks of another year or group twice, and a due date out of the year', async () => {
    const other = await make(2031, ParTargetGroup.DEPARTMENT, true);
    const again = await make(2031, ParTargetGroup.DEPARTMENT, true);
    expect(fieldOf(await open(2031, [frameworks.dept.id]))).toEqual(['frameworkIds']);
    expect(fieldOf(await open(2031, [other.id, again.id]))).toEqual(['frameworkIds']);
    expect(fieldOf(await open(2031, [other.id], '2035-01-01'))).toEqual(['selfAssessmentDue']);
    expect(fieldOf(await open(2031, []))).toEqual(['frameworkIds']);
    const foreign = await t.gql(
      OPEN_CYCLE,
      { i: { year: 2031, name: 'x', frameworkIds: [other.id], selfAssessmentDue: '2031-12-31' } },
      { token: token.other },
    );
    expect(fieldOf(foreign)).toEqual(['frameworkIds']);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM par_cycle WHERE year = 2031');
    expect(n).toBe(0);
  });

  it('lets the agency score itself within the rules, checked on the field, and hides it elsewhere', async () => {
    const cycle = (await t.gql(ASSESSMENTS, { cycleId: (await cycleOf(2030)).id }, { token: token.officer }))
      .data!;
    const district = cycle.parAssessments.edges.map((e) => e.node).find((n) => n.agency?.code === 'PA-D1')!;
    const c = frameworks.district.criteria;
    const save = (
      scores: { criterionId: string; points?: number | null; note?: string }[],
      version: number,
      who = token.officer,
    ) => t.gql(SAVE_SELF_SCORES, { i: { id: district.id, version, scores } }, { token: who });

    const bad: [{ criterionId: string; points?: number | null }[], string][] = [
      [[{ criterionId: c.get('1.1')!, points: 0.75 }], 'scores[0].points'],
      [[{ criterionId: c.get('1.2')!, points: 1 }], 'scores[0].points'],
      [[{ criterionId: c.get('2.1')!, points: 3 }], 'scores[0].points'],
      [[{ criterionId: c.get('1')!, points: 1 }], 'scores[0].points'],
      [[{ criterionId: frameworks.dept.criteria.get('1.1')!, points: 1 }], 'scores[0].criterionId'],
      [
        [
          { criterionId: c.get('2.1')!, points: 1 },
          { criterionId: c.get('2.1')!, points: 2 },
        ],
        'scores[1].criterionId',
      ],
    ];
    for (const [scores, field] of bad) expect(fieldOf(await save(scores, district.version))).toEqual([field]);

    const saved = await save(
      [
        { criterionId: c.get('1.1')!, points: 0.5, note: 'Ban hành kế hoạch chậm 5 ngày' },
        { criterionId: c.get('2.1')!, points: 2 },
        { criterionId: c.get('2.2')!, points: 1 },
      ],
      district.version,
    );
    expect(saved.data?.saveParSelfScores).toMatchObject({
      version: district.version + 1,
      selfSummary: { scored: 3, selfPoints: 1.5 },
    });
    expect(saved.data?.saveParSelfScores.selfSummary.selfPoints).toBe(1.5);
    const stale = await save([{ criterionId: c.get('2.1')!, points: 1 }], district.version);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const dept = (await assessmentsOf((await cycleOf(2030)).id)).find((n) => n.agency?.code === 'PA-SNV')!;
    const notMine = await t.gql(
      SAVE_SELF_SCORES,
      {
        i: {
          id: dept.id,
          version: dept.version,
          scores: [{ criterionId: frameworks.dept.criteria.get('2.1')!, points: 1 }],
        },
      },
      { token: token.officer },
    );
    expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hidden = await t.gql(ASSESSMENT, { id: district.id }, { token: token.other });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const detail = (await t.gql(ASSESSMENT, { id: district.id }, { token: token.manager })).data!
      .parAssessment;
    expect(detail.scores.find((s) => s.criterionId === c.get('1.1'))).toMatchObject({
      selfPoints: 0.5,
      selfNote: 'Ban hành kế hoạch chậm 5 ngày',
    });
  });

  it('submits only a complete self-assessment, by a manager, and freezes it', async () => {
    const rows = await assessmentsOf((await cycleOf(2030)).id);
    const dept = rows.find((n) => n.agency?.code === 'PA-SNV')!;
    const district = rows.find((n) => n.agency?.code === 'PA-D1')!;
    const submit = (id: string, version: number, who: string) =>
      t.gql(SUBMIT_SELF_ASSESSMENT, { i: { id, version } }, { token: who });
    expect((await submit(district.id, district.version, token.officer)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const incomplete = await submit(dept.id, dept.version, token.coordinator);
    expect(fieldOf(incomplete)).toEqual(['id']);
    expect(incomplete.errors?.[0].message).toContain('3 item(s) are not scored yet, e.g. 1.1');

    const sent = await submit(district.id, district.version, token.manager);
    expect(sent.data?.submitParSelfAssessment).toMatchObject({ status: 'SUBMITTED', late: false });
    const after = (await t.gql(ASSESSMENT, { id: district.id }, { token: token.coordinator })).data!
      .parAssessment;
    expect(after.submittedByLabel).toBe('manager@pa.vn');
    const frozen = await t.gql(
      SAVE_SELF_SCORES,
      {
        i: {
          id: district.id,
          version: after.version,
          scores: [{ criterionId: frameworks.district.criteria.get('2.1')!, points: 0 }],
        },
      },
      { token: token.manager },
    );
    expect(fieldOf(frozen)).toEqual(['id']);
  });

  it('closes self-scoring after the due date, and serialises 20 parallel saves of one version', async () => {
    const dept = await make(2024, ParTargetGroup.DEPARTMENT, true);
    const cycle = (await open(2024, [dept.id], '2024-01-31')).data!.openParCycle;
    const [row] = await assessmentsOf(cycle.id);
    const late = await t.gql(
      SAVE_SELF_SCORES,
      {
        i: {
          id: row.id,
          version: row.version,
          scores: [{ criterionId: dept.criteria.get('2.1')!, points: 1 }],
        },
      },
      { token: token.coordinator },
    );
    expect(fieldOf(late)).toEqual(['id']);
    expect(late.errors?.[0].message).toContain('2024-01-31');

    const [current] = (await assessmentsOf((await cycleOf(2030)).id)).filter(
      (n) => n.agency?.code === 'PA-SNV',
    );
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(
          SAVE_SELF_SCORES,
          {
            i: {
              id: current.id,
              version: current.version,
              scores: [{ criterionId: frameworks.dept.criteria.get('2.1')!, points: i % 2 ? 1 : 2 }],
            },
          },
          { token: token.coordinator },
        ),
      ),
    );
    expect(results.filter((r) => r.data?.saveParSelfScores).length).toBe(1);
    expect(new Set(results.filter((r) => r.errors).map((r) => r.errors?.[0].extensions?.code))).toEqual(
      new Set(['CONFLICT']),
    );
  });

  it('lists assessments with their summaries in a constant number of statements', async () => {
    const cycleId = (await cycleOf(2030)).id;
    const count = async (first: number) =>
      (await statementsDuring(t, () => t.gql(ASSESSMENTS, { cycleId, first }, { token: token.coordinator })))
        .length;
    expect(await count(2)).toBe(await count(1));
  });

  async function cycleOf(year: number): Promise<{ id: string }> {
    const [row]: { id: string }[] = await t.dataSource.query('SELECT id FROM par_cycle WHERE year = $1', [
      year,
    ]);
    return row;
  }
});
