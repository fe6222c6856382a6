// One request at a time, interleaved: each round runs every case once in a shuffled order, so that bursts of
// other work on a shared machine fall on all cases alike; the CPU used by everything else is reported per case.
import { performance } from 'node:perf_hooks';
import { cpuDelta } from './cpu.mjs';
import { percentile, shuffle } from './load.mjs';

/**
 * Warm-up, then `iterations` rounds; each round calls every task once, one after the other (in a different
 * order each round). Per task: latency percentiles, and the CPU used by the API, Postgres, this process and
 * everything else during its own calls (a snapshot before and after each call, outside the timing).
 */
export async function timeInterleaved(tasks, { warmup, iterations, sample, checkAborted }) {
  for (let i = 0; i < warmup; i++) {
    for (const t of tasks) {
      await t.before?.();
      await t.call();
    }
  }
  const state = tasks.map(() => ({ latencies: [], last: undefined, cpu: null }));
  const add = (acc, d) =>
    d && {
      wallMs: (acc?.wallMs ?? 0) + d.wallMs,
      apiMs: (acc?.apiMs ?? 0) + d.apiMs,
      postgresMs: (acc?.postgresMs ?? 0) + d.postgresMs,
      benchMs: (acc?.benchMs ?? 0) + d.benchMs,
      otherMs: (acc?.otherMs ?? 0) + d.otherMs,
    };
  for (let round = 0; round < iterations; round++) {
    checkAborted();
    for (const k of shuffle(
      tasks.map((_, k) => k),
      round + 1,
    )) {
      await tasks[k].before?.();
      const before = sample();
      const t0 = performance.now();
      state[k].last = await tasks[k].call();
      state[k].latencies.push(performance.now() - t0);
      state[k].cpu = add(state[k].cpu, cpuDelta(before, sample()));
    }
  }
  const r1 = (x) => Math.round(x * 10) / 10;
  return tasks.map((task, k) => {
    const { latencies, last, cpu } = state[k];
    const sorted = Float64Array.from(latencies).sort();
    const perCall = (ms) => (cpu ? r1(ms / iterations) : null);
    return {
      ...task.meta,
      iterations,
      p50: r1(percentile(sorted, 50)),
      p95: r1(percentile(sorted, 95)),
      p99: r1(percentile(sorted, 99)),
      max: r1(sorted[sorted.length - 1]),
      min: r1(sorted[0]),
      mean: r1(latencies.reduce((a, b) => a + b, 0) / latencies.length),
      ...task.describe(last),
      cpuMsPerCall: cpu
        ? { api: perCall(cpu.apiMs), postgres: perCall(cpu.postgresMs), bench: perCall(cpu.benchMs) }
        : null,
      otherProcessesCores: cpu ? Math.round((cpu.otherMs / cpu.wallMs) * 100) / 100 : null,
    };
  });
}

/** A warning for the log line when other processes were busy during these calls. */
export const otherNote = (r) =>
  r.otherProcessesCores !== null && r.otherProcessesCores > 0.25
    ? ` (WARNING: other processes used ${r.otherProcessesCores} cores meanwhile)`
    : '';
