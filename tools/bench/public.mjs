// The public transparency summary (docs/public.md) on the `tasks` data set: GET /public/v1/:province/summary, no
// login. One cold request per province (a cache miss: the figures statement, and the ranking's when the year's
// PAR cycle is published), then N closed-loop clients on the cached answer, as a browser gets it (200 with the
// body) and as it revalidates (If-None-Match → 304). The API's cache TTL (60 s) outlasts each measured window.
import { performance } from 'node:perf_hooks';
import { percentile, runLoad, sequence } from './load.mjs';

const YEAR = 2022;

async function get(url, headers = {}) {
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  if (response.status !== 200 && response.status !== 304)
    throw new Error(
      `GET ${url}: HTTP ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 200)}`,
    );
  return { status: response.status, etag: response.headers.get('etag'), bytes: body.byteLength };
}

/**
 * @param {{ base: string, provinceCodes: string[], args: { clients: number, warmup: number, variantDuration: number },
 *           log: Function, checkAborted: () => void, state: object }} ctx
 */
export async function benchPublicSummary({ base, provinceCodes, args, log, checkAborted, state }) {
  const urls = provinceCodes.map(
    (code) => `${base}/public/v1/${encodeURIComponent(code)}/summary?year=${YEAR}`,
  );
  const misses = [];
  const etags = new Map();
  for (const url of urls) {
    const t0 = performance.now();
    const answer = await get(url);
    misses.push(performance.now() - t0);
    etags.set(url, answer.etag);
  }
  misses.sort((a, b) => a - b);
  const missMs = {
    provinces: misses.length,
    median: Math.round(misses[Math.floor(misses.length / 2)] * 10) / 10,
    p95: Math.round(percentile(misses, 95) * 10) / 10,
    max: Math.round(misses[misses.length - 1] * 10) / 10,
  };
  log(
    `public summary: ${misses.length} cold requests (cache misses), median ${missMs.median} ms, ` +
      `p95 ${missMs.p95} ms, max ${missMs.max} ms`,
  );
  checkAborted();
  const options = {
    clients: args.clients,
    warmupMs: args.warmup * 1000,
    durationMs: args.variantDuration * 1000,
    aborted: () => state.shuttingDown,
  };
  const next200 = sequence(urls);
  const cached = await runLoad({ ...options, request: () => get(next200()) });
  log(`public summary from cache (200): p50 ${cached.p50} ms, p95 ${cached.p95} ms, ${cached.rps} req/s`);
  checkAborted();
  const next304 = sequence(urls);
  const revalidated = await runLoad({
    ...options,
    request: async () => {
      const url = next304();
      const answer = await get(url, { 'if-none-match': etags.get(url) });
      if (answer.status !== 304) throw new Error(`expected 304, got ${answer.status}`);
      return answer;
    },
  });
  log(
    `public summary revalidated (304): p50 ${revalidated.p50} ms, p95 ${revalidated.p95} ms, ${revalidated.rps} req/s`,
  );
  return { year: YEAR, missMs, cached, revalidated, targetP95Ms: 50 };
}
