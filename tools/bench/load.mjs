// A closed-loop load generator: N clients, each sending its next request as soon as the previous one answers,
// for a warm-up and then a measured window. Latencies are wall-clock (performance.now()) per request.
import { performance } from 'node:perf_hooks';

/**
 * @param {{ clients: number, warmupMs: number, durationMs: number, aborted?: () => boolean,
 *           request: (client: number) => Promise<{ bytes?: number, rows?: number } | void>,
 *           sample?: () => unknown }} options
 *   `sample` is called when the measured window opens and when it closes (CPU snapshots).
 */
export async function runLoad({ clients, warmupMs, durationMs, request, aborted = () => false, sample }) {
  const start = performance.now();
  const samples = [];
  const timers = sample
    ? [warmupMs, warmupMs + durationMs].map((ms, i) => setTimeout(() => (samples[i] = sample()), ms))
    : [];
  const measureFrom = start + warmupMs;
  const end = measureFrom + durationMs;
  const latencies = [];
  let errors = 0;
  let warmupRequests = 0;
  let bytes = 0;
  let rows = 0;
  const errorSamples = new Map();
  const client = async (i) => {
    while (!aborted()) {
      const t0 = performance.now();
      if (t0 >= end) return;
      try {
        const out = await request(i);
        const t1 = performance.now();
        if (t0 >= measureFrom && t1 <= end) {
          latencies.push(t1 - t0);
          bytes += out?.bytes ?? 0;
          rows += out?.rows ?? 0;
        } else if (t0 < measureFrom) warmupRequests++;
      } catch (err) {
        if (t0 >= measureFrom) errors++;
        const key = String(err?.message ?? err).slice(0, 200);
        errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  for (const timer of timers) clearTimeout(timer);
  if (sample && samples.length === 1) samples[1] = sample();
  const summary = summarise(latencies, {
    clients,
    warmupSeconds: warmupMs / 1000,
    seconds: durationMs / 1000,
    warmupRequests,
    errors,
    bytes,
    rows,
    errorSamples: [...errorSamples].map(([message, count]) => ({ message, count })),
  });
  return { ...summary, samples };
}

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function summarise(latencies, meta) {
  const sorted = Float64Array.from(latencies).sort();
  const n = sorted.length;
  const r = (x) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    clients: meta.clients,
    seconds: meta.seconds,
    requests: n,
    rps: Math.round((n / meta.seconds) * 10) / 10,
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
    max: r(n ? sorted[n - 1] : null),
    mean: r(n ? sorted.reduce((a, b) => a + b, 0) / n : null),
    errors: meta.errors,
    errorSamples: meta.errorSamples,
    warmupRequests: meta.warmupRequests,
    avgBytes: n ? Math.round(meta.bytes / n) : null,
    avgRows: n ? Math.round((meta.rows / n) * 10) / 10 : null,
  };
}

/** Deterministic PRNG (mulberry32), so every run visits the same pages in the same order. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle(list, seed) {
  const out = [...list];
  const rand = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Hands out items of a list in order, round and round, shared by all clients of one run. */
export function sequence(list) {
  let next = 0;
  return () => list[next++ % list.length];
}
