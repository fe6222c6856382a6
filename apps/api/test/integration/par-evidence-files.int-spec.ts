import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ATTACHMENT_MAX_BYTES } from '../../src/common/http/upload-limits';
import { createTestApp, TestApp } from '../support/test-app';
import { SAVE_SELF_SCORES, SUBMIT_SELF_ASSESSMENT } from './par-assessments.documents';
import { ASSESSMENT_EVIDENCE } from './par-evidence.documents';
import { EvidenceSetting, evidenceSetting } from './par-index.setup';

const CONTENT = '%PDF-1.4 quyết định';
const SIZE = Buffer.byteLength(CONTENT);

interface ErrorBody {
  errors: { message: string; extensions: { code: string; fields?: { field: string }[] } }[];
}

/** Sends the headers and a first kilobyte of a body claiming `length` bytes; resolves with the answer. */
function partialPost(url: string, headers: Record<string, string>, length: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(length) },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.write(Buffer.alloc(1024, 'x'));
  });
}

/** Evidence files over HTTP, guarded like report attachments: POST multipart, GET back. */
describe('PAR Index evidence files', () => {
  let t: TestApp;
  let token: EvidenceSetting['token'];
  let a: EvidenceSetting['assessment'];
  let items: EvidenceSetting['items'];

  const upload = (assessmentId: string, criterionId: string, name: string, who = token.officer) => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(CONTENT)], { type: 'application/pdf' }), name);
    return fetch(`${t.url}/files/par-evidence/${assessmentId}/${criterionId}`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${who}`, 'accept-language': 'en' },
    });
  };
  const fieldsOf = async (res: Response) =>
    ((await res.json()) as ErrorBody).errors[0].extensions.fields?.map((f) => f.field);
  const evidenceOf = async (id: string) =>
    (await t.gql(ASSESSMENT_EVIDENCE, { id }, { token: token.viewer })).data!.parAssessment.evidence;

  beforeAll(async () => {
    t = await createTestApp();
    ({ token, assessment: a, items } = await evidenceSetting(t));
  });
  afterAll(() => t.close());

  it('uploads a file with a Vietnamese name to a leaf item and gives it back to readers of the province', async () => {
    const name = 'Quyết định số 12-QĐ-UBND ban hành kế hoạch CCHC năm 2030.pdf';
    const res = await upload(a.district, items.district.get('1.1')!, name);
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { id: string; label: string; size: number; downloadUrl: string };
    expect(saved).toMatchObject({ kind: 'FILE', label: name, mimeType: 'application/pdf', size: SIZE });
    expect(saved.downloadUrl).toBe(`/files/par-evidence/${saved.id}`);

    const file = await fetch(`${t.url}${saved.downloadUrl}`, {
      headers: { authorization: `Bearer ${token.viewer}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe(CONTENT);
    const hidden = await fetch(`${t.url}${saved.downloadUrl}`, {
      headers: { authorization: `Bearer ${token.other}` },
    });
    const missing = await fetch(`${t.url}/files/par-evidence/${randomUUID()}`, {
      headers: { authorization: `Bearer ${token.other}` },
    });
    expect([hidden.status, missing.status]).toEqual([404, 404]);

    const onArea = await upload(a.district, items.district.get('1')!, 'a.pdf');
    expect(onArea.status).toBe(400);
    expect(await fieldsOf(onArea)).toEqual(['criterionId']);
    const foreign = await upload(a.district, items.district.get('1.1')!, 'a.pdf', token.other);
    expect(foreign.status).toBe(404);
    const badId = await fetch(`${t.url}/files/par-evidence/${a.district}/nope`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.officer}` },
      body: new FormData(),
    });
    expect(badId.status).toBe(400);
    expect(await fieldsOf(badId)).toEqual(['criterionId']);
    expect(await evidenceOf(a.district)).toEqual([
      expect.objectContaining({ id: saved.id, kind: 'FILE', size: SIZE, downloadUrl: saved.downloadUrl }),
    ]);
  });

  it('answers on the headers: anonymous 401, a viewer 403, a declared length over the limit 413', async () => {
    const url = `${t.url}/files/par-evidence/${a.district}/${items.district.get('1.2')!}`;
    const multipart = { 'content-type': 'multipart/form-data; boundary=x' };
    const anonymous = await partialPost(url, multipart, 10 << 20);
    const viewer = await partialPost(
      url,
      { ...multipart, authorization: `Bearer ${token.viewer}` },
      10 << 20,
    );
    const tooLarge = await partialPost(
      url,
      { ...multipart, authorization: `Bearer ${token.officer}` },
      ATTACHMENT_MAX_BYTES + (1 << 20),
    );
    expect([anonymous.status, viewer.status, tooLarge.status]).toEqual([401, 403, 413]);
    expect((await upload(a.dept, items.dept.get('1.1')!, 'a.pdf')).status).toBe(403);
    expect((await evidenceOf(a.dept)).length).toBe(0);
  });

  it('refuses files once the self-assessment is submitted, naming the assessment', async () => {
    const c = items.dept.get('1.1')!;
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
    const late = await upload(a.dept, c, 'Báo cáo muộn.pdf', token.coordinator);
    expect(late.status).toBe(400);
    expect(await fieldsOf(late)).toEqual(['assessmentId']);
    expect((await evidenceOf(a.dept)).length).toBe(0);
  });
});
