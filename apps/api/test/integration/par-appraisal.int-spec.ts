import {
  addDays,
  ParCriterionLevel as L,
  ParDeadlinePhase,
  ParFrameworkDefinition,
  ParScoringMethod as M,
  ParTargetGroup,
  Role,
} from '@partrack/shared';
import { todayInVietnam } from '../../src/common/time/vietnam-time';
import { ParDeadlinesService } from '../../src/par-index/par-deadlines.service';
import { ParFrameworkBuilder } from '../../src/par-index/par-framework.builder';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import {
  APPRAISAL_VIEW,
  CYCLE_VERSION,
  EXTEND,
  FINALISE,
  PUBLISH,
  REOPEN,
  SAVE_APPRAISAL,
  SAVE_REAPPRAISAL,
  SEND_APPRAISAL,
  SET_COUNCIL,
  SUBMIT_EXPLANATIONS,
} from './par-appraisal.documents';
import {
  ASSESSMENTS,
  OPEN_CYCLE,
  SAVE_SELF_SCORES,
  SUBMIT_SELF_ASSESSMENT,
} from './par-assessments.documents';

/** 100 points: 1 on a scale (evidence required), 99 computed; bonus 2 and penalty 1 outside. */
const definition = (targetGroup: ParTargetGroup): ParFrameworkDefinition => ({
  name: `Bộ tiêu chí thẩm định ${targetGroup}`,
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
      evidenceRequired: true,
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

type Errors = { errors?: readonly { extensions?: Record<string, unknown>; message?: string }[] };
const codeOf = (res: Errors) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: Errors) =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);

describe('PAR Index appraisal: council, explanations, deadlines, publication', () => {
  let t: TestApp;
  let p: Province;
  let token: Record<'coordinator' | 'member' | 'outsider' | 'manager' | 'other', string>;
  let memberId: string;
  const criteria: Record<string, Map<string, string>> = {};

  const make = async (year: number, group: ParTargetGroup) => {
    const f = await t.app
      .get(ParFrameworkBuilder)
      .createFromDefinition(null, p.root.id, year, definition(group), { lock: true });
    const rows: { id: string; code: string }[] = await t.dataSource.query(
      'SELECT id, code FROM par_criterion WHERE framework_id = $1',
      [f.id],
    );
    criteria[`${year}-${group}`] = new Map(rows.map((r) => [r.code, r.id]));
    return f.id;
  };
  /** A cycle of `year` for departments and districts; returns the cycle id and its assessments by agency code. */
  const openCycle = async (year: number, due: string, council: string[]) => {
    const ids = [await make(year, ParTargetGroup.DEPARTMENT), await make(year, ParTargetGroup.DISTRICT)];
    const res = await t.gql(
      OPEN_CYCLE,
      { i: { year, name: `Kỳ ${year}`, frameworkIds: ids, selfAssessmentDue: due, councilUserIds: council } },
      { token: token.coordinator },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.openParCycle.id;
  };
  const assessmentOf = async (cycleId: string, code: string) =>
    (await t.gql(ASSESSMENTS, { cycleId }, { token: token.coordinator }))
      .data!.parAssessments.edges.map((e) => e.node)
      .find((n) => n.agency?.code === code)!;
  const view = async (id: string, who = token.coordinator) =>
    (await t.gql(APPRAISAL_VIEW, { id }, { token: who })).data!.parAssessment;
  const c = (year: number, code: string, group = ParTargetGroup.DISTRICT) =>
    criteria[`${year}-${group}`].get(code)!;

  /** Self-scores the district's items (1.1 = 0.5 with a reason for no evidence, bonus 2, penalty 0) and submits. */
  const selfScoreAndSubmit = async (id: string, year: number) => {
    const a = await view(id);
    const saved = await t.gql(
      SAVE_SELF_SCORES,
      {
        i: {
          id,
          version: a.version,
          scores: [
            { criterionId: c(year, '1.1'), points: 0.5, noEvidenceReason: 'Kế hoạch đã gửi bản giấy' },
            { criterionId: c(year, '2.1'), points: 2 },
            { criterionId: c(year, '2.2'), points: 0 },
          ],
        },
      },
      { token: token.manager },
    );
    const version = saved.data!.saveParSelfScores.version;
    const sent = await t.gql(SUBMIT_SELF_ASSESSMENT, { i: { id, version } }, { token: token.manager });
    expect(sent.data?.submitParSelfAssessment.status).toBe('SUBMITTED');
  };

  beforeAll(async () => {
    t = await createTestApp();
    p = await makeProvince(t, 'PB');
    const q = await makeProvince(t, 'QB');
    const [, member] = await Promise.all([
      makeUser(t, 'coord@pb.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'member@pb.vn', Role.AGENCY_OFFICER, p.dept),
      makeUser(t, 'outsider@pb.vn', Role.AGENCY_OFFICER, p.dept),
      makeUser(t, 'manager@pb.vn', Role.AGENCY_MANAGER, p.district),
      makeUser(t, 'coord@qb.vn', Role.COORDINATOR, q.dept),
    ]);
    memberId = member;
    const tokens = await Promise.all(
      ['coord@pb.vn', 'member@pb.vn', 'outsider@pb.vn', 'manager@pb.vn', 'coord@qb.vn'].map((e) =>
        login(t, e),
      ),
    );
    const [coordinator, memberToken, outsider, manager, other] = tokens.map((x) => x.accessToken);
    token = { coordinator, member: memberToken, outsider, manager, other };
  });
  afterAll(() => t.close());

  it('requires evidence or a reason for it before a self-assessment is sent', async () => {
    const cycleId = await openCycle(2040, '2040-12-31', [memberId]);
    const { id } = await assessmentOf(cycleId, 'PB-D1');
    const a = await view(id);
    const saved = await t.gql(
      SAVE_SELF_SCORES,
      {
        i: {
          id,
          version: a.version,
          scores: [
            { criterionId: c(2040, '1.1'), points: 1 },
            { criterionId: c(2040, '2.1'), points: 0 },
            { criterionId: c(2040, '2.2'), points: 0 },
          ],
        },
      },
      { token: token.manager },
    );
    const refused = await t.gql(
      SUBMIT_SELF_ASSESSMENT,
      { i: { id, version: saved.data!.saveParSelfScores.version } },
      { token: token.manager },
    );
    expect(fieldOf(refused)).toEqual(['id']);
    expect(refused.errors?.[0].message).toContain('1.1');
    expect((await view(id)).status).toBe('DRAFT');
  });

  it('runs the whole appraisal: reasons, explanations, second appraisal, finalisation', async () => {
    const cycleId = await openCycle(2041, '2041-12-31', [memberId]);
    const { id } = await assessmentOf(cycleId, 'PB-D1');
    const early = await t.gql(
      SAVE_APPRAISAL,
      { i: { id, version: (await view(id)).version, scores: [{ criterionId: c(2041, '1.2'), points: 90 }] } },
      { token: token.member },
    );
    expect(fieldOf(early)).toEqual(['id']);
    await selfScoreAndSubmit(id, 2041);
    expect((await view(id)).cycle?.council.map((m) => m.fullName)).toEqual(['member@pb.vn']);

    const appraise = async (
      scores: { criterionId: string; points: number | null; reason?: string }[],
      who = token.member,
    ) => t.gql(SAVE_APPRAISAL, { i: { id, version: (await view(id)).version, scores } }, { token: who });
    expect(codeOf(await appraise([{ criterionId: c(2041, '1.2'), points: 90 }], token.outsider))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await appraise([{ criterionId: c(2041, '1.2'), points: 90 }], token.manager))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(APPRAISAL_VIEW, { id }, { token: token.other }))).toBe('NOT_FOUND');
    const bad: [{ criterionId: string; points: number | null; reason?: string }[], string][] = [
      [[{ criterionId: c(2041, '1.1'), points: 0 }], 'scores[0].reason'],
      [[{ criterionId: c(2041, '1.1'), points: 0.3, reason: 'x' }], 'scores[0].points'],
      [[{ criterionId: c(2041, '1.2'), points: 99.5 }], 'scores[0].points'],
      [[{ criterionId: c(2041, '1'), points: 1 }], 'scores[0].criterionId'],
      [[{ criterionId: c(2041, '1.1', ParTargetGroup.DEPARTMENT), points: 1 }], 'scores[0].criterionId'],
    ];
    for (const [scores, field] of bad) expect(fieldOf(await appraise(scores))).toEqual([field]);
    expect(
      (
        await appraise([
          { criterionId: c(2041, '1.1'), points: 0, reason: 'Không có kế hoạch được ban hành' },
          { criterionId: c(2041, '1.2'), points: 90 },
        ])
      ).errors,
    ).toBeUndefined();

    const send = async (acceptSelfScores: boolean) =>
      t.gql(
        SEND_APPRAISAL,
        { i: { id, version: (await view(id)).version, acceptSelfScores } },
        { token: token.member },
      );
    const incomplete = await send(false);
    expect(incomplete.errors?.[0].message).toContain('2 item(s) are not appraised yet, e.g. 2.1');
    const sent = await send(true);
    expect(sent.data?.sendParAppraisal).toMatchObject({
      status: 'APPRAISED',
      explanationDue: addDays(todayInVietnam(), 5),
    });
    const appraised = await view(id, token.manager);
    expect(appraised.appraisalSummary).toEqual({
      toAppraise: 4,
      appraised: 4,
      differences: 1,
      explained: 0,
      answered: 0,
      points: 92,
    });
    expect(appraised.scores.find((s) => s.criterionId === c(2041, '1.1'))).toMatchObject({
      selfPoints: 0.5,
      appraisedPoints: 0,
      appraisalReason: 'Không có kế hoạch được ban hành',
    });

    const explain = async (explanations: { criterionId: string; text: string }[]) =>
      t.gql(
        SUBMIT_EXPLANATIONS,
        { i: { id, version: (await view(id)).version, explanations } },
        { token: token.manager },
      );
    expect(fieldOf(await explain([{ criterionId: c(2041, '2.1'), text: 'Đúng' }]))).toEqual([
      'explanations[0].criterionId',
    ]);
    const explained = await explain([
      { criterionId: c(2041, '1.1'), text: 'Kế hoạch số 12/KH-UBND ngày 10/01, gửi kèm' },
    ]);
    expect(explained.data?.submitParExplanations.status).toBe('REAPPRAISAL');
    expect(fieldOf(await explain([]))).toEqual(['id']);

    const finalise = async () =>
      t.gql(FINALISE, { i: { id, version: (await view(id)).version } }, { token: token.member });
    expect((await finalise()).errors?.[0].message).toContain(
      '1 explanation(s) are not answered yet, e.g. 1.1',
    );
    const answer = async (answers: { criterionId: string; points: number; answer: string }[]) =>
      t.gql(
        SAVE_REAPPRAISAL,
        { i: { id, version: (await view(id)).version, answers } },
        { token: token.member },
      );
    expect(fieldOf(await answer([{ criterionId: c(2041, '2.1'), points: 1, answer: 'x' }]))).toEqual([
      'answers[0].criterionId',
    ]);
    expect(
      (await answer([{ criterionId: c(2041, '1.1'), points: 0.5, answer: 'Chấp nhận giải trình' }])).errors,
    ).toBeUndefined();
    expect((await finalise()).data?.finaliseParAssessment.status).toBe('FINALISED');
    const final = await view(id, token.manager);
    expect(final.finalisedByLabel).toBe('member@pb.vn');
    expect(final.appraisalSummary).toMatchObject({ explained: 1, answered: 1, points: 92.5 });
    expect(fieldOf(await answer([{ criterionId: c(2041, '1.1'), points: 1, answer: 'x' }]))).toEqual(['id']);

    const [{ actions }] = await t.dataSource.query(
      `SELECT array_agg(action ORDER BY created_at) AS actions FROM audit_entry WHERE entity_id = $1`,
      [id],
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'parAssessment.appraise',
        'parAssessment.sendAppraisal',
        'parAssessment.explain',
        'parAssessment.reappraise',
        'parAssessment.finalise',
      ]),
    );
  });

  it('sends an appraisal once under 20 concurrent sends, and goes straight to finalisation without differences', async () => {
    const cycleId = await openCycle(2042, '2042-12-31', [memberId]);
    const { id } = await assessmentOf(cycleId, 'PB-D1');
    await selfScoreAndSubmit(id, 2042);
    const before = await view(id);
    await t.gql(
      SAVE_APPRAISAL,
      { i: { id, version: before.version, scores: [{ criterionId: c(2042, '1.2'), points: 99 }] } },
      { token: token.member },
    );
    const { version } = await view(id);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.gql(SEND_APPRAISAL, { i: { id, version, acceptSelfScores: true } }, { token: token.member }),
      ),
    );
    expect(results.filter((r) => r.data?.sendParAppraisal).length).toBe(1);
    expect(results.every((r) => r.data || ['CONFLICT', 'BAD_USER_INPUT'].includes(String(codeOf(r))))).toBe(
      true,
    );
    const after = await view(id);
    expect(after).toMatchObject({ status: 'REAPPRAISAL', explanationDue: null });
    expect(after.appraisalSummary).toMatchObject({ differences: 0, points: 101.5 });
  });

  it('closes phases at their deadline, and lets the coordinator extend one agency', async () => {
    const today = todayInVietnam();
    const year = Number(today.slice(0, 4)) - 1;
    const cycleId = await openCycle(year, `${year}-12-31`, [memberId]);
    const dept = await assessmentOf(cycleId, 'PB-SNV');
    const district = await assessmentOf(cycleId, 'PB-D1');
    const deadlines = t.app.get(ParDeadlinesService);
    expect(await deadlines.closeOverdue(today)).toMatchObject({ selfAssessments: 2 });
    expect(await deadlines.closeOverdue(today)).toEqual({ selfAssessments: 0, explanations: 0 });
    expect(await view(dept.id)).toMatchObject({ status: 'SUBMITTED', closedByDeadline: 'SELF_ASSESSMENT' });

    const extend = async (id: string, phase: ParDeadlinePhase, until: string, who = token.coordinator) =>
      t.gql(
        EXTEND,
        { i: { id, version: (await view(id)).version, phase, until, reason: 'Ốm đau' } },
        { token: who },
      );
    expect(fieldOf(await extend(dept.id, ParDeadlinePhase.SELF_ASSESSMENT, `${year}-12-30`))).toEqual([
      'until',
    ]);
    expect(fieldOf(await extend(dept.id, ParDeadlinePhase.EXPLANATION, addDays(today, 3)))).toEqual([
      'phase',
    ]);
    expect(
      codeOf(await extend(dept.id, ParDeadlinePhase.SELF_ASSESSMENT, addDays(today, 3), token.manager)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await extend(dept.id, ParDeadlinePhase.SELF_ASSESSMENT, addDays(today, 3), token.other)),
    ).toBe('NOT_FOUND');
    const extended = await extend(dept.id, ParDeadlinePhase.SELF_ASSESSMENT, addDays(today, 3));
    expect(extended.data?.extendParDeadline).toMatchObject({
      status: 'DRAFT',
      selfAssessmentDue: addDays(today, 3),
      closedByDeadline: null,
    });
    expect((await view(dept.id)).selfAssessmentDeadline).toBe(addDays(today, 3));
    expect(await deadlines.closeOverdue(today)).toEqual({ selfAssessments: 0, explanations: 0 });

    // The district: appraised with a difference, its explanation window passed → the council's turn.
    await t.dataSource.query(`UPDATE par_score SET self_points = 1 WHERE assessment_id = $1`, [district.id]);
    await t.dataSource.query(
      `INSERT INTO par_score (assessment_id, criterion_id, self_points) VALUES ($1, $2, 1)
       ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET self_points = 1`,
      [district.id, c(year, '1.1')],
    );
    await t.gql(
      SAVE_APPRAISAL,
      {
        i: {
          id: district.id,
          version: (await view(district.id)).version,
          scores: [
            { criterionId: c(year, '1.1'), points: 0.5, reason: 'Chậm' },
            { criterionId: c(year, '1.2'), points: 50 },
            { criterionId: c(year, '2.1'), points: 0, reason: 'Không có sáng kiến' },
            { criterionId: c(year, '2.2'), points: 0, reason: 'Không bị trừ' },
          ],
        },
      },
      { token: token.member },
    );
    const sent = await t.gql(
      SEND_APPRAISAL,
      { i: { id: district.id, version: (await view(district.id)).version, acceptSelfScores: false } },
      { token: token.member },
    );
    expect(sent.data?.sendParAppraisal.status).toBe('APPRAISED');
    await t.dataSource.query(`UPDATE par_assessment SET explanation_due = $2 WHERE id = $1`, [
      district.id,
      addDays(today, -1),
    ]);
    expect(await deadlines.closeOverdue(today)).toEqual({ selfAssessments: 0, explanations: 1 });
    expect(await view(district.id)).toMatchObject({ status: 'REAPPRAISAL', closedByDeadline: 'EXPLANATION' });
    const reopened = await extend(district.id, ParDeadlinePhase.EXPLANATION, addDays(today, 2));
    expect(reopened.data?.extendParDeadline).toMatchObject({
      status: 'APPRAISED',
      explanationDue: addDays(today, 2),
    });
  });

  it('reopens with a reason, names the council, publishes only when all is final, then freezes', async () => {
    const cycleId = await openCycle(2043, '2043-12-31', []);
    const cycle = async () =>
      (await t.gql(CYCLE_VERSION, { id: cycleId }, { token: token.coordinator })).data!.parCycle;
    expect(await cycle()).toMatchObject({
      appraisalDue: '2044-01-30',
      publicationDue: '2044-02-29',
      explanationDays: 5,
    });
    const { id } = await assessmentOf(cycleId, 'PB-D1');
    await selfScoreAndSubmit(id, 2043);
    const sendAsMember = async () =>
      t.gql(
        SEND_APPRAISAL,
        { i: { id, version: (await view(id)).version, acceptSelfScores: true } },
        { token: token.member },
      );
    expect(codeOf(await sendAsMember())).toBe('FORBIDDEN');
    const setCouncil = async (userIds: string[], who = token.coordinator) =>
      t.gql(SET_COUNCIL, { i: { id: cycleId, version: (await cycle()).version, userIds } }, { token: who });
    expect(fieldOf(await setCouncil(['00000000-0000-4000-8000-000000000000']))).toEqual(['userIds']);
    expect(codeOf(await setCouncil([memberId], token.other))).toBe('NOT_FOUND');
    expect((await setCouncil([memberId, memberId])).data?.setParCouncil.councilUserIds).toEqual([memberId]);

    const reopen = async (reason: string, who = token.coordinator) =>
      t.gql(REOPEN, { i: { id, version: (await view(id)).version, reason } }, { token: who });
    expect(fieldOf(await reopen(''))).toEqual(['reason']);
    expect((await reopen('Cơ quan xin bổ sung minh chứng')).data?.reopenParAssessment.status).toBe('DRAFT');
    await selfScoreAndSubmit(id, 2043);
    await t.gql(
      SAVE_APPRAISAL,
      { i: { id, version: (await view(id)).version, scores: [{ criterionId: c(2043, '1.2'), points: 80 }] } },
      { token: token.member },
    );
    await sendAsMember();
    const finalised = await t.gql(
      FINALISE,
      { i: { id, version: (await view(id)).version } },
      { token: token.member },
    );
    expect(finalised.data?.finaliseParAssessment.status).toBe('FINALISED');

    const publish = async () =>
      t.gql(PUBLISH, { i: { id: cycleId, version: (await cycle()).version } }, { token: token.coordinator });
    const early = await publish();
    expect(early.errors?.[0].message).toContain('1 assessment(s) are not finalised yet');
    const dept = await assessmentOf(cycleId, 'PB-SNV');
    await t.dataSource.query(`UPDATE par_assessment SET status = 'FINALISED' WHERE id = $1`, [dept.id]);
    expect((await publish()).data?.publishParCycle.status).toBe('PUBLISHED');
    expect(fieldOf(await reopen('Sửa lại'))).toEqual(['id']);
    expect(fieldOf(await setCouncil([]))).toEqual(['id']);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = 'parAssessment.reopen'
         AND after->>'reason' = 'Cơ quan xin bổ sung minh chứng'`,
      [id],
    );
    expect(n).toBe(1);
  });
});
