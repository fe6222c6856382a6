import { InspectionStatus, ParTargetGroup, PlanItemStatus } from '@partrack/shared';
import { Inspection } from '../../src/inspections/inspection.entity';
import { PlanItem } from '../../src/plans/plan-item.entity';
import { PublicSummaryRepository } from '../../src/public/public-summary.repository';
import type { PublicSummary } from '@partrack/shared';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { INSPECTION_COVERAGE } from './inspections.documents';
import { rankingWorld, RankingWorld } from './par-ranking.setup';
import { SECTION_SECRETS } from './public-sections.setup';
import { publicWorld, PublicWorld, SECRETS, UNPUBLISHED_YEAR, YEAR } from './public-summary.setup';

const RATE_LIMIT = 40;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

describe('public transparency summary (REST, no login)', () => {
  let t: TestApp;
  let w: RankingWorld;
  let world: PublicWorld;
  let base: string;

  const get = async (path: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${t.url}${path}`, { headers: { 'accept-language': 'en', ...headers } });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const summary = async (year = YEAR): Promise<PublicSummary> =>
    JSON.parse((await get(`${base}/summary?year=${year}`)).text) as PublicSummary;
  const section = <K extends PublicSummary['sections'][number]['kind']>(s: PublicSummary, kind: K) =>
    s.sections.find((x) => x.kind === kind) as Extract<PublicSummary['sections'][number], { kind: K }>;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
    w = await rankingWorld(t, 'PUB');
    world = await publicWorld(t, w);
    base = `/public/v1/${w.p.root.code}`;
  }, 60_000);
  afterAll(() => t?.close());

  it('costs at most two SQL statements on a miss and none from the cache', async () => {
    const miss = await statementsDuring(t, () => get(`${base}/summary?year=${YEAR}`));
    expect(miss).toHaveLength(2);
    const hit = await statementsDuring(t, () =>
      Promise.all([get(`${base}/summary?year=${YEAR}`), get(`${base}/summary.csv?year=${YEAR}`)]),
    );
    expect(hit).toEqual([]);
    // Without a published cycle the ranking is not read at all.
    expect(await statementsDuring(t, () => get(`${base}/summary?year=${UNPUBLISHED_YEAR}`))).toHaveLength(1);
  });

  it('counts the tasks of issued plans by reform area and lead agency', async () => {
    const s = await summary();
    expect(s.province).toEqual({ code: 'PUB', name: 'Ủy ban nhân dân tỉnh PUB' });
    expect(s.year).toBe(YEAR);
    expect(s.years).toEqual([YEAR]);
    const progress = section(s, 'PLAN_PROGRESS');
    expect(progress.byArea.map((a) => a.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', null]);
    expect(progress.byArea[0]).toMatchObject({ total: 3, done: 1, inProgress: 1, notStarted: 0, overdue: 1 });
    // The cancelled task is not counted; the draft plan's area III task neither.
    expect(progress.byArea[1]).toMatchObject({ total: 1, notStarted: 1, overdue: 0 });
    expect(progress.byArea[2]).toMatchObject({ code: 'III', total: 0 });
    expect(progress.byArea[7]).toMatchObject({ nameVi: null, total: 1, done: 1 });
    expect(progress.byAgency).toEqual([
      { name: 'Sở Tài chính', total: 3, done: 2, inProgress: 1, notStarted: 0, overdue: 0 },
      { name: 'Sở Xây dựng', total: 2, done: 0, inProgress: 0, notStarted: 1, overdue: 1 },
    ]);
  });

  it('shows the ranking of a published cycle only, without the province group', async () => {
    const ranking = section(await summary(), 'PAR_INDEX_RANKING');
    expect(ranking.cycle).toMatchObject({ name: `Chỉ số CCHC năm ${YEAR}` });
    const departments = ranking.rows.filter((r) => r.group === ParTargetGroup.DEPARTMENT);
    expect(departments.slice(0, 2)).toEqual([
      { group: 'DEPARTMENT', rank: 1, agencyName: 'Sở Tài chính', index: 9, band: null },
      { group: 'DEPARTMENT', rank: 2, agencyName: 'Sở Xây dựng', index: 7, band: null },
    ]);
    expect(ranking.rows.some((r) => r.group === ParTargetGroup.DISTRICT)).toBe(true);
    expect(ranking.rows.every((r) => r.group !== ParTargetGroup.PROVINCE)).toBe(true);

    const unpublished = section(await summary(UNPUBLISHED_YEAR), 'PAR_INDEX_RANKING');
    expect(unpublished).toEqual({ kind: 'PAR_INDEX_RANKING', cycle: null, rows: [] });
  });

  it('shows satisfaction of CLOSED surveys only, per agency and sector against 85/80 % targets', async () => {
    const s = section(await summary(), 'SATISFACTION');
    // Sở Tài chính 52 of 58 valid answers, Sở Xây dựng 28 of 40: the OPEN, sample and DRAFT surveys add nothing.
    expect(s).toEqual({
      kind: 'SATISFACTION',
      surveys: 1,
      sample: false,
      overall: { respondents: 50, valid: 98, satisfied: 80, share: 81.63, target: 85 },
      byAgency: [
        { name: 'Sở Tài chính', respondents: 30, valid: 58, satisfied: 52, share: 89.66, target: 80 },
        { name: 'Sở Xây dựng', respondents: 20, valid: 40, satisfied: 28, share: 70, target: 80 },
      ],
      bySector: [
        { sector: 'CONSTRUCTION', respondents: 50, valid: 98, satisfied: 80, share: 81.63, target: 80 },
      ],
    });
    const none = section(await summary(UNPUBLISHED_YEAR), 'SATISFACTION');
    expect(none).toMatchObject({ surveys: 0, byAgency: [], bySector: [], overall: { share: null } });
  });

  it('counts the sample survey, flagged, only on the demo province of a demo install', async () => {
    const repository = t.app.get(PublicSummaryRepository);
    const days = { today: `${YEAR}-06-30`, hierarchyDay: `${YEAR}-06-30` };
    const demo = await repository.figures('PUB', YEAR, { ...days, demoProvince: 'PUB' });
    const elsewhere = await repository.figures('PUB', YEAR, { ...days, demoProvince: 'QNA' });
    expect(demo?.satisfaction).toMatchObject({ surveys: 2, sample: true });
    expect(elsewhere?.satisfaction).toMatchObject({ surveys: 1, sample: false });
    // The sample's 50 answers about Sở Xây dựng, all "very dissatisfied", join its 40 only on the demo.
    const sxd = (f: typeof demo) => f?.satisfaction?.agencies.find((a) => a.name === 'Sở Xây dựng');
    expect(sxd(demo)).toMatchObject({ valid: 90, satisfied: 28 });
    expect(sxd(elsewhere)).toMatchObject({ valid: 40, satisfied: 28 });
  });

  it('shows inspection coverage of the APPROVED plan only, as the inspections compute it', async () => {
    const s = section(await summary(), 'INSPECTION_COVERAGE');
    const res = await t.gql(
      INSPECTION_COVERAGE,
      { planId: world.sections.approvedPlanId },
      { token: w.token.coordinator },
    );
    const own = res.data!.inspectionCoverage;
    expect(s.approved).toBe(true);
    expect(
      s.levels.map(({ level, agencies, inspected, percent }) => ({ level, agencies, inspected, percent })),
    ).toEqual(own.levels);
    expect(s.total).toMatchObject(own.total);
    expect(s.total?.inspected).toBe(2);
    expect(s.levels.map((l) => [l.level, l.target])).toEqual([
      ['PROVINCE', 40],
      ['DISTRICT', 50],
      ['COMMUNE', 30],
    ]);
    const draft = section(await summary(UNPUBLISHED_YEAR), 'INSPECTION_COVERAGE');
    expect(draft).toEqual({ kind: 'INSPECTION_COVERAGE', approved: false, levels: [], total: null });
  });

  it('never shows a draft, a person, a note, evidence or an unpublished cycle (JSON and CSV)', async () => {
    const bodies: string[] = [];
    for (const year of [YEAR, UNPUBLISHED_YEAR]) {
      for (const file of ['summary', 'summary.json', 'summary.csv']) {
        const answer = await get(`${base}/${file}?year=${year}`);
        expect(answer.status).toBe(200);
        bodies.push(answer.text);
      }
    }
    const all = bodies.join('\n');
    for (const secret of [...Object.values(SECRETS), ...Object.values(SECTION_SECRETS)])
      expect(all).not.toContain(secret);
    expect(all).not.toContain(world.draftAgency.id);
    for (const id of [
      world.sections.approvedPlanId,
      world.sections.draftPlanId,
      world.sections.draftSurveyAgency.id,
    ])
      expect(all).not.toContain(id);
    for (const id of world.tasks.values()) expect(all).not.toContain(id);
    expect(all).not.toMatch(/@|userId|authorLabel|note|evidence|title/i);
  });

  it('offers the same figures as open data: CSV with a BOM and JSON downloads', async () => {
    const csv = await get(`${base}/summary.csv?year=${YEAR}`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(`cong-khai-pub-${YEAR}.csv`);
    // fetch's text() drops a byte order mark: read the bytes.
    const bytes = Buffer.from(await (await fetch(`${t.url}${base}/summary.csv?year=${YEAR}`)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.startsWith('section,group,area_code,name,total,done,in_progress,not_started')).toBe(true);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toContain('progress_by_area,,I,Cải cách thể chế,3,1,1,0,1,,,,,,,,');
    expect(lines).toContain('progress_by_agency,,,Sở Tài chính,3,2,1,0,0,,,,,,,,');
    expect(lines).toContain('par_index_ranking,DEPARTMENT,,Sở Tài chính,,,,,,1,9,,,,,,');
    expect(lines).toContain('satisfaction_by_agency,,,Sở Tài chính,,,,,,,,,30,58,52,89.66,80');
    expect(lines).toContain('satisfaction_by_sector,CONSTRUCTION,,,,,,,,,,,50,98,80,81.63,80');
    expect(lines.some((l) => /^inspection_coverage,TOTAL,,,\d+,2,/.test(l))).toBe(true);
    const json = await get(`${base}/summary.json?year=${YEAR}`);
    expect(json.headers.get('content-disposition')).toContain(`cong-khai-pub-${YEAR}.json`);
    expect(JSON.parse(json.text)).toEqual(await summary());
  });

  it('answers 304 to a matching If-None-Match and tags equal figures equally', async () => {
    const first = await get(`${base}/summary?year=${YEAR}`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await get(`${base}/summary?year=${YEAR}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await get(`${base}/summary.json?year=${YEAR}`)).headers.get('etag')).toBe(etag);
    const other = await get(`${base}/summary?year=${YEAR}`, { 'if-none-match': '"stale"' });
    expect(other.status).toBe(200);
  });

  it('serves cached figures for the TTL, then reads them again', async () => {
    const before = await get(`${base}/summary?year=${YEAR}`);
    // Raw SQL bypasses the early invalidation: only the TTL can show it.
    await t.dataSource.query(`UPDATE plan_item SET status = 'DONE' WHERE id = $1`, [world.tasks.get('3.4')]);
    expect((await get(`${base}/summary?year=${YEAR}`)).headers.get('etag')).toBe(before.headers.get('etag'));
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + t.config.publicCacheTtlSeconds * 1000 + 1);
    try {
      const after = await get(`${base}/summary?year=${YEAR}`);
      expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
      const byArea = section(JSON.parse(after.text) as PublicSummary, 'PLAN_PROGRESS').byArea;
      expect(byArea[1]).toMatchObject({ code: 'II', done: 1, notStarted: 0 });
    } finally {
      clock.mockRestore();
    }
  });

  it('drops the cache at once when figures are written through the app', async () => {
    const before = section(await summary(), 'PLAN_PROGRESS').byArea[0];
    await t.dataSource
      .getRepository(PlanItem)
      .update(world.tasks.get('3.2') ?? '', { status: PlanItemStatus.DONE });
    const after = section(await summary(), 'PLAN_PROGRESS').byArea[0];
    expect(after.done).toBe(before.done + 1);
    expect(after.inProgress).toBe(before.inProgress - 1);

    const coverage = section(await summary(), 'INSPECTION_COVERAGE').total?.inspected ?? 0;
    await t.dataSource
      .getRepository(Inspection)
      .update(
        { planId: world.sections.approvedPlanId, status: InspectionStatus.PLANNED },
        { status: InspectionStatus.DONE },
      );
    expect(section(await summary(), 'INSPECTION_COVERAGE').total?.inspected).toBe(coverage + 1);
  });

  it('refuses bad input in the one error shape', async () => {
    for (const year of ['abc', '1999', '2101', '20310', '']) {
      const bad = await get(`${base}/summary?year=${year}`);
      expect(bad.status).toBe(400);
      const body = JSON.parse(bad.text) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'year', message: 'The year must be a number from 2000 to 2100.' }],
      });
    }
    for (const code of ['NOPE', 'PUB-SNV', '%27%3B--']) {
      const missing = await get(`/public/v1/${code}/summary.csv?year=${YEAR}`);
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('rate-limits a burst with 429 in the JSON error shape', async () => {
    const answers = await Promise.all(
      Array.from({ length: RATE_LIMIT + 10 }, () => get(`${base}/summary?year=${UNPUBLISHED_YEAR}`)),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(answers.every((a) => a.status === 200 || a.status === 429)).toBe(true);
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.parse(refused[0].text)).toMatchObject({
      errors: [
        {
          message: expect.stringMatching(
            /^Too many requests from this address\. Try again in \d+ seconds\.$/,
          ),
          extensions: { code: 'FORBIDDEN', reason: 'RATE_LIMITED' },
        },
      ],
    });
  });
});
