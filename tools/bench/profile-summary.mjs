#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof) of the API: self time by category (garbage collection, promise
// machinery, async_hooks, each npm package, partrack's own code) and the hottest functions.
//   node tools/bench/profile-summary.mjs tmp/bench/prof/CPU.….cpuprofile [requests]
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

function categoryOf(frame) {
  const { functionName: fn, url } = frame;
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)') return '(idle)';
  if (fn === '(program)') return 'V8 / native (program)';
  if (fn === 'runMicrotasks') return 'promise machinery (runMicrotasks)';
  if (/node:(internal\/)?async_hooks/.test(url)) return 'async_hooks (AsyncLocalStorage promise hooks)';
  if (/node:internal\/modules|node:internal\/vm/.test(url) || fn === 'compileFunction')
    return 'module loading (start-up)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return `npm: ${pkg[1]}`;
  if (/dist\/apps\/api\//.test(url)) return 'partrack API code';
  if (/dist\/(apps\/api\/)?libs\//.test(url)) return 'partrack shared lib';
  if (url.startsWith('node:'))
    return `node: ${
      url
        .slice(5)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  return url ? 'other' : 'V8 builtins / native';
}

/** @returns {{ totalMs: number, idleMs: number, categories: { name: string, ms: number, pct: number }[], functions: { name: string, ms: number }[] }} */
export function summariseProfile(file, { top = 20 } = {}) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    selfUs.set(prof.samples[i], (selfUs.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
  }
  const categories = new Map();
  const functions = new Map();
  let busy = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id).callFrame;
    const category = categoryOf(frame);
    if (category === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    categories.set(category, (categories.get(category) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    totalMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    categories: sorted(categories).map(([name, us]) => ({
      name,
      ms: Math.round(us / 1000),
      pct: Math.round((us / busy) * 1000) / 10,
    })),
    functions: sorted(functions)
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000) })),
  };
}

export function formatProfile(summary, requests) {
  const per = (ms) => (requests ? ` ${(ms / requests).toFixed(2).padStart(7)} ms/req` : '');
  const lines = [
    `CPU profile of the API: ${summary.totalMs} ms busy, ${summary.idleMs} ms idle${requests ? `, ${requests} GraphQL requests` : ''}`,
  ];
  lines.push('  self time by category:');
  for (const c of summary.categories.slice(0, 18)) {
    lines.push(`    ${String(c.ms).padStart(7)} ms ${String(c.pct).padStart(5)} %${per(c.ms)}  ${c.name}`);
  }
  lines.push('  hottest functions (self time):');
  for (const f of summary.functions.slice(0, 15))
    lines.push(`    ${String(f.ms).padStart(7)} ms${per(f.ms)}  ${f.name}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, requests] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [requests]');
    process.exit(2);
  }
  console.log(formatProfile(summariseProfile(file, { top: 25 }), Number(requests) || 0));
}
