// Reports gzip sizes of the built SPA: the entry chunk with its static imports (what index.html loads),
// and each route's total (entry + lazy route chunks + their static imports), read from Vite's manifest.
// Usage: node apps/web/scripts/bundle-size.mjs [--max-initial-kb=250]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../../../dist/apps/web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const maxArg = process.argv.find((arg) => arg.startsWith('--max-initial-kb='));
const maxInitialKb = maxArg ? Number(maxArg.split('=')[1]) : 250;

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;

function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const sizeOf = (keys) => [...keys].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0);
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = staticClosure([entryKey]);
const initialKb = sizeOf(initial);

console.log(`initial JS (entry + static imports): ${initialKb.toFixed(1)} KB gzip in ${initial.size} files`);
const rootShell = Object.keys(manifest).find((key) => key.endsWith('antd-shell.route.tsx'));
const layout = Object.keys(manifest).find((key) => key.endsWith('app-layout.component.tsx'));
console.log('first visit of each screen (entry + antd shell + layout when behind login + the page):');
for (const key of Object.keys(manifest).filter((k) => k.endsWith('.page.tsx'))) {
  const behindLogin = !key.endsWith('login.page.tsx');
  const keys = staticClosure([entryKey, rootShell, behindLogin ? layout : null, key].filter(Boolean));
  console.log(`  ${key.replace(/^src\//, '')}: ${sizeOf(keys).toFixed(1)} KB gzip`);
}
if (initialKb > maxInitialKb) {
  console.error(`initial JS ${initialKb.toFixed(1)} KB exceeds the ${maxInitialKb} KB budget`);
  process.exit(1);
}
