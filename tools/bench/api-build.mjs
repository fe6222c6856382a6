// The API build the benchmark runs: built by Nx, then copied, because other people rebuild dist/ while a
// benchmark runs (an Nx build starts with rm -rf).
import fs from 'node:fs';
import path from 'node:path';
import { localBin, run, sleep } from '../lib/processes.mjs';
import { REPO_ROOT, UsageError } from '../lib/start-config.mjs';
import { API_BUILD, API_COPY } from './constants.mjs';

/** `nx run api:build`, cached by Nx. */
export async function buildApi(log) {
  const nx = localBin('nx');
  if (!nx) throw new UsageError('node_modules is missing: run "npm ci" first.');
  log('building the API: nx run api:build');
  const code = await run(nx, ['run', 'api:build', '--output-style=stream-without-prefixes']);
  if (code !== 0) throw new UsageError(`the API build failed (exit code ${code}).`);
}

/**
 * Copies dist/apps/api to tmp/bench/api-dist and runs everything from there. A copy taken while someone else's
 * build is half-way (files missing, path aliases not yet rewritten) is retried for up to a minute.
 */
export async function snapshotApiBuild(log) {
  for (let attempt = 1; ; attempt++) {
    const problem = buildProblem(API_BUILD);
    if (!problem) {
      fs.rmSync(API_COPY, { recursive: true, force: true });
      fs.cpSync(API_BUILD, API_COPY, { recursive: true });
      if (!buildProblem(API_COPY)) {
        log(`using a copy of the API build in ${path.relative(REPO_ROOT, API_COPY)}`);
        return;
      }
    }
    if (attempt >= 20) {
      throw new UsageError(
        `the API build in dist/apps/api is unusable (${problem ?? 'changed while copying'}).`,
      );
    }
    await sleep(3000);
  }
}

function buildProblem(root) {
  const src = path.join(root, 'apps', 'api', 'src');
  for (const file of ['main.js', 'cli/main.js', 'plans/tasks.service.js', 'database/data-source.js']) {
    if (!fs.existsSync(path.join(src, file))) return `${file} is missing`;
  }
  if (/require\("@partrack\//.test(fs.readFileSync(path.join(src, 'plans/tasks.service.js'), 'utf8'))) {
    return 'path aliases are not rewritten yet (build in progress)';
  }
  return undefined;
}
