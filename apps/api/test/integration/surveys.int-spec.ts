import { Role, SurveyScope, SurveySector, SurveyStatus } from '@partrack/shared';
import type { CreateSurveyInput } from '../gql/graphql';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { CREATE_SURVEY, SURVEY, SURVEY_RESULTS, SURVEYS, UPDATE_SURVEY } from './surveys.documents';

const QUESTIONS = [
  { code: '1.1', aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
  { code: '1.2', aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', text: 'Trang thiết bị đầy đủ' },
  { code: '3.1', aspectCode: '3', aspectTitle: 'Công chức', text: 'Công chức lắng nghe ý kiến' },
];

describe('Satisfaction surveys', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let coordinator: string;
  let otherCoordinator: string;
  let viewer: string;

  beforeAll(async () => {
    t = await createTestApp();
    [p, q] = await Promise.all([makeProvince(t, 'PS'), makeProvince(t, 'QS')]);
    await Promise.all([
      makeUser(t, 'coord@ps.vn', Role.COORDINATOR, p.dept),
      makeUser(t, 'coord@qs.vn', Role.COORDINATOR, q.dept),
      makeUser(t, 'viewer@ps.vn', Role.VIEWER, p.root),
    ]);
    [coordinator, otherCoordinator, viewer] = (
      await Promise.all(['coord@ps.vn', 'coord@qs.vn', 'viewer@ps.vn'].map((e) => login(t, e)))
    ).map((s) => s.accessToken);
  });
  afterAll(() => t.close());

  const input = (over: Partial<CreateSurveyInput> = {}): CreateSurveyInput => ({
    year: 2024,
    period: '2024',
    title: 'Khảo sát sự hài lòng tại bộ phận một cửa',
    scope: SurveyScope.AGENCY,
    agencyId: p.district.id,
    questions: QUESTIONS,
    ...over,
  });
  const create = async (over: Partial<CreateSurveyInput> = {}, token = coordinator) =>
    t.gql(CREATE_SURVEY, { i: input(over) }, { token });
  const created = async (over: Partial<CreateSurveyInput> = {}) => {
    const res = await create(over);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createSurvey;
  };
  const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  it('creates a DRAFT survey with its questions in order and the default rule, audited', async () => {
    const survey = await created();
    expect(survey).toMatchObject({
      year: 2024,
      period: '2024',
      scope: 'AGENCY',
      agencyId: p.district.id,
      sector: null,
      satisfiedLevels: 2,
      status: 'DRAFT',
      isSample: false,
    });
    expect(survey.questions.map((x) => [x.code, x.aspectCode, x.position])).toEqual([
      ['1.1', '1', 1],
      ['1.2', '1', 2],
      ['3.1', '3', 3],
    ]);
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [
      survey.id,
    ]);
    expect(audit).toEqual({ action: 'survey.create' });
  });

  it.each([
    ['a period outside the year', { period: '2023-Q1' }, 'period'],
    ['a malformed period', { period: '2024-Q5' }, 'period'],
    ['an AGENCY survey without its agency', { agencyId: null }, 'agencyId'],
    ['a sector on an AGENCY survey', { sector: SurveySector.LAND }, 'sector'],
    ['a SECTOR survey without its sector', { scope: SurveyScope.SECTOR, agencyId: null }, 'sector'],
    ['no questions', { questions: [] }, 'questions'],
    [
      'a duplicated question code',
      { questions: [QUESTIONS[0], { ...QUESTIONS[1], code: '1.1' }] },
      'questions.1.code',
    ],
    [
      'one aspect with two titles',
      { questions: [QUESTIONS[0], { ...QUESTIONS[1], aspectTitle: 'Khác' }] },
      'questions.1.aspectTitle',
    ],
    ['a rule of five levels', { satisfiedLevels: 5 }, 'satisfiedLevels'],
    ['an agency of another province', { agencyId: 'OTHER' }, 'agencyId'],
  ] as [string, Partial<CreateSurveyInput>, string][])(
    'refuses %s, naming the field, and writes nothing',
    async (_label, over, field) => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM survey`);
      const res = await create(over.agencyId === 'OTHER' ? { ...over, agencyId: q.district.id } : over);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toContain(field);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM survey`)).toEqual(before);
    },
  );

  it('creates a province-wide and a sector survey', async () => {
    expect(await created({ scope: SurveyScope.PROVINCE, agencyId: null })).toMatchObject({
      scope: 'PROVINCE',
    });
    expect(
      await created({
        scope: SurveyScope.SECTOR,
        agencyId: null,
        sector: SurveySector.LAND,
        period: '2024-H1',
      }),
    ).toMatchObject({ scope: 'SECTOR', sector: 'LAND', period: '2024-H1' });
  });

  it('replaces the questions of a DRAFT, opens it, then keeps them; a stale version conflicts', async () => {
    const survey = await created();
    const res = await t.gql(
      UPDATE_SURVEY,
      { i: { id: survey.id, version: survey.version, questions: [QUESTIONS[2]], title: 'Đổi tên' } },
      { token: coordinator },
    );
    expect(res.data?.updateSurvey).toMatchObject({ title: 'Đổi tên', questions: [{ code: '3.1' }] });
    const opened = await t.gql(
      UPDATE_SURVEY,
      { i: { id: survey.id, version: res.data!.updateSurvey.version, status: SurveyStatus.OPEN } },
      { token: coordinator },
    );
    expect(opened.data?.updateSurvey.status).toBe('OPEN');
    const version = opened.data!.updateSurvey.version;
    const frozen = await t.gql(
      UPDATE_SURVEY,
      { i: { id: survey.id, version, questions: QUESTIONS } },
      { token: coordinator },
    );
    expect(fieldOf(frozen)).toEqual(['questions']);
    const back = await t.gql(
      UPDATE_SURVEY,
      { i: { id: survey.id, version, status: SurveyStatus.DRAFT } },
      { token: coordinator },
    );
    expect(fieldOf(back)).toEqual(['status']);
    const stale = await t.gql(
      UPDATE_SURVEY,
      { i: { id: survey.id, version: version - 1, title: 'Cũ' } },
      { token: coordinator },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it("answers NOT_FOUND for another province's survey, to read and to write", async () => {
    const survey = await created();
    expect(codeOf(await t.gql(SURVEY, { id: survey.id }, { token: otherCoordinator }))).toBe('NOT_FOUND');
    const res = await t.gql(
      UPDATE_SURVEY,
      { i: { id: survey.id, version: survey.version, title: 'Của tỉnh khác' } },
      { token: otherCoordinator },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(SURVEY_RESULTS, { surveyId: survey.id }, { token: otherCoordinator }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await create({}, viewer))).toBe('FORBIDDEN');
  });

  it('computes satisfaction per question, aspect and agency from stored counts', async () => {
    const survey = await created({ satisfiedLevels: 2 });
    const [q11, q12] = survey.questions.map((x) => x.id);
    // District: q1.1 90 of 100 satisfied (3 blank); q1.2 10 of 20; q3.1 nobody. Commune: q1.1 1 of 4.
    const rows: [string, string, number, number][] = [
      [p.district.id, q11, 0, 3],
      [p.district.id, q11, 1, 2],
      [p.district.id, q11, 2, 3],
      [p.district.id, q11, 3, 5],
      [p.district.id, q11, 4, 40],
      [p.district.id, q11, 5, 50],
      [p.district.id, q12, 2, 10],
      [p.district.id, q12, 5, 10],
      [p.commune.id, q11, 1, 3],
      [p.commune.id, q11, 4, 1],
    ];
    for (const [agency, question, level, count] of rows)
      await t.dataSource.query(
        `INSERT INTO survey_result (survey_id, agency_id, question_id, level, count) VALUES ($1, $2, $3, $4, $5)`,
        [survey.id, agency, question, level, count],
      );
    await t.dataSource.query(
      `INSERT INTO survey_respondents (survey_id, agency_id, respondents, source)
       VALUES ($1, $2, 103, 'COUNTS'), ($1, $3, 4, 'COUNTS')`,
      [survey.id, p.district.id, p.commune.id],
    );
    const res = await t.gql(SURVEY_RESULTS, { surveyId: survey.id }, { token: viewer });
    const r = res.data!.surveyResults;
    expect(r).toMatchObject({ satisfiedLevels: 2, respondents: 107, agencyId: null });
    expect(r.overall).toEqual({
      counts: [3, 5, 13, 5, 41, 60],
      valid: 124,
      satisfied: 101,
      noAnswer: 3,
      share: 81.45,
    });
    expect(r.questions.map((x) => [x.code, x.share])).toEqual([
      ['1.1', 87.5], // 91 of 104
      ['1.2', 50],
      ['3.1', null],
    ]);
    expect(r.aspects).toEqual([
      { aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', valid: 124, share: 81.45 },
      { aspectCode: '3', aspectTitle: 'Công chức', valid: 0, share: null },
    ]);
    expect(r.agencies).toEqual([
      { agencyId: p.district.id, respondents: 103, share: 83.33, agency: { name: p.district.name } },
      { agencyId: p.commune.id, respondents: 4, share: 25, agency: { name: p.commune.name } },
    ]);
    const one = (
      await t.gql(SURVEY_RESULTS, { surveyId: survey.id, agencyId: p.commune.id }, { token: viewer })
    ).data!.surveyResults;
    expect(one).toMatchObject({ agencyId: p.commune.id, respondents: 4, overall: { valid: 4, share: 25 } });
    const outside = await t.gql(
      SURVEY_RESULTS,
      { surveyId: survey.id, agencyId: q.district.id },
      { token: viewer },
    );
    expect(codeOf(outside)).toBe('NOT_FOUND');
    // A stricter rule on the same counts: only "rất hài lòng".
    await t.dataSource.query(`UPDATE survey SET satisfied_levels = 1 WHERE id = $1`, [survey.id]);
    const strict = (await t.gql(SURVEY_RESULTS, { surveyId: survey.id }, { token: viewer })).data!
      .surveyResults;
    expect(strict.overall.share).toBe(48.39); // 60 of 124
  });

  it('reads results in a constant number of statements, however many agencies answered', async () => {
    const survey = await created();
    const statements = await statementsDuring(t, () =>
      t.gql(SURVEY_RESULTS, { surveyId: survey.id }, { token: coordinator }),
    );
    expect(statements.length).toBeLessThanOrEqual(6);
  });

  it('lists surveys with their questions in a constant number of statements', async () => {
    const count = async (first: number) =>
      (await statementsDuring(t, () => t.gql(SURVEYS, { first }, { token: coordinator }))).length;
    expect(await count(20)).toBe(await count(2));
    const page = (await t.gql(SURVEYS, { first: 50 }, { token: coordinator })).data!.surveys;
    expect(page.edges.length).toBeGreaterThan(3);
    expect(page.edges.every((e) => e.node.questions.length > 0)).toBe(true);
    const theirs = (await t.gql(SURVEYS, { first: 50 }, { token: otherCoordinator })).data!.surveys;
    expect(theirs.edges).toEqual([]);
  });
});
