#!/usr/bin/env node
// Bursts against a running API (a benchmark, not a test; figures in docs/performance.md "Authentication under
// load"). Start a production build first, e.g.
//   NODE_ENV=production JWT_SECRET=… ADMIN_EMAIL=probe@x.vn ADMIN_PASSWORD=probe-admin-password \
//   LOGIN_IP_MAX_PER_MINUTE=1000 DATABASE_URL=… PORT=3999 node dist/apps/api/apps/api/src/main.js &
// then: node tools/bench/auth-burst.mjs [--url http://127.0.0.1:3999] [--pid <API pid, for its RSS>]
// Every request goes to that URL (loopback); each burst is bounded (50, 60 and 40 requests).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { url: { type: 'string' }, pid: { type: 'string' } } });
const base = values.url ?? 'http://127.0.0.1:3999';
const email = process.env.ADMIN_EMAIL ?? 'probe@x.vn';
const password = process.env.ADMIN_PASSWORD ?? 'probe-admin-password';

async function gql(query, variables, token) {
  const t0 = performance.now();
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json(), ms: performance.now() - t0 };
}

const LOGIN =
  'mutation($e:String!,$p:String!){ login(input:{email:$e,password:$p}){ accessToken refreshToken } }';
const REFRESH = 'mutation($t:String!){ refreshToken(refreshToken:$t){ accessToken } }';
const login = async () => (await gql(LOGIN, { e: email, p: password })).body.data.login;
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const count = (answers, key) =>
  answers.reduce((acc, a) => ({ ...acc, [key(a)]: (acc[key(a)] ?? 0) + 1 }), {});

/** Another user's `me` in a loop until `stop` is set: latency percentiles and failures. */
async function bystander(token, stop) {
  const times = [];
  let failed = 0;
  while (!stop.done) {
    const r = await gql('{ me { email } }', {}, token);
    times.push(r.ms);
    if (!r.body.data) failed++;
  }
  return { requests: times.length, p50: Math.round(pct(times, 50)), p99: Math.round(pct(times, 99)), failed };
}

async function during(label, token, burst) {
  const stop = { done: false };
  const watching = bystander(token, stop);
  const t0 = performance.now();
  const answers = await burst();
  const ms = Math.round(performance.now() - t0);
  stop.done = true;
  console.log(label, JSON.stringify({ ms, answers, bystander: await watching }));
}

const other = (await login()).accessToken;
await during('baseline (2 s)', other, async () => {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return null;
});
const { refreshToken } = await login();
await during('50 concurrent reuses of one refresh token', other, async () =>
  count(await Promise.all(Array.from({ length: 50 }, () => gql(REFRESH, { t: refreshToken }))), (a) =>
    a.body.data ? 'NEW_PAIR' : a.body.errors[0].extensions.code,
  ),
);
await during('60 concurrent logins with wrong passwords', other, async () =>
  count(
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => gql(LOGIN, { e: `nobody${i}@x.vn`, p: 'wrong-password-123' })),
    ),
    (a) => a.body.errors?.[0]?.extensions?.reason ?? 'OK',
  ),
);

const rssOf = (field) =>
  values.pid
    ? Number(
        new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${values.pid}/status`, 'utf8'))[1],
      ) >> 10
    : null;
const before = rssOf('VmRSS');
const big = Buffer.alloc(10 << 20, 7);
await during('40 concurrent anonymous 10 MB uploads', other, async () =>
  count(
    await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${base}/files/report-attachments/00000000-0000-4000-8000-000000000000`, {
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
          body: big,
        })
          .then((r) => r.status)
          .catch(() => 'closed'),
      ),
    ),
    (status) => status,
  ),
);
if (before !== null)
  console.log('API RSS (MB)', JSON.stringify({ before, after: rssOf('VmRSS'), peak: rssOf('VmHWM') }));
