import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { HASHED_ASSET_CACHE, REVALIDATE_CACHE } from '../../src/static/spa-static';
import { createTestApp, TestApp } from '../support/test-app';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Raw bytes as sent: fetch() would decompress them and hide which file the server picked. */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const ASSET = 'assets/app-Cx3b9Qz1.js';
// Large and repetitive enough that both compressed forms are much smaller than the file.
const ASSET_SOURCE = Buffer.from(`export const rows = [${'{"id":1,"name":"Sở Nội vụ"},'.repeat(400)}];\n`);
const INDEX_HTML = Buffer.from(
  `<!doctype html><html lang="vi"><head><script type="module" src="/${ASSET}"></script></head>` +
    `<body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`,
);

/** A built SPA as vite-plugin-compression2 leaves it: each file with its .br and .gz beside it. */
function writeFakeDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partrack-spa-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  for (const [name, content] of [
    ['index.html', INDEX_HTML],
    [ASSET, ASSET_SOURCE],
  ] as const) {
    fs.writeFileSync(path.join(dir, name), content);
    fs.writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(content));
    fs.writeFileSync(path.join(dir, `${name}.gz`), gzipSync(content));
  }
  // Not hashed, not under assets/: must be revalidated like index.html.
  fs.writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\n');
  return dir;
}

describe('the SPA static files', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = writeFakeDist();
    t = await createTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    delete process.env.WEB_DIST_DIR;
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends the precompressed brotli file of a hashed asset, cached for a year', async () => {
    const res = await get(`${t.url}/${ASSET}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.equals(fs.readFileSync(path.join(dist, `${ASSET}.br`)))).toBe(true);
    expect(res.body.length).toBeLessThan(ASSET_SOURCE.length / 10);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/i);
    expect(res.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('falls back to gzip, then to the file itself, by what the browser accepts', async () => {
    const gz = await get(`${t.url}/${ASSET}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(fs.readFileSync(path.join(dist, `${ASSET}.gz`)))).toBe(true);
    expect(gz.headers['cache-control']).toBe(HASHED_ASSET_CACHE);

    const plain = await get(`${t.url}/${ASSET}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(ASSET_SOURCE)).toBe(true);
    expect(plain.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
  });

  it('answers / with index.html, compressed and revalidated on every visit', async () => {
    const res = await get(`${t.url}/`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body.equals(fs.readFileSync(path.join(dist, 'index.html.br')))).toBe(true);
    expect(res.headers['cache-control']).toBe(REVALIDATE_CACHE);
    expect(res.headers['cache-control']).toBe('no-cache');

    const direct = await get(`${t.url}/index.html`);
    expect(direct.headers['cache-control']).toBe('no-cache');
    expect(direct.body.equals(INDEX_HTML)).toBe(true);
  });

  it('answers client-side routes with index.html, no-cache', async () => {
    for (const route of ['/plans/3f1e0c52-8d7e-4b8e-9a51-0d2f4c1b7a10', '/reports/rounds/x/consolidated']) {
      const res = await get(`${t.url}${route}`, { 'accept-encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.body.equals(fs.readFileSync(path.join(dist, 'index.html.gz')))).toBe(true);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('revalidates files that are not hashed', async () => {
    const res = await get(`${t.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing hashed asset 404, not index.html (a stale chunk must fail as such)', async () => {
    const res = await get(`${t.url}/assets/app-Gone1234.js`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type'] ?? '').not.toMatch(/text\/html/);
    expect(res.headers['cache-control'] ?? '').not.toMatch(/immutable/);
  });

  it('does not answer an undecodable path with an error page', async () => {
    const res = await get(`${t.url}/plans/%E0%A4%A`);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type'] ?? '').not.toMatch(/text\/plain/);
  });

  it('leaves /graphql and /health to the API', async () => {
    const post = await t.gql<{ __typename: string }>('{ __typename }');
    expect(post.status).toBe(200);
    expect(post.data?.__typename).toBe('Query');

    const viaGet = await get(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
    });
    expect(viaGet.headers['content-type']).toMatch(/application\/(graphql-response\+)?json/);
    expect(JSON.parse(viaGet.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });

    const health = await get(`${t.url}/health/live`, { accept: 'text/html' });
    expect(health.headers['content-type']).toMatch(/application\/json/);
    expect(health.body.toString('utf8')).not.toContain('<div id="root">');
  });
});
