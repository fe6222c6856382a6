import { Role, SURVEY_FORM_MAX_BYTES, SurveyScope, SurveyStatus } from '@partrack/shared';
import { randomUUID } from 'node:crypto';
import { DEVICE_COOKIE, newDeviceId } from '../../src/surveys/public-form/survey-form-device';
import { login, makeProvince, makeUser, Province } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { CREATE_SURVEY, UPDATE_SURVEY } from './surveys.documents';

const RATE_LIMIT = 10;
const QUESTIONS = [
  { code: '1.1', aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
  { code: '1.2', aspectCode: '1', aspectTitle: 'Tiếp cận dịch vụ', text: 'Có đủ chỉ dẫn' },
  { code: '3.1', aspectCode: '3', aspectTitle: 'Công chức', text: 'Công chức lắng nghe ý kiến' },
];

interface Answer {
  status: number;
  body: {
    errors?: { message: string; extensions: Record<string, unknown> & { fields?: { field: string }[] } }[];
  } & Record<string, unknown>;
  setCookie: string | null;
}

describe('The public survey form (REST)', () => {
  let t: TestApp;
  let p: Province;
  let q: Province;
  let coordinator: string;
  let ipSeq = 0;

  beforeAll(async () => {
    // Behind a "proxy", so each test counts for its own client IP (X-Forwarded-For) and the limit stays real.
    t = await createTestApp({ TRUST_PROXY: 'true', SURVEY_FORM_RATE_LIMIT: String(RATE_LIMIT) });
    [p, q] = await Promise.all([makeProvince(t, 'PF'), makeProvince(t, 'QF')]);
    await makeUser(t, 'coord@pf.vn', Role.COORDINATOR, p.dept);
    coordinator = (await login(t, 'coord@pf.vn')).accessToken;
  });
  afterAll(() => t.close());

  const newIp = () => `203.0.113.${++ipSeq}`;

  const survey = async (status: SurveyStatus, scope = SurveyScope.PROVINCE, agencyId?: string) => {
    const created = await t.gql(
      CREATE_SURVEY,
      {
        i: {
          year: 2026,
          period: '2026',
          title: 'Khảo sát bộ phận một cửa',
          scope,
          ...(agencyId ? { agencyId } : {}),
          questions: QUESTIONS,
        },
      },
      { token: coordinator },
    );
    const s = created.data!.createSurvey;
    let version = s.version;
    for (const next of status === SurveyStatus.DRAFT
      ? []
      : status === SurveyStatus.OPEN
        ? [SurveyStatus.OPEN]
        : [SurveyStatus.OPEN, SurveyStatus.CLOSED]) {
      const updated = await t.gql(
        UPDATE_SURVEY,
        { i: { id: s.id, version, status: next } },
        { token: coordinator },
      );
      version = updated.data!.updateSurvey.version;
    }
    return { id: s.id, questions: s.questions.map((x) => x.id) };
  };

  const call = async (
    method: 'GET' | 'POST',
    path: string,
    options: { body?: string; device?: string; ip?: string; lang?: string } = {},
  ): Promise<Answer> => {
    const response = await fetch(`${t.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'accept-language': options.lang ?? 'en',
        'x-forwarded-for': options.ip ?? newIp(),
        ...(options.device ? { cookie: `${DEVICE_COOKIE}=${options.device}` } : {}),
      },
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    return {
      status: response.status,
      body: (await response.json()) as Answer['body'],
      setCookie: response.headers.get('set-cookie'),
    };
  };
  const formPath = (surveyId: string, agencyId: string) =>
    `/public/v1/surveys/${surveyId}/agencies/${agencyId}/form`;
  const post = (
    surveyId: string,
    agencyId: string,
    answers: unknown,
    options: { device?: string; ip?: string } = {},
  ) =>
    call('POST', formPath(surveyId, agencyId), {
      body: JSON.stringify({ answers }),
      device: options.device ?? newDeviceId(),
      ip: options.ip,
    });

  /** Everything a submission writes, summed: counts, respondents and device-day rows. */
  const stored = async (surveyId: string) => {
    const [row] = await t.dataSource.query<{ answers: number; respondents: number; devices: number }[]>(
      `SELECT (SELECT coalesce(sum(count), 0)::int FROM survey_result WHERE survey_id = $1) AS answers,
              (SELECT coalesce(sum(respondents), 0)::int FROM survey_respondents WHERE survey_id = $1) AS respondents,
              (SELECT count(*)::int FROM survey_form_submission WHERE survey_id = $1) AS devices`,
      [surveyId],
    );
    return row;
  };
  const full = (questions: string[], level = 4) => questions.map((questionId) => ({ questionId, level }));

  it('gives the form of an open survey by agency name, and sets an httpOnly SameSite=Lax device cookie', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const res = await call('GET', formPath(s.id, p.district.id), { lang: 'vi' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      survey: { id: s.id, title: 'Khảo sát bộ phận một cửa', year: 2026, period: '2026' },
      agency: { id: p.district.id, name: 'Ủy ban nhân dân huyện Một' },
      answeredToday: false,
      aspects: [
        { code: '1', title: 'Tiếp cận dịch vụ', questions: [{ code: '1.1' }, { code: '1.2' }] },
        { code: '3', title: 'Công chức', questions: [{ code: '3.1', id: s.questions[2] }] },
      ],
    });
    expect(res.body.levels).toEqual([
      { level: 1, vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
      { level: 2, vi: 'Không hài lòng', en: 'Dissatisfied' },
      { level: 3, vi: 'Bình thường', en: 'Neutral' },
      { level: 4, vi: 'Hài lòng', en: 'Satisfied' },
      { level: 5, vi: 'Rất hài lòng', en: 'Very satisfied' },
    ]);
    expect(res.setCookie).toMatch(new RegExp(`^${DEVICE_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(res.setCookie).toMatch(/HttpOnly/);
    expect(res.setCookie).toMatch(/SameSite=Lax/);
  });

  it('adds one submission to the counts, and refuses the same device the same day with 409, storing nothing', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const device = newDeviceId();
    const answers = [
      { questionId: s.questions[0], level: 5 },
      { questionId: s.questions[1], level: 0 },
    ];
    const first = await post(s.id, p.dept.id, answers, { device });
    expect(first).toMatchObject({ status: 201, body: { received: true } });
    const rows = await t.dataSource.query<{ question_id: string; level: number; count: number }[]>(
      `SELECT question_id, level, count FROM survey_result WHERE survey_id = $1 ORDER BY question_id, level`,
      [s.id],
    );
    // The question left out counts as "no answer" (level 0), like a blank cell of an imported file.
    expect(rows).toEqual(
      expect.arrayContaining([
        { question_id: s.questions[0], level: 5, count: 1 },
        { question_id: s.questions[1], level: 0, count: 1 },
        { question_id: s.questions[2], level: 0, count: 1 },
      ]),
    );
    expect(rows).toHaveLength(3);
    const [respondents] = await t.dataSource.query<{ respondents: number; source: string }[]>(
      `SELECT respondents, source FROM survey_respondents WHERE survey_id = $1 AND agency_id = $2`,
      [s.id, p.dept.id],
    );
    expect(respondents).toEqual({ respondents: 1, source: 'ONLINE' });

    const again = await post(s.id, p.dept.id, full(s.questions), { device });
    expect(again.status).toBe(409);
    expect(again.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' });
    expect(await stored(s.id)).toEqual({ answers: 3, respondents: 1, devices: 1 });
    const form = await call('GET', formPath(s.id, p.dept.id), { device });
    expect(form.body.answeredToday).toBe(true);
    // The same device may still answer about another agency.
    expect((await post(s.id, p.district.id, full(s.questions), { device })).status).toBe(201);
  });

  it('answers NOT_FOUND for a closed or draft survey and an agency the survey does not cover, storing nothing', async () => {
    const [open, closed, draft, ofDept] = await Promise.all([
      survey(SurveyStatus.OPEN),
      survey(SurveyStatus.CLOSED),
      survey(SurveyStatus.DRAFT),
      survey(SurveyStatus.OPEN, SurveyScope.AGENCY, p.dept.id),
    ]);
    const cases: [string, string, string[]][] = [
      ['closed survey', closed.id, closed.questions],
      ['draft survey', draft.id, draft.questions],
      ['unknown survey', randomUUID(), open.questions],
    ];
    const missing = async (surveyId: string, agencyId: string, questions: string[]) => {
      for (const res of [
        await call('GET', formPath(surveyId, agencyId)),
        await post(surveyId, agencyId, full(questions)),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.errors![0].extensions.code).toBe('NOT_FOUND');
        expect(res.body.errors![0].message).toBe(`Survey "${surveyId}" was not found.`);
      }
    };
    for (const [, surveyId, questions] of cases) await missing(surveyId, p.dept.id, questions);
    await missing(open.id, q.dept.id, open.questions); // another province's agency
    await missing(open.id, randomUUID(), open.questions);
    await missing(ofDept.id, p.district.id, ofDept.questions); // an AGENCY survey asks about its agency only
    for (const s of [open, closed, draft, ofDept])
      expect(await stored(s.id)).toEqual({ answers: 0, respondents: 0, devices: 0 });
    expect((await post(ofDept.id, p.dept.id, full(ofDept.questions))).status).toBe(201);
  });

  it('refuses bad input with 400 naming the field, storing nothing', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const [a, b] = s.questions;
    const cases: [unknown, string][] = [
      [undefined, 'answers'],
      ['4', 'answers'],
      [[{ questionId: 'not-a-uuid', level: 4 }], 'answers.0.questionId'],
      [[{ questionId: `${a}\u0000`, level: 4 }], 'answers.0.questionId'],
      [[{ questionId: a, level: 6 }], 'answers.0.level'],
      [[{ questionId: a, level: -1 }], 'answers.0.level'],
      [[{ questionId: a, level: 2.5 }], 'answers.0.level'],
      [[{ questionId: a, level: '4' }], 'answers.0.level'],
      [[{ questionId: a }], 'answers.0.level'],
      [[{ questionId: 42, level: 4 }], 'answers.0.questionId'],
      [
        [
          { questionId: a, level: 4 },
          { questionId: randomUUID(), level: 4 },
        ],
        'answers.1.questionId',
      ],
      [
        [
          { questionId: b, level: 4 },
          { questionId: b, level: 5 },
        ],
        'answers.1.questionId',
      ],
      [[{ questionId: a, level: 0 }], 'answers'],
      [[], 'answers'],
    ];
    for (const [answers, field] of cases) {
      const res = await call('POST', formPath(s.id, p.dept.id), {
        body: JSON.stringify(answers === undefined ? {} : { answers }),
        device: newDeviceId(),
      });
      expect({ answers, status: res.status, code: res.body.errors?.[0].extensions.code }).toEqual({
        answers,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
      expect(res.body.errors![0].extensions.fields!.map((f) => f.field)).toContain(field);
    }
    const badPath = await post('not-a-uuid', p.dept.id, full(s.questions));
    expect(badPath.status).toBe(400);
    expect(badPath.body.errors![0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'surveyId' }),
    ]);
    const malformed = await call('POST', formPath(s.id, p.dept.id), {
      body: '{"answers": [',
      device: newDeviceId(),
    });
    expect(malformed.status).toBe(400);
    expect(await stored(s.id)).toEqual({ answers: 0, respondents: 0, devices: 0 });
  });

  it('refuses a body over the limit with 413 in the JSON error shape, storing nothing', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const answers = full(s.questions).concat(
      Array.from({ length: 200 }, () => ({ questionId: randomUUID(), level: 4 })),
    );
    const body = JSON.stringify({ answers });
    expect(Buffer.byteLength(body)).toBeGreaterThan(SURVEY_FORM_MAX_BYTES);
    const res = await call('POST', formPath(s.id, p.dept.id), { body, device: newDeviceId() });
    expect(res.status).toBe(413);
    expect(res.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BODY_TOO_LARGE',
    });
    expect(await stored(s.id)).toEqual({ answers: 0, respondents: 0, devices: 0 });
  });

  it('rate-limits submissions per client IP with 429 in the JSON error shape', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const ip = newIp();
    const answers = await Promise.all(
      Array.from({ length: RATE_LIMIT + 5 }, () => post(s.id, p.dept.id, full(s.questions), { ip })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(RATE_LIMIT);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(5);
    expect(refused[0].body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/Too many requests/),
          extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' }),
        },
      ],
    });
    expect(await stored(s.id)).toEqual({
      answers: RATE_LIMIT * QUESTIONS.length,
      respondents: RATE_LIMIT,
      devices: RATE_LIMIT,
    });
    // Reading the form is not a submission: the same address still reads it.
    expect((await call('GET', formPath(s.id, p.dept.id), { ip })).status).toBe(200);
  });

  it('counts 30 parallel submissions from different devices exactly', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const levels = Array.from({ length: 30 }, (_, i) => (i % 5) + 1);
    const answers = await Promise.all(
      levels.map((level) => post(s.id, p.commune.id, full(s.questions, level))),
    );
    expect(answers.map((a) => a.status)).toEqual(levels.map(() => 201));
    const rows = await t.dataSource.query<{ level: number; count: number }[]>(
      `SELECT level, count FROM survey_result WHERE survey_id = $1 AND question_id = $2 ORDER BY level`,
      [s.id, s.questions[2]],
    );
    expect(rows).toEqual([1, 2, 3, 4, 5].map((level) => ({ level, count: 6 })));
    expect(await stored(s.id)).toEqual({ answers: 30 * QUESTIONS.length, respondents: 30, devices: 30 });
  });

  it('takes exactly one of parallel submissions from the same device', async () => {
    const s = await survey(SurveyStatus.OPEN);
    const device = newDeviceId();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(s.id, p.dept.id, full(s.questions), { device })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(9);
    expect(await stored(s.id)).toEqual({ answers: QUESTIONS.length, respondents: 1, devices: 1 });
  });
});
