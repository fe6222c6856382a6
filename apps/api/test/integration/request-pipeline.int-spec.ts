import net from 'node:net';
import { createTestApp, createTestDatabase, TestApp } from '../support/test-app';

const ADMIN = { email: 'pipeline-admin@x.vn', password: 'pipeline-admin-password' };
const DRIVER_TEXT =
  /ECONNREFUSED|ECONNRESET|Connection terminated|database system|Context creation|QueryFailed|\bat \w+ \(/;

/** A TCP proxy in front of Postgres that the test can cut and restore, as a database restart would. */
class CuttableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(this.target.port || 5432), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

describe('one request pipeline: authentication before the body, one error shape, 503 when the database is down', () => {
  let t: TestApp;
  let proxy: CuttableProxy;
  let token: string;

  beforeAll(async () => {
    const database = new URL(await createTestDatabase());
    proxy = new CuttableProxy(database);
    await proxy.open();
    const viaProxy = new URL(database);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    t = await createTestApp({
      DATABASE_URL: viaProxy.toString(),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    const login = await t.gql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      { e: ADMIN.email, p: ADMIN.password },
    );
    token = login.data!.login.accessToken;
  });
  afterAll(async () => {
    await t.close();
    await proxy.cut();
  });

  it('echoes the request id and sends the security headers on every route', async () => {
    const res = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'pipeline-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('pipeline-1');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    const generated = await fetch(`${t.url}/health/live`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives every GraphQL error the request id, and refuses a bad token unless the operation is public', async () => {
    const me = await t.gql(
      '{ me { email } }',
      {},
      { token: 'not.a.jwt', headers: { 'x-request-id': 'pipeline-2' } },
    );
    expect(me.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'pipeline-2' });
    const login = await t.gql(
      'mutation { login(input: { email: "nobody@x.vn", password: "0123456789" }) { accessToken } }',
      {},
      { token: 'not.a.jwt' },
    );
    expect(login.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_CREDENTIALS',
    });
    const parse = await t.gql('{ me { ', {}, { headers: { 'x-request-id': 'pipeline-3' } });
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'pipeline-3' });
    const malformed = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      errors: [
        {
          message: 'The request body is not valid JSON.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'MALFORMED_JSON' },
        },
      ],
    });
  });

  it('answers malformed paths and unknown routes in the same JSON shape, never an HTML page', async () => {
    for (const [path, method, status] of [
      ['/files/report-attachments/%E0%A4%A', 'GET', 400],
      ['/files/%E0%A4%A', 'POST', 400],
      ['/no/such/route', 'POST', 404],
      ['/graphql', 'DELETE', 400],
    ] as const) {
      const res = await fetch(`${t.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
      const body = await res.text();
      expect({ path, method, status: res.status }).toEqual({ path, method, status });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { requestId: expect.any(String) } }] });
      expect(body).not.toMatch(/<html|<pre>|\bat \w+ \(/i);
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE with a request id and no driver text while the database is down, then recovers', async () => {
    await proxy.cut();
    const withToken = await t.gql('{ me { email } }', {}, { token, headers: { 'x-request-id': 'down-1' } });
    const anonymous = await t.gql(
      'mutation { login(input: { email: "nobody@x.vn", password: "0123456789" }) { accessToken } }',
      {},
      { headers: { 'x-request-id': 'down-2' } },
    );
    const ready = await fetch(`${t.url}/health/ready`, { headers: { 'accept-language': 'en' } });
    const file = await fetch(`${t.url}/files/report-attachments/00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    for (const [res, requestId] of [
      [withToken, 'down-1'],
      [anonymous, 'down-2'],
    ] as const) {
      expect(res.status).toBe(503);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId });
      expect(JSON.stringify(res)).not.toMatch(DRIVER_TEXT);
    }
    for (const res of [ready, file]) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = await res.text();
      expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      expect(body).not.toMatch(DRIVER_TEXT);
    }
    expect(JSON.parse(await (await fetch(`${t.url}/health/ready`)).text())).toMatchObject({
      errors: [{ extensions: { checks: { database: 'down' } } }],
    });

    await proxy.open();
    let answer = await t.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    for (let i = 0; i < 20 && !answer.data; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await t.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    }
    expect(answer.data?.me.email).toBe(ADMIN.email);
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
  });
});
