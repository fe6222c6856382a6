import { randomUUID } from 'node:crypto';
import { ParEvidenceRecordType } from '@partrack/shared';
import { EVIDENCE_PER_ITEM } from '../../src/par-index/par-evidence.service';
import { statementsDuring } from '../support/sql-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { SAVE_SELF_SCORES, SUBMIT_SELF_ASSESSMENT } from './par-assessments.documents';
import {
  ADD_LINK,
  ADD_RECORD,
  ASSESSMENT_EVIDENCE,
  CANDIDATES,
  CYCLE_EVIDENCE,
  REMOVE_EVIDENCE,
} from './par-evidence.documents';
import { EvidenceSetting, evidenceSetting } from './par-index.setup';

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
const fieldOf = (res: Answer) =>
  (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
const codeOf = (res: Answer) => res.errors?.[0]?.extensions?.code;

/** Links and records over GraphQL; files are in par-evidence-files.int-spec.ts. */
describe('PAR Index evidence (minh chứng)', () => {
  let t: TestApp;
  let s: EvidenceSetting;
  let token: EvidenceSetting['token'];
  let records: EvidenceSetting['records'];
  let a: EvidenceSetting['assessment'];
  let items: EvidenceSetting['items'];

  const link = (assessmentId: string, criterionId: string, url: string, who = token.officer) =>
    t.gql(ADD_LINK, { i: { assessmentId, criterionId, url } }, { token: who });
  const cite = (
    recordType: ParEvidenceRecordType,
    recordId: string,
    criterionId = items.district.get('1.1')!,
  ) =>
    t.gql(
      ADD_RECORD,
      { i: { assessmentId: a.district, criterionId, recordType, recordId } },
      { token: token.officer },
    );
  const evidenceOf = async (id: string) =>
    (await t.gql(ASSESSMENT_EVIDENCE, { id }, { token: token.viewer })).data!.parAssessment.evidence;

  beforeAll(async () => {
    t = await createTestApp();
    s = await evidenceSetting(t);
    ({ token, records, assessment: a, items } = s);
  });
  afterAll(() => t.close());

  it('cites links (http and https only) and records of the agency, labelled as they read when cited', async () => {
    const c = items.district.get('1.1')!;
    const ok = await link(a.district, c, 'https://ubnd.ev.gov.vn/van-ban/ke-hoach-cchc-2030');
    expect(ok.data?.addParEvidenceLink).toMatchObject({
      kind: 'URL',
      label: 'https://ubnd.ev.gov.vn/van-ban/ke-hoach-cchc-2030',
      downloadUrl: null,
      addedBy: 'officer@ev.vn',
    });
    for (const url of [
      'javascript:alert(1)',
      'ftp://ubnd.ev.gov.vn/a.pdf',
      'không phải địa chỉ',
      `https://x.vn/${'a'.repeat(2000)}`,
    ])
      expect({ url, field: fieldOf(await link(a.district, c, url)) }).toEqual({ url, field: ['url'] });

    const labels: [ParEvidenceRecordType, string, string][] = [
      [ParEvidenceRecordType.TASK, records.task, '3.1 Rà soát thủ tục hành chính lĩnh vực đất đai'],
      [ParEvidenceRecordType.TASK, records.coordinated, '3.2 Số hóa hồ sơ một cửa'],
      [
        ParEvidenceRecordType.AGENCY_REPORT,
        records.report,
        'Báo cáo chuyên đề cải cách hành chính (6 tháng đầu năm 2022)',
      ],
      [
        ParEvidenceRecordType.MEASUREMENT,
        records.measurement,
        'CT-MC Tỷ lệ hồ sơ giải quyết đúng hạn — Quý I/2022',
      ],
    ];
    for (const [type, id, label] of labels)
      expect((await cite(type, id)).data?.addParEvidenceRecord).toEqual(
        expect.objectContaining({ recordType: type, recordId: id, label, kind: 'RECORD', downloadUrl: null }),
      );
    const update = await cite(ParEvidenceRecordType.TASK_UPDATE, records.taskUpdate);
    expect(update.data?.addParEvidenceRecord.label).toMatch(
      /^3\.1 Rà soát thủ tục hành chính lĩnh vực đất đai — cập nhật ngày \d\d\/\d\d\/\d{4}: Đã rà soát 45 thủ tục$/,
    );

    const refused: [ParEvidenceRecordType, string, string | undefined, string][] = [
      [ParEvidenceRecordType.TASK, records.task, undefined, 'recordId'], // cited twice on the item
      [ParEvidenceRecordType.TASK, records.otherAgencyTask, undefined, 'recordId'],
      [ParEvidenceRecordType.AGENCY_REPORT, records.task, undefined, 'recordId'], // an id of another kind
      [ParEvidenceRecordType.MEASUREMENT, randomUUID(), undefined, 'recordId'],
      [ParEvidenceRecordType.TASK, records.task, items.dept.get('1.1'), 'criterionId'], // another framework
      [ParEvidenceRecordType.TASK, records.task, randomUUID(), 'criterionId'],
    ];
    for (const [type, id, criterionId, field] of refused)
      expect(fieldOf(await cite(type, id, criterionId))).toEqual([field]);
    // The same record on another item is another citation.
    expect(
      (await cite(ParEvidenceRecordType.TASK, records.task, items.district.get('1.2'))).data,
    ).toBeTruthy();

    const listed = await evidenceOf(a.district);
    expect(listed.map((e) => e.kind)).toEqual([
      'URL',
      'RECORD',
      'RECORD',
      'RECORD',
      'RECORD',
      'RECORD',
      'RECORD',
    ]);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_entry
        WHERE action = 'parEvidence.add' AND entity_type = 'ParAssessment' AND entity_id = $1`,
      [a.district],
    );
    expect(n).toBe(listed.length);
  });

  it('hides another province’s assessment as missing, and refuses another agency’s', async () => {
    const c = items.district.get('1.1')!;
    for (const res of [
      await link(a.district, c, 'https://x.vn', token.other),
      await link(randomUUID(), c, 'https://x.vn'),
      await t.gql(CANDIDATES, { assessmentId: a.district }, { token: token.other }),
      await t.gql(REMOVE_EVIDENCE, { id: (await evidenceOf(a.district))[0].id }, { token: token.other }),
    ])
      expect(codeOf(res)).toBe('NOT_FOUND');
    expect(codeOf(await link(a.dept, items.dept.get('1.1')!, 'https://x.vn'))).toBe('FORBIDDEN');
    expect(codeOf(await link(a.district, c, 'https://x.vn', token.viewer))).toBe('FORBIDDEN');
  });

  it(`keeps exactly ${EVIDENCE_PER_ITEM} items of 30 concurrent additions to one item`, async () => {
    const c = items.district.get('1.3')!;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => link(a.district, c, `https://ubnd.ev.gov.vn/tai-lieu/${i}`)),
    );
    expect(results.filter((r) => r.data?.addParEvidenceLink).length).toBe(EVIDENCE_PER_ITEM);
    const refused = results.filter((r) => r.errors);
    expect(refused.length).toBe(30 - EVIDENCE_PER_ITEM);
    expect(new Set(refused.map((r) => JSON.stringify(fieldOf(r))))).toEqual(new Set(['["criterionId"]']));
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM par_evidence WHERE assessment_id = $1 AND criterion_id = $2',
      [a.district, c],
    );
    expect(n).toBe(EVIDENCE_PER_ITEM);
  });

  it('offers the agency’s records to cite, newest first, searched by a word, in one statement', async () => {
    const candidates = async (variables: {
      search?: string;
      recordType?: ParEvidenceRecordType;
      first?: number;
    }) => t.gql(CANDIDATES, { assessmentId: a.district, ...variables }, { token: token.officer });
    const all = (await candidates({})).data!.parEvidenceCandidates;
    expect(new Set(all.map((r) => r.recordId))).toEqual(
      new Set([records.task, records.coordinated, records.taskUpdate, records.report, records.measurement]),
    );
    const dates = all.map((r) => r.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    const land = (await candidates({ search: 'đất đai' })).data!.parEvidenceCandidates;
    expect(land.map((r) => [r.recordType, r.recordId])).toEqual(
      expect.arrayContaining([[ParEvidenceRecordType.TASK, records.task]]),
    );
    expect(land.map((r) => r.recordId)).not.toContain(records.otherAgencyTask);
    const tasks = (await candidates({ search: 'đất', recordType: ParEvidenceRecordType.TASK })).data!;
    expect(tasks.parEvidenceCandidates.map((r) => r.recordId)).toEqual([records.task]);
    expect((await candidates({ search: '100%_' })).data!.parEvidenceCandidates).toEqual([]);
    expect((await candidates({ first: 1 })).data!.parEvidenceCandidates).toHaveLength(1);
    expect(fieldOf(await candidates({ first: 51 }))).toEqual(['first']);

    const statements = await statementsDuring(t, () => candidates({ search: 'thủ tục' }));
    expect(statements.filter((s) => /\bplan_item\b/.test(s))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(4);
  });

  it('lists evidence with assessments in a constant number of statements', async () => {
    const count = async (first: number) =>
      (
        await statementsDuring(t, () =>
          t.gql(CYCLE_EVIDENCE, { cycleId: s.cycleId, first }, { token: token.viewer }),
        )
      ).length;
    expect(await count(2)).toBe(await count(1));
    const page = (await t.gql(CYCLE_EVIDENCE, { cycleId: s.cycleId }, { token: token.viewer })).data!
      .parAssessments;
    expect(page.edges.find((e) => e.node.id === a.district)?.node.evidence.length).toBeGreaterThan(20);
  });

  it('removes evidence of a draft, and neither adds nor removes once it is submitted', async () => {
    const c = items.dept.get('1.1')!;
    const kept = (await link(a.dept, c, 'https://sonoivu.ev.gov.vn/kh', token.coordinator)).data!
      .addParEvidenceLink;
    const gone = (await link(a.dept, c, 'https://sonoivu.ev.gov.vn/bc', token.coordinator)).data!
      .addParEvidenceLink;
    expect((await t.gql(REMOVE_EVIDENCE, { id: gone.id }, { token: token.coordinator })).data).toEqual({
      removeParEvidence: true,
    });
    expect(codeOf(await t.gql(REMOVE_EVIDENCE, { id: gone.id }, { token: token.coordinator }))).toBe(
      'NOT_FOUND',
    );
    expect((await evidenceOf(a.dept)).map((e) => e.id)).toEqual([kept.id]);
    const [{ n: removals }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'parEvidence.remove' AND entity_id = $1`,
      [a.dept],
    );
    expect(removals).toBe(1);

    const [{ version }] = await t.dataSource.query<{ version: number }[]>(
      'SELECT version FROM par_assessment WHERE id = $1',
      [a.dept],
    );
    const saved = await t.gql(
      SAVE_SELF_SCORES,
      { i: { id: a.dept, version, scores: [{ criterionId: c, points: 1 }] } },
      { token: token.coordinator },
    );
    const sent = await t.gql(
      SUBMIT_SELF_ASSESSMENT,
      { i: { id: a.dept, version: saved.data!.saveParSelfScores.version } },
      { token: token.coordinator },
    );
    expect(sent.data?.submitParSelfAssessment.status).toBe('SUBMITTED');
    expect(fieldOf(await link(a.dept, c, 'https://x.vn', token.coordinator))).toEqual(['assessmentId']);
    expect(fieldOf(await t.gql(REMOVE_EVIDENCE, { id: kept.id }, { token: token.coordinator }))).toEqual([
      'id',
    ]);
    expect((await evidenceOf(a.dept)).map((e) => e.id)).toEqual([kept.id]);
  });
});
