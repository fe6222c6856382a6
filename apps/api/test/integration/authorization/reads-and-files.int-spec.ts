import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Role } from '@partrack/shared';
import { freshReport } from '../../support/authorization/objects';
import { documentedPermissions } from '../../support/authorization/permission-table';
import {
  BY_ID_READS,
  buildReadObjects,
  LIST_READS,
  ReadObjects,
} from '../../support/authorization/read-cases';
import { inParallel, sql } from '../../support/authorization/runner';
import { placeOf } from '../../support/authorization/scope-cases';
import { DOWNLOADS, errorBody, UPLOADS } from '../../support/authorization/route-cases';
import { buildWorld, CALLER_OF_ROLE, CallerName, World } from '../../support/authorization/world';
import { createTestApp, GqlResponse, TestApp } from '../../support/test-app';

/**
 * Reads: the admin queries by role (expectations from docs/api.md), by-id queries across provinces
 * (NOT_FOUND as if missing) and lists; and the attachment routes by role and scope, whose errors have the
 * GraphQL error shape and codes.
 */
const DOCS = documentedPermissions();

const ADMIN_QUERIES = [
  { name: 'users', permission: 'USER_MANAGE', query: '{ users(first: 100) { edges { node { email } } } }' },
  { name: 'user', permission: 'USER_MANAGE', query: 'query($id: ID!) { user(id: $id) { email } }' },
  {
    name: 'auditLog',
    permission: 'AUDIT_READ',
    query: '{ auditLog(first: 5) { edges { node { action } } } }',
  },
  {
    name: 'apiKeys',
    permission: 'API_KEY_MANAGE',
    query: '{ apiKeys(first: 100) { edges { node { name } } } }',
  },
  { name: 'emailOutbox', permission: 'USER_MANAGE', query: '{ emailOutbox { totalCount } }' },
];
const ADMIN_CASES = ADMIN_QUERIES.flatMap((q) =>
  Object.values(Role).map((role) => ({ ...q, role, allowed: DOCS[role].has(q.permission) })),
);

/** An officer of another agency reads the whole province (and may ask for entry templates). */
const READERS: { caller: CallerName; expected: 'OK' | 'NOT_FOUND' }[] = [
  { caller: 'officerStc', expected: 'OK' },
  { caller: 'qOfficer', expected: 'NOT_FOUND' },
  { caller: 'qCoordinator', expected: 'NOT_FOUND' },
];
const BY_ID_CASES = BY_ID_READS.flatMap((read) => READERS.map((r) => ({ ...read, ...r })));

describe('authorization: reads and attachment routes', () => {
  let t: TestApp;
  let w: World;
  let o: ReadObjects;
  const answers = new Map<string, GqlResponse>();
  const codeOf = (res: GqlResponse) => (res.errors ? String(res.errors[0].extensions?.code) : 'OK');
  const auth = (caller: CallerName | null): Record<string, string> =>
    caller ? { authorization: `Bearer ${w.token[caller]}` } : {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t, [
      'admin',
      'coordinator',
      'manager',
      'officer',
      'viewer',
      'officerStc',
      'qViewer',
      'qCoordinator',
      'qOfficer',
    ]);
    o = await buildReadObjects(w);
    const token = (c: CallerName) => w.token[c];
    await inParallel(
      [
        ...ADMIN_CASES.map(
          (c) =>
            [
              `admin/${c.name}/${c.role}`,
              c.query,
              { id: w.userId.officer },
              token(CALLER_OF_ROLE[c.role]),
            ] as const,
        ),
        ...BY_ID_CASES.map(
          (c) => [`byId/${c.name}/${c.caller}`, c.query, c.variables(w, o), token(c.caller)] as const,
        ),
        ...LIST_READS.flatMap((l) =>
          (['viewer', 'qViewer'] as const).map(
            (c) => [`list/${l.name}/${c}`, l.query, {}, token(c)] as const,
          ),
        ),
      ],
      6,
      async ([key, query, variables, as]) => answers.set(key, await t.gql(query, variables, { token: as })),
    );
  });
  afterAll(() => t?.close());

  it.each(ADMIN_CASES)('$name as $role → allowed: $allowed', ({ name, role, allowed }) => {
    const res = answers.get(`admin/${name}/${role}`)!;
    if (!allowed) {
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      return;
    }
    expect(codeOf(res)).toBe('OK');
    const text = JSON.stringify(res.data);
    if (name === 'users' || name === 'user') expect(text).toContain('officer@authz.test');
    if (name === 'apiKeys') expect(text).toContain('authz-AGENCY_OFFICER');
    if (name === 'auditLog') expect(text).toContain('"action"');
  });

  it.each(BY_ID_CASES)('$name asked by $caller → $expected', ({ name, caller, expected }) => {
    const res = answers.get(`byId/${name}/${caller}`)!;
    expect({ code: codeOf(res), message: res.errors?.[0]?.message ?? null }).toEqual({
      code: expected,
      message: expected === 'OK' ? null : expect.any(String),
    });
    // The reader of P gets the object itself (a list: not empty), so NOT_FOUND from Q is not vacuous.
    const value = Object.values(res.data ?? {})[0];
    if (expected === 'OK') expect(Array.isArray(value) ? value.length : value).toBeTruthy();
  });

  it("refuses another province's agency with one's own indicator, as if it did not exist", async () => {
    const ask = (agencyId: string) =>
      t.gql(
        'query($i: ID!, $a: ID!) { indicatorValue(indicatorId: $i, agencyId: $a, period: "2022-Q1") { value } }',
        { i: o.qIndicatorId, a: agencyId },
        { token: w.token.qViewer },
      );
    const [foreign, missing] = await Promise.all([ask(w.p.d1.id), ask(randomUUID())]);
    expect([codeOf(foreign), codeOf(missing)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it("answers taskStats on another province's plan exactly as on a plan that does not exist", async () => {
    const stats = (planId: string, caller: CallerName) =>
      t.gql<{ taskStats: unknown[] }>(
        'query($p: ID!) { taskStats(planId: $p, groupBy: STATUS) { total } }',
        { p: planId },
        { token: w.token[caller] },
      );
    const [own, foreign, missing] = await Promise.all([
      stats(o.planId, 'viewer'),
      stats(o.planId, 'qViewer'),
      stats(randomUUID(), 'qViewer'),
    ]);
    expect(own.data!.taskStats.length).toBeGreaterThan(0);
    expect(foreign).toEqual(missing);
  });

  it.each(LIST_READS)(
    "$name: P's reader sees P's object, Q's reader sees none of P",
    ({ name, ids, expected }) => {
      const [mine, theirs] = (['viewer', 'qViewer'] as const).map((c) => answers.get(`list/${name}/${c}`)!);
      expect([codeOf(mine), codeOf(theirs)]).toEqual(['OK', 'OK']);
      expect(ids(mine.data!)).toContain(expected(w, o));
      const ofP = new Set(ids(mine.data!));
      expect(ids(theirs.data!).filter((id) => ofP.has(id))).toEqual([]);
    },
  );

  describe('POST /files/report-attachments/:reportId (multipart, part "file")', () => {
    const upload = async (caller: CallerName | null, reportId: string) => {
      const form = new FormData();
      form.append(
        'file',
        new Blob([Buffer.from('%PDF-1.4 biên bản')], { type: 'application/pdf' }),
        'biên bản.pdf',
      );
      const res = await fetch(`${t.url}/files/report-attachments/${reportId}`, {
        method: 'POST',
        body: form,
        headers: auth(caller),
      });
      const body: unknown = await res.json().catch(() => null);
      return { status: res.status, body };
    };
    const stored = async (reportId: string) =>
      (
        (await sql(w, 'SELECT count(*)::int AS n FROM report_attachment WHERE report_id = $1', [
          reportId,
        ])) as { n: number }[]
      )[0].n;

    it.each(UPLOADS)('$label → $status', async ({ caller, place, status, code }) => {
      const reportId =
        place === 'nowhere' ? randomUUID() : (await freshReport(w, placeOf(w, place), 'DRAFT')).id;
      const res = await upload(caller, reportId);
      expect(res.status).toBe(status);
      if (code) expect(res.body).toEqual(errorBody(code));
      else
        expect(res.body).toEqual(
          expect.objectContaining({ id: expect.any(String), filename: 'biên bản.pdf' }),
        );
      expect(await stored(reportId)).toBe(code ? 0 : 1);
    });

    it('refuses a body declared larger than 10 MB on its headers, before reading it → 413', async () => {
      const reportId = (await freshReport(w, w.p.d1, 'DRAFT')).id;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${t.url}/files/report-attachments/${reportId}`, {
          method: 'POST',
          headers: {
            ...auth('officer'),
            'content-type': 'multipart/form-data; boundary=b',
            'content-length': String(11 * 1024 * 1024),
          },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
            req.destroy();
          });
        });
        req.on('error', reject);
        // A server that waits for the whole body never answers: fail in seconds, not at the test timeout.
        setTimeout(() => {
          req.destroy();
          resolve({ status: 0, body: '{}' });
        }, 10_000).unref();
        // Only the first bytes are sent: the answer must come without the rest.
        req.write('--b\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n');
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toEqual(errorBody('BAD_USER_INPUT'));
      expect(await stored(reportId)).toBe(0);
    });
  });

  describe('GET /files/report-attachments/:id', () => {
    it.each(DOWNLOADS)('$label → $status', async ({ caller, status, code }) => {
      const res = await fetch(`${t.url}/files/report-attachments/${o.attachmentId}`, {
        headers: auth(caller),
      });
      expect(res.status).toBe(status);
      if (code) expect(await res.json()).toEqual(errorBody(code));
      else expect(await res.text()).toBe('abc');
    });

    it("answers another province's attachment exactly as one that does not exist", async () => {
      const get = async (id: string) => {
        const res = await fetch(`${t.url}/files/report-attachments/${id}`, { headers: auth('qViewer') });
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        return {
          status: res.status,
          code: body.errors[0].extensions.code,
          message: body.errors[0].message.replace(id, '<id>'),
        };
      };
      const missing = randomUUID();
      expect(await get(o.attachmentId)).toEqual(await get(missing));
    });
  });
});
