// Before anything is timed, GraphQL must return the same data as the raw SQL it is compared with; otherwise
// the comparison means nothing. Each check returns { ok, problem? } with the first difference.
import pg from 'pg';
import { gql, TASKS_QUERY } from './api.mjs';
import { PAGE_SIZE } from './constants.mjs';
import { PERIOD, rollupParams, SCOREBOARD_QUERY, SPA_SCOREBOARD_QUERY } from './indicators-shapes.mjs';

/** Compares GraphQL and raw on the first, a middle and the last page of a plan (nodes and pageInfo). */
export async function checkTaskPages(url, token, raw, plan1Pages) {
  const sorted = [...plan1Pages].sort((a, b) => a.index - b.index);
  const sample = [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)];
  for (const page of sample) {
    const { data } = await gql(
      url,
      TASKS_QUERY,
      { first: PAGE_SIZE, after: page.after, filter: { planId: page.planId } },
      token,
    );
    const viaRaw = await raw.page(page.planId, page.after, PAGE_SIZE);
    const a = JSON.stringify({ edges: data.tasks.edges, pageInfo: data.tasks.pageInfo });
    const b = JSON.stringify({ edges: viaRaw.edges, pageInfo: viaRaw.pageInfo });
    if (a !== b) {
      const i = data.tasks.edges.findIndex((e, k) => JSON.stringify(e) !== JSON.stringify(viaRaw.edges[k]));
      return {
        ok: false,
        pagesCompared: sample.length,
        problem: `page ${page.index}: item ${i}: GraphQL ${JSON.stringify(data.tasks.edges[i] ?? data.tasks.pageInfo)} vs raw ${JSON.stringify(viaRaw.edges[i] ?? viaRaw.pageInfo)}`,
      };
    }
  }
  return { ok: true, pagesCompared: sample.length };
}

/** The GraphQL cells of two shapes against the raw ROLLUP_SQL rows (value, numerator, denominator, count). */
export async function checkScoreboardCells(url, token, ids, databaseUrl, rollupSql) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let compared = 0;
  try {
    for (const level of ['COMMUNE', 'PROVINCE']) {
      const tops = ids.tops[level];
      const { rows } = await db.query(
        rollupSql,
        rollupParams(
          tops.map((t) => t.id),
          ids,
        ),
      );
      const raw = new Map(rows.map((r) => [`${r.agency_id}|${r.indicator_id}`, r]));
      const { data } = await gql(url, SCOREBOARD_QUERY, { planId: ids.planId, period: PERIOD, level }, token);
      const board = data.indicatorScoreboard;
      if (board.rows.length !== tops.length)
        return {
          ok: false,
          cellsCompared: compared,
          problem: `${level}: ${board.rows.length} rows, expected ${tops.length}`,
        };
      for (const row of board.rows) {
        for (const cell of row.cells) {
          const r = raw.get(`${row.agency.id}|${cell.indicatorId}`);
          const same = (a, b) =>
            a === null || a === undefined
              ? b === null || b === undefined
              : Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
          const ok =
            same(r?.value ?? null, cell.value) &&
            same(r?.numerator ?? null, cell.numerator) &&
            same(r?.denominator ?? null, cell.denominator) &&
            (r?.reported ?? 0) === cell.reportedCount;
          compared++;
          if (!ok)
            return {
              ok: false,
              cellsCompared: compared,
              problem: `${level} ${row.agency.code} ${cell.indicatorId}: GraphQL ${JSON.stringify(cell)} vs raw ${JSON.stringify(r ?? null)}`,
            };
        }
      }
      // The SPA's compact lists (values in the order of `indicators`) against the same raw rows.
      const spa = (await gql(url, SPA_SCOREBOARD_QUERY, { planId: ids.planId, period: PERIOD, level }, token))
        .data.indicatorScoreboard;
      for (const row of spa.rows) {
        for (const [k, indicator] of spa.indicators.entries()) {
          const expected = raw.get(`${row.agency.id}|${indicator.id}`)?.value ?? null;
          const actual = row.values[k];
          compared++;
          const ok =
            expected === null
              ? actual === null
              : Math.abs(expected - actual) < 1e-9 * Math.max(1, Math.abs(expected));
          if (!ok)
            return {
              ok: false,
              cellsCompared: compared,
              problem: `${level} ${row.agency.code} ${indicator.id} (SPA values): ${actual} vs raw ${expected}`,
            };
        }
      }
    }
  } finally {
    await db.end();
  }
  return { ok: true, cellsCompared: compared };
}
