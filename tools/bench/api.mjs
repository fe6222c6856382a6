// Starts the built API (dist/) against the benchmark database and talks GraphQL to it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { waitForHttpOk } from '../lib/network.mjs';
import { stopChild } from '../lib/processes.mjs';

export const ADMIN = { email: 'bench-admin@partrack.vn', password: 'Bench-Admin-2022!' };
export const COORDINATOR = { email: 'bench-coordinator@partrack.vn', password: 'Bench-Coord-2022!' };

/** Same query for GraphQL and (by hand) for the raw baseline: a page of tasks with lead/coordinating agencies. */
export const TASKS_QUERY = `query BenchTasks($first: Int!, $after: String, $filter: TaskFilter) {
  tasks(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        code
        title
        status
        progress
        dueDate
        overdue
        leads { agency { code name } group { code } }
        coordinators { agency { code name } group { code } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * Spawns `node <entry>` (the API's main.js) in its own process group (only we signal it) and waits for
 * /health/ready. Output goes to `logFile`.
 */
export async function startApi({ repoRoot, entry, databaseUrl, port, dataDir, logFile, nodeOptions, log }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const env = { ...process.env };
  delete env.PARTRACK_SUPERVISED;
  Object.assign(env, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: 'production',
    SEED_DEMO_DATA: 'false',
    DATA_DIR: dataDir,
    LOGIN_IP_MAX_PER_MINUTE: '100000',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '10000000',
    JWT_SECRET: randomBytes(36).toString('base64url'), // 48 characters
    LOG_LEVEL: 'warn',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_FULL_NAME: 'Benchmark administrator',
  });
  delete env.WEB_DIST_DIR;
  // Extra Node/V8 flags for the API only (e.g. --max-semi-space-size=64, --cpu-prof), before the entry point.
  const nodeFlags = (nodeOptions ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeFlags, entry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  let exited;
  child.on('exit', (code, signal) => (exited = signal ? `killed by ${signal}` : `exit code ${code}`));
  const base = `http://127.0.0.1:${port}`;
  log?.(
    `starting the API on ${base} (NODE_ENV=production, LOG_LEVEL=warn${nodeFlags.length ? `, node ${nodeFlags.join(' ')}` : ''}; ` +
      `log in ${path.relative(repoRoot, logFile)})`,
  );
  try {
    await waitForHttpOk(`${base}/health/ready`, {
      timeoutMs: 120_000,
      aborted: () => (exited ? `the API exited during start-up (${exited})` : undefined),
    });
  } catch (err) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    await stopApi(child);
    throw new Error(`${err.message}\n--- last lines of ${logFile} ---\n${tail}`);
  }
  return { child, base, url: `${base}/graphql` };
}

export async function stopApi(child, log) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  log?.('stopping the API…');
  await stopChild(child, { signal: 'SIGTERM', graceMs: 10_000, group: true, log });
}

export class GraphqlError extends Error {}

/** GraphQL requests sent by this process (to relate a CPU profile of the API to requests). */
export const counters = { requests: 0 };

/** One GraphQL POST; returns `data`, throws GraphqlError on HTTP or GraphQL errors. */
export async function gql(url, query, variables, token) {
  counters.requests++;
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphqlError(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  if (res.status !== 200 || body.errors?.length) {
    const first = body.errors?.[0];
    throw new GraphqlError(
      `HTTP ${res.status}: ${first ? `${first.extensions?.code ?? ''} ${first.message}` : text.slice(0, 200)}`,
    );
  }
  return { data: body.data, bytes: text.length };
}

export async function login(url, { email, password }) {
  const { data } = await gql(
    url,
    `mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id role } } }`,
    { input: { email, password } },
  );
  return { token: data.login.accessToken, userId: data.login.user.id };
}

/** The admin comes from ADMIN_EMAIL/ADMIN_PASSWORD; the coordinator is created through createUser once. */
export async function ensureUsers(url, coordinatorAgencyId, log) {
  const admin = await login(url, ADMIN);
  let coordinator;
  try {
    coordinator = await login(url, COORDINATOR);
  } catch {
    await gql(
      url,
      `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: COORDINATOR.email,
          fullName: 'Chuyên viên Sở Nội vụ (benchmark)',
          role: 'COORDINATOR',
          agencyId: coordinatorAgencyId,
          password: COORDINATOR.password,
        },
      },
      admin.token,
    );
    log?.(`created the COORDINATOR ${COORDINATOR.email}`);
    coordinator = await login(url, COORDINATOR);
  }
  return { admin, coordinator };
}
