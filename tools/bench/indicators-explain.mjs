// EXPLAIN (ANALYZE, BUFFERS) of the scoreboard's SQL per shape → tmp/bench/indicators-plan.txt, with what
// matters in these plans (estimates of the recursive CTEs, JIT, spills) for result.json.
import fs from 'node:fs';
import path from 'node:path';
import { summarisePlan } from './explain.mjs';
import { PERIOD, rollupParams, SHAPES, TOPS_SQL } from './indicators-shapes.mjs';

/** Runs on `db`, the benchmark's session; returns the summaries for result.json. */
export async function explainScoreboard(db, { ids, rollupSql, outDir, startedAt, serverVersion }) {
  const explained = [];
  for (const shape of SHAPES) {
    const tops = ids.tops[shape.level].map((t) => t.id);
    explained.push({
      label: `ROLLUP_SQL, level ${shape.level} (${tops.length} tops), period ${PERIOD}`,
      sql: rollupSql,
      params: rollupParams(tops, ids),
    });
  }
  explained.push({
    label: 'agenciesInSubtree (the scoreboard rows), level COMMUNE',
    sql: TOPS_SQL,
    params: [ids.rootId, ids.asOf, 'COMMUNE'],
  });
  explained.push({
    label: `ROLLUP_SQL, level COMMUNE, with SET jit = off (not the server default)`,
    sql: rollupSql,
    params: explained[0].params,
    before: 'SET jit = off',
    after: 'RESET jit',
  });
  const plans = await explainStatements(db, explained);
  fs.writeFileSync(
    path.join(outDir, 'indicators-plan.txt'),
    `EXPLAIN (ANALYZE, BUFFERS) of the indicator scoreboard SQL (partrack benchmark, ${startedAt}).\n` +
      `PostgreSQL ${serverVersion ?? '?'}. Each statement ran twice; the second (warm) plan is shown. ROLLUP_SQL ` +
      `is read from the API build\n(indicators/indicator-rollup.sql.js). Long id lists are shortened to '{…}'.\n\n` +
      plans
        .map(
          (p) =>
            `=== ${p.label} ===\n-- parameters\n${shortParams(p.params)}\n-- plan\n${shortenIds(p.plan)}\n`,
        )
        .join('\n') +
      `\n=== the SQL (ROLLUP_SQL) ===\n${rollupSql.trim()}\n`,
  );
  return plans.map((p) => ({ label: p.label, ...summarisePlan(p.plan), ...planFacts(p.plan) }));
}

/** Each statement twice, the second (warm) plan kept; `before`/`after` change a session setting around it. */
async function explainStatements(db, statements) {
  const out = [];
  for (const s of statements) {
    let plan;
    if (s.before) await db.query(s.before);
    try {
      await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    } catch (err) {
      plan = `EXPLAIN failed: ${err.message}`;
    } finally {
      if (s.after) await db.query(s.after);
    }
    out.push({ ...s, plan });
  }
  return out;
}

/** What matters in these plans beyond summarisePlan: estimates of the recursive CTEs, JIT, spills. */
function planFacts(plan) {
  const est = (name) => {
    const m = new RegExp(
      `CTE ${name}\\n\\s+->  Recursive Union  \\(cost=[^ ]+ rows=(\\d+) [^)]*\\) \\(actual time=[^ ]+ rows=(\\d+)`,
    ).exec(plan);
    return m ? { estimated: Number(m[1]), actual: Number(m[2]) } : undefined;
  };
  const jit = /JIT:\n[\s\S]*?Timing: [^\n]*Total ([\d.]+) ms/.exec(plan);
  return {
    closureRows: est('closure'),
    membersRows: est('members'),
    totalCost: Number(/^\S.*?\(cost=[\d.]+\.\.([\d.]+)/.exec(plan)?.[1] ?? NaN) || null,
    jitMs: jit ? Number(jit[1]) : 0,
    tempBuffers: /temp read=(\d+)/.test(plan) || /temp written=(\d+)/.test(plan),
  };
}

const shortenIds = (text) => text.replace(/'\{[0-9a-f,-]{120,}\}'/g, "'{…}'");

function shortParams(params) {
  return JSON.stringify(
    params.map((p) => (Array.isArray(p) && p.length > 3 ? `[${p.length} values: ${p[0]}, …]` : p)),
  );
}
