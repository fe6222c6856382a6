// The measured runs of the `tasks` benchmark: the main GraphQL run next to the raw baseline on the same pages,
// the same with one client (latency without queueing), then scope and filter variants.
import os from 'node:os';
import { gql, TASKS_QUERY } from './api.mjs';
import { PAGE_SIZE } from './constants.mjs';
import { cpuDelta, cpuSnapshot } from './cpu.mjs';
import { runLoad, sequence, shuffle } from './load.mjs';

const round2 = (x) => Math.round(x * 100) / 100;

/**
 * @returns {Promise<{ runs: object[], ratio: object }>} a row per run, and GraphQL ÷ raw of the main runs
 */
export async function runScenarios({
  args,
  url,
  users,
  ids,
  allPages,
  plan1Pages,
  raw,
  apiPid,
  postmaster,
  log,
  state,
  checkAborted,
}) {
  const common = { clients: args.clients, warmupMs: args.warmup * 1000, aborted: () => state.aborted };
  const runs = [];
  const measure = async (name, meta, durationS, request, clients = args.clients) => {
    checkAborted();
    log(`${name}: ${clients} client${clients === 1 ? '' : 's'}, ${args.warmup} s warm-up + ${durationS} s…`);
    const r = await runLoad({
      ...common,
      clients,
      durationMs: durationS * 1000,
      request,
      sample: () => cpuSnapshot(apiPid, postmaster),
    });
    const cpu = cpuDelta(r.samples[0], r.samples[1]);
    delete r.samples;
    const perRequest = (ms) => (cpu && r.requests ? Math.round((ms / r.requests) * 100) / 100 : null);
    const row = {
      name,
      ...meta,
      ...r,
      cpuMsPerRequest: cpu
        ? { api: perRequest(cpu.apiMs), postgres: perRequest(cpu.postgresMs), bench: perRequest(cpu.benchMs) }
        : null,
      cpuUtilisation: cpu
        ? {
            api: round2(cpu.apiMs / cpu.wallMs),
            postgres: round2(cpu.postgresMs / cpu.wallMs),
            bench: round2(cpu.benchMs / cpu.wallMs),
            otherProcesses: round2(cpu.otherMs / cpu.wallMs),
          }
        : null,
      loadAverage1m: round2(os.loadavg()[0]),
    };
    runs.push(row);
    log(
      `  ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${r.errors}` +
        (r.errorSamples.length ? ` (${r.errorSamples[0].message})` : '') +
        (row.cpuUtilisation
          ? `; cores busy: API ${row.cpuUtilisation.api}, Postgres ${row.cpuUtilisation.postgres}, bench ${row.cpuUtilisation.bench}, other processes ${row.cpuUtilisation.otherProcesses}`
          : ''),
    );
    return row;
  };
  const gqlPage = (token, list, filterOf) => {
    const next = sequence(list);
    return async () => {
      const page = next();
      const { data, bytes } = await gql(
        url,
        TASKS_QUERY,
        { first: PAGE_SIZE, after: page.after, filter: filterOf(page) },
        token,
      );
      return { bytes, rows: data.tasks.edges.length };
    };
  };
  const rawPage = (list) => {
    const next = sequence(list);
    return async () => {
      const page = next();
      const out = await raw.page(page.planId, page.after, PAGE_SIZE);
      return { bytes: out.json.length, rows: out.edges.length };
    };
  };

  const graphqlRun = await measure(
    'graphql',
    { via: 'GraphQL', user: 'ADMIN', filter: '{ planId } (all plans)' },
    args.duration,
    gqlPage(users.admin.token, allPages, (p) => ({ planId: p.planId })),
  );
  const rawRun = await measure(
    'raw',
    { via: 'raw pg', user: '—', filter: 'plan_id (all plans)' },
    args.duration,
    rawPage(allPages),
  );
  await measure(
    'graphql-1-client',
    { via: 'GraphQL', user: 'ADMIN', filter: '{ planId } (all plans)' },
    args.variantDuration,
    gqlPage(users.admin.token, allPages, (p) => ({ planId: p.planId })),
    1,
  );
  await measure(
    'raw-1-client',
    { via: 'raw pg', user: '—', filter: 'plan_id (all plans)' },
    args.variantDuration,
    rawPage(allPages),
    1,
  );
  await measure(
    'graphql-admin-plan1',
    { via: 'GraphQL', user: 'ADMIN', filter: `{ planId } (${ids.provinceCodes[0]} only)` },
    args.variantDuration,
    gqlPage(users.admin.token, plan1Pages, (p) => ({ planId: p.planId })),
  );
  await measure(
    'graphql-coordinator-plan1',
    { via: 'GraphQL', user: 'COORDINATOR', filter: `{ planId } (${ids.provinceCodes[0]}), scope on` },
    args.variantDuration,
    gqlPage(users.coordinator.token, plan1Pages, (p) => ({ planId: p.planId })),
  );
  await measure(
    'graphql-coordinator-province',
    { via: 'GraphQL', user: 'COORDINATOR', filter: '{} (scope picks the plans)' },
    args.variantDuration,
    gqlPage(users.coordinator.token, plan1Pages, () => ({})),
  );
  await measure(
    'graphql-filtered',
    { via: 'GraphQL', user: 'ADMIN', filter: '{ leadAgencyId, overdue: true }' },
    args.variantDuration,
    filteredWalker(url, users.admin.token, shuffle(ids.leadAgencyIds, 7), args.clients),
  );
  const ratio = {
    throughput: Math.round((graphqlRun.rps / rawRun.rps) * 1000) / 1000,
    rawTimesGraphql: Math.round((rawRun.rps / graphqlRun.rps) * 10) / 10,
    p50: round2(graphqlRun.p50 / rawRun.p50),
    p99: round2(graphqlRun.p99 / rawRun.p99),
    note: 'GraphQL ÷ raw: throughput below 1 means GraphQL serves that fraction of the raw rate; latency above 1 means GraphQL is that many times slower',
  };
  return { runs, ratio };
}

/** Each client pages through one lead agency's overdue tasks with endCursor, then takes the next agency. */
function filteredWalker(url, token, leadIds, clients) {
  let nextLead = 0;
  const states = Array.from({ length: clients }, () => ({ lead: null, after: null }));
  return async (i) => {
    const s = states[i];
    if (!s.lead) {
      s.lead = leadIds[nextLead++ % leadIds.length];
      s.after = null;
    }
    const { data, bytes } = await gql(
      url,
      TASKS_QUERY,
      { first: PAGE_SIZE, after: s.after, filter: { leadAgencyId: s.lead, overdue: true } },
      token,
    );
    if (data.tasks.pageInfo.hasNextPage) s.after = data.tasks.pageInfo.endCursor;
    else s.lead = null;
    return { bytes, rows: data.tasks.edges.length };
  };
}
