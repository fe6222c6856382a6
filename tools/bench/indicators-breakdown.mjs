// Where an API scoreboard request spends its time, measured with the API's own compiled services in this
// process rather than guessed from the outside.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PERIOD, SHAPES } from './indicators-shapes.mjs';
import { percentile } from './load.mjs';

const require = createRequire(import.meta.url);

/**
 * The steps of IndicatorValuesService.scoreboard() timed one by one with the API's compiled services in this
 * process (its DataSource options, its rollup service): the agencies of the level (TypeORM entities), ROLLUP_SQL
 * as the API sends it (and again with JIT off), the target rules, and rollup() with its SQL answered from
 * memory — the JavaScript that turns rows into cells (string keys, resolveTarget + indicatorStatus per cell).
 */
export async function breakdown({ apiSrc, databaseUrl, ids, iterations }) {
  const load = (rel) => require(path.join(apiSrc, rel));
  require('reflect-metadata');
  const { DataSource, In } = require('typeorm');
  const { dataSourceOptions } = load('database/data-source.js');
  const { IndicatorRollupService } = load('indicators/indicator-rollup.service.js');
  const { Indicator } = load('indicators/indicator.entity.js');
  const { IndicatorTarget } = load('indicators/indicator-target.entity.js');
  const { ROLLUP_SQL } = load('indicators/indicator-rollup.sql.js');
  const ds = new DataSource({ ...dataSourceOptions({ url: databaseUrl, poolSize: 2 }), logging: false });
  await ds.initialize();
  const out = [];
  try {
    const service = new IndicatorRollupService(ds);
    const indicators = await ds.manager.find(Indicator, {
      where: { planId: ids.planId, state: 'ACTIVE' },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    const overrides = await ds.manager.find(IndicatorTarget, {
      where: { indicatorId: In(indicators.map((i) => i.id)) },
    });
    const timed = async (fn) => {
      const t = performance.now();
      const value = await fn();
      return [performance.now() - t, value];
    };
    for (const shape of SHAPES) {
      const times = { agencies: [], sql: [], sqlNoJit: [], targets: [], js: [] };
      for (let i = 0; i < iterations + 2; i++) {
        const [tAgencies, agencies] = await timed(() =>
          service.agenciesInSubtree(ids.rootId, ids.asOf, [shape.level]),
        );
        const params = [
          agencies.map((a) => a.id),
          ids.asOf,
          indicators.map((x) => x.id),
          [PERIOD],
          ['APPROVED'],
        ];
        const [tSql, rows] = await timed(() => ds.manager.query(ROLLUP_SQL, params));
        const [tSqlNoJit] = await timed(() =>
          ds.transaction(async (em) => {
            await em.query('SET LOCAL jit = off');
            return em.query(ROLLUP_SQL, params);
          }),
        );
        const [tTargets] = await timed(() => service.targetsOf(indicators, ds.manager));
        // rollup() with its two queries answered from memory: only its JavaScript is left.
        const memory = { query: async () => rows.map((r) => ({ ...r })), find: async () => overrides };
        const [tJs] = await timed(() =>
          service.rollup({ indicators, periods: [PERIOD], agencies, asOf: ids.asOf }, memory),
        );
        if (i < 2) continue; // warm-up
        times.agencies.push(tAgencies);
        times.sql.push(tSql);
        times.sqlNoJit.push(tSqlNoJit);
        times.targets.push(tTargets);
        times.js.push(tJs);
      }
      const med = (xs) => Math.round(percentile(Float64Array.from(xs).sort(), 50) * 10) / 10;
      out.push({
        level: shape.level,
        iterations,
        agenciesInSubtreeMs: med(times.agencies),
        rollupSqlMs: med(times.sql),
        rollupSqlJitOffMs: med(times.sqlNoJit),
        targetsMs: med(times.targets),
        rollupJsMs: med(times.js),
      });
    }
  } finally {
    await ds.destroy();
  }
  return out;
}
