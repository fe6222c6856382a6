import http from 'node:http';
import { ATTACHMENT_MAX_BYTES } from '../../src/common/http/upload-limits';
import { ATTACHMENTS_PER_REPORT } from '../../src/reports/report-attachments.service';
import { demoToken } from '../support/plan-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

interface ErrorBody {
  errors: {
    message: string;
    extensions: { code: string; requestId: string; fields?: { field: string }[] };
  }[];
}

/**
 * Sends the headers and a first kilobyte of a body that claims `length` bytes, and resolves with the answer.
 * An answer that arrives while the rest of the body was never sent proves the server decided on the headers.
 */
function partialPost(url: string, headers: Record<string, string>, length: number | null) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: { ...headers, ...(length === null ? {} : { 'content-length': String(length) }) },
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

describe('report attachments: refused on headers, capped while streaming, counted atomically', () => {
  let t: TestApp;
  let officer: string;
  let reportId: string;
  let url: string;

  const form = (name: string, content: Buffer | string = 'nội dung', type = 'text/plain') => {
    const body = new FormData();
    body.append('file', new Blob([content], { type }), name);
    return body;
  };
  const upload = (body: FormData, token = officer) =>
    fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      body,
    });

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_DATA: 'true' });
    officer = await demoToken(t, 'officer');
    const coordinator = await demoToken(t, 'coordinator');
    const round = await t.gql<{ openReportingRound: { id: string } }>(
      `mutation { openReportingRound(input: { kind: AD_HOC, year: 2023, period: "2023-Q1", title: "Báo cáo chuyên đề",
         dataFrom: "2023-01-01", dataTo: "2023-03-31", dueDate: "2023-04-10" }) { id } }`,
      {},
      { token: coordinator },
    );
    if (!round.data) throw new Error(JSON.stringify(round.errors));
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT r.id FROM agency_report r JOIN app_user u ON u.agency_id = r.agency_id
        WHERE u.email = 'officer@demo.partrack.vn' AND r.round_id = $1`,
      [round.data.openReportingRound.id],
    );
    reportId = row.id;
    url = `${t.url}/files/report-attachments/${reportId}`;
  });
  afterAll(() => t.close());

  it(`stores exactly ${ATTACHMENTS_PER_REPORT} of 40 concurrent uploads to one report`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => upload(form(`tệp ${i}.txt`, `nội dung ${i}`))),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(ATTACHMENTS_PER_REPORT);
    expect(statuses.filter((s) => s === 400)).toHaveLength(40 - ATTACHMENTS_PER_REPORT);
    const refused = (await answers.find((a) => a.status === 400)!.json()) as ErrorBody;
    expect(refused.errors[0].message).toBe(
      `content: A report takes at most ${ATTACHMENTS_PER_REPORT} attachments.`,
    );
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM report_attachment WHERE report_id = $1',
      [reportId],
    );
    expect(n).toBe(ATTACHMENTS_PER_REPORT);
    await t.dataSource.query('DELETE FROM report_attachment WHERE report_id = $1', [reportId]);
  });

  it('answers an anonymous 10 MB upload on its headers, before the body is sent', async () => {
    const anonymous = await partialPost(url, { 'content-type': 'multipart/form-data; boundary=x' }, 10 << 20);
    expect(anonymous.status).toBe(401);
    expect((JSON.parse(anonymous.body) as ErrorBody).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const viewer = await demoToken(t, 'viewer');
    const forbidden = await partialPost(
      url,
      { authorization: `Bearer ${viewer}`, 'content-type': 'multipart/form-data; boundary=x' },
      10 << 20,
    );
    expect(forbidden.status).toBe(403);
  });

  it('refuses a declared length over the limit before reading, and caps a chunked body while streaming', async () => {
    const headers = { authorization: `Bearer ${officer}`, 'content-type': 'multipart/form-data; boundary=x' };
    const declared = await partialPost(url, headers, ATTACHMENT_MAX_BYTES + 1024 * 1024);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' } }],
    });
    const chunked = await upload(
      form('lớn.bin', Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 1), 'application/pdf'),
    );
    expect(chunked.status).toBe(413);
    const body = (await chunked.json()) as ErrorBody;
    expect(body.errors[0].message).toBe(`The request body exceeds ${ATTACHMENT_MAX_BYTES / 1024} KB.`);
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM report_attachment WHERE report_id = $1',
      [reportId],
    );
    expect(n).toBe(0);
  });

  it('keeps a Vietnamese file name and refuses dot, empty and direction-override names', async () => {
    const ok = await upload(form('Quyết định số 12.pdf', '%PDF', 'application/pdf'));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ filename: 'Quyết định số 12.pdf', size: 4 });
    // multer drops a part whose name the multipart parser reduced to nothing ("." and ".."): `file` is missing.
    const refusals: [string, string][] = [
      ['.', 'file'],
      ['..', 'file'],
      ['hoa-don\u202Efdp.exe', 'filename'],
      ['\u2066a', 'filename'],
    ];
    for (const [name, field] of refusals) {
      const res = await upload(form(name));
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect({ name, ...body.errors[0].extensions }).toMatchObject({
        name,
        code: 'BAD_USER_INPUT',
        fields: [{ field }],
      });
    }
  });

  it('answers every mistake in the one JSON error shape, never an HTML page', async () => {
    const auth = {
      authorization: `Bearer ${officer}`,
      'accept-language': 'en',
      'x-request-id': 'req-attach-1',
    };
    const cases: [string, RequestInit, number, string][] = [
      [
        `${t.url}/files/report-attachments/not-a-uuid`,
        { method: 'POST', headers: auth, body: form('a.txt') },
        400,
        'BAD_USER_INPUT',
      ],
      [
        url,
        { method: 'POST', headers: { ...auth, 'content-type': 'application/pdf' }, body: 'raw' },
        400,
        'BAD_USER_INPUT',
      ],
      [url, { method: 'POST', headers: { ...auth, 'x-filename': '%E0%A4%A' }, body: form('b.txt') }, 201, ''],
      [
        `${t.url}/files/report-attachments/00000000-0000-4000-8000-000000000000`,
        { headers: auth },
        404,
        'NOT_FOUND',
      ],
      [`${t.url}/files/nothing-here`, { headers: auth }, 404, 'NOT_FOUND'],
      [
        `${t.url}/files/report-attachments/${reportId}`,
        { method: 'DELETE', headers: auth },
        404,
        'NOT_FOUND',
      ],
    ];
    for (const [target, init, status, code] of cases) {
      const res = await fetch(target, init);
      expect({ target, status: res.status }).toEqual({ target, status });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      if (!code) continue;
      const body = (await res.json()) as ErrorBody;
      expect(body.errors[0].extensions).toMatchObject({ code, requestId: 'req-attach-1' });
      expect(JSON.stringify(body)).not.toMatch(/<html|at \w+ \(|Error:/);
    }
  });

  it('refuses 40 concurrent anonymous 10 MB uploads without storing anything', async () => {
    const big = Buffer.alloc(10 << 20, 7);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
          body: big,
        })
          .then((r) => r.status)
          // The server may close the connection before the client has sent the whole body.
          .catch(() => 'closed'),
      ),
    );
    expect(answers.every((a) => a === 401 || a === 'closed')).toBe(true);
    expect(answers).toContain(401);
  });
});
