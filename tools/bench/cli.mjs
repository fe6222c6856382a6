// The command line of `npm run bench`: its --help text and its options.
import { UsageError } from '../lib/start-config.mjs';
import { DB_NAME, INDICATOR_DB, PAGE_SIZE, PAR_DB, PG_PORT } from './constants.mjs';
import { agencyLayout } from './vocab.mjs';

export const HELP = `Usage: npm run bench -- [options]

Generates a national-scale data set and measures the GraphQL \`tasks\` query (${PAGE_SIZE} tasks with lead and
coordinating agencies) under concurrent clients, next to a raw \`pg\` baseline of the same pages. Then generates
one province (1,000 agencies, 20 indicators, 20 quarters of figures) and times \`indicatorScoreboard\` and its
rollup SQL per level against the goal (< 300 ms). Then ranks a PAR Index cycle of 1,000 agencies × 120 scored
items (\`parRanking\` and its one SQL statement) against the same goal, and times \`parPointsAtRisk\` for that whole
province (20,000 lead tasks, 4 reporting rounds, 10 data rules) against its goal (< 2 s).

Options:
  --only WHICH          tasks, indicators, par (default: these three, in that order) or public (the public
                        summary on the tasks data set with surveys and inspection plans; only when named)
  --provinces N         provinces (plans), default 34
  --agencies N          agencies per province, default 1000
  --tasks N             tasks (TASK + PROJECT items) in all, default 200000
  --duration S          measured seconds of the main GraphQL and raw runs, default 20
  --variant-duration S  measured seconds of each scope/filter variant, default 10
  --warmup S            warm-up seconds before each run, default 3
  --clients N           concurrent clients, default 10
  --reuse               keep the databases ${DB_NAME}, ${INDICATOR_DB} and ${PAR_DB} when they hold the same data sets
  --skip-build          use dist/ as it is (default: npx nx run api:build, cached by Nx)
  --api-node-options S  extra Node flags for the API process only, e.g. --max-semi-space-size=64
  --profile             run the API under --cpu-prof and summarise where its CPU time goes (slower figures)
  --raw-iterations N    indicators, par: timed runs of the rollup SQL per shape (of the ranking SQL), default 50
  --graphql-iterations N  indicators, par: timed scoreboard (ranking) requests per shape and user, default 30
  --risk-iterations N   par: timed parPointsAtRisk requests per user (and runs of its record SQL), default 20
  --help

Postgres: DATABASE_URL when set (the database ${DB_NAME} is created on that server), else an embedded server
with its data in tmp/bench-pg, port ${PG_PORT}. Results: tmp/bench/result.json and tmp/bench/plan.txt; for the
indicators (database ${INDICATOR_DB}) tmp/bench/indicators-result.json and tmp/bench/indicators-plan.txt; for the
PAR ranking and points at risk (database ${PAR_DB}) tmp/bench/par-result.json, tmp/bench/par-plan.txt and
tmp/bench/par-risk-plan.txt.
`;

/** Accepts `--flag value` and `--flag=value`; throws UsageError with a readable message. */
export function parseArgs(argv) {
  const out = {
    provinces: 34,
    agencies: 1000,
    tasks: 200_000,
    duration: 20,
    variantDuration: 10,
    warmup: 3,
    clients: 10,
    reuse: false,
    skipBuild: false,
    profile: false,
    apiNodeOptions: '',
    only: null,
    rawIterations: 50,
    graphqlIterations: 30,
    riskIterations: 20,
    warmupIterations: 5,
    help: false,
  };
  const numeric = {
    '--provinces': 'provinces',
    '--agencies': 'agencies',
    '--tasks': 'tasks',
    '--duration': 'duration',
    '--variant-duration': 'variantDuration',
    '--warmup': 'warmup',
    '--clients': 'clients',
    '--raw-iterations': 'rawIterations',
    '--graphql-iterations': 'graphqlIterations',
    '--risk-iterations': 'riskIterations',
  };
  for (let i = 0; i < argv.length; i++) {
    const eq = argv[i].indexOf('=');
    const flag = eq > 0 ? argv[i].slice(0, eq) : argv[i];
    const inline = eq > 0 ? argv[i].slice(eq + 1) : undefined;
    if (flag === '--reuse') out.reuse = true;
    else if (flag === '--skip-build') out.skipBuild = true;
    else if (flag === '--profile') out.profile = true;
    else if (flag === '--api-node-options') out.apiNodeOptions = inline ?? argv[++i] ?? '';
    else if (flag === '--only') {
      out.only = inline ?? argv[++i];
      if (!['tasks', 'indicators', 'par', 'public'].includes(out.only))
        throw new UsageError(
          `--only needs tasks, indicators, par or public, got ${JSON.stringify(out.only)}`,
        );
    } else if (flag === '--help' || flag === '-h') out.help = true;
    else if (numeric[flag]) {
      const raw = inline ?? argv[++i];
      const value = Number(raw);
      const min = flag === '--warmup' ? 0 : 1;
      if (
        !Number.isFinite(value) ||
        value < min ||
        (flag !== '--duration' &&
          flag !== '--variant-duration' &&
          flag !== '--warmup' &&
          !Number.isInteger(value))
      ) {
        throw new UsageError(`${flag} needs a number${min ? ' ≥ 1' : ''}, got ${JSON.stringify(raw)}`);
      }
      out[numeric[flag]] = value;
    } else throw new UsageError(`Unknown option ${argv[i]}. Try --help.`);
  }
  // The generator's own check, reported as a usage mistake before anything starts.
  try {
    agencyLayout(out.agencies);
  } catch (err) {
    throw new UsageError(err.message);
  }
  return out;
}
