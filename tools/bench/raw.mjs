// The raw `pg` baseline: the same page the GraphQL `tasks` query returns, fetched by hand with two queries
// (the page of items by keyset on (plan_id, sort_order, id), then their assignments joined to agencies and
// groups), assembled into the same JSON shape and serialised. No auth, no scope, no count, no DataLoader.
//
// The assignment query looks agencies up through LATERAL … OFFSET 0 (one primary-key probe per row): written
// as plain LEFT JOINs, Postgres estimates ~600 probes as dearer than hashing all 34,000 agencies and picks a
// sequential scan (≈14 ms instead of ≈1–2 ms per page at full scale).
import pg from 'pg';

/** Page of items; `after` adds the keyset condition (the first page has none, as in the API). */
export const rawItemsSql = (after) => `
SELECT i.id, i.plan_id, i.sort_order, i.code, i.title,
       COALESCE(src.status, i.status)::text AS status,
       COALESCE(src.progress, i.progress) AS progress,
       i.due_date::text AS due_date,
       COALESCE(i.due_date < $3::date AND COALESCE(src.status, i.status) NOT IN ('DONE', 'CANCELLED'), false)
         AS overdue
  FROM plan_item i
  LEFT JOIN plan_item src ON src.id = i.source_item_id
 WHERE i.plan_id = $1 AND i.kind IN ('TASK', 'PROJECT')
   ${after ? 'AND (i.plan_id, i.sort_order, i.id) > ($1, $4::int, $5::uuid)' : ''}
 ORDER BY i.plan_id, i.sort_order, i.id
 LIMIT $2`;

export const RAW_ASSIGNMENTS_SQL = `
SELECT pia.item_id, pia.role::text AS role, a.code AS agency_code, a.name AS agency_name, g.code AS group_code
  FROM plan_item_agency pia
  LEFT JOIN LATERAL (SELECT a.code, a.name FROM agency a WHERE a.id = pia.agency_id OFFSET 0) a ON true
  LEFT JOIN LATERAL (SELECT g.code FROM agency_group g WHERE g.id = pia.group_id OFFSET 0) g ON true
 WHERE pia.item_id = ANY($1::uuid[])
 ORDER BY pia.item_id, pia.position`;

/** Cursor in the API's format (keyset-pagination.ts): base64url(JSON [plan_id, sort_order, id]). */
export function encodeCursor(values) {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor) {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
}

export function todayInVietnam(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

export class RawTasks {
  constructor(databaseUrl, poolSize) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  }

  /** @returns {Promise<{ json: string, edges: object[], pageInfo: { hasNextPage: boolean, endCursor: string | null } }>} */
  async page(planId, after, first = 100) {
    const params = [planId, first + 1, todayInVietnam()];
    if (after) params.push(...decodeCursor(after).slice(1));
    const { rows } = await this.pool.query(rawItemsSql(Boolean(after)), params);
    const pageRows = rows.slice(0, first);
    const byItem = new Map();
    const nodes = pageRows.map((r) => {
      const node = {
        code: r.code,
        title: r.title,
        status: r.status,
        progress: r.progress,
        dueDate: r.due_date,
        overdue: r.overdue,
        leads: [],
        coordinators: [],
      };
      byItem.set(r.id, node);
      return node;
    });
    if (pageRows.length) {
      const { rows: assignments } = await this.pool.query(RAW_ASSIGNMENTS_SQL, [pageRows.map((r) => r.id)]);
      for (const a of assignments) {
        const node = byItem.get(a.item_id);
        const entry = {
          agency: a.agency_code === null ? null : { code: a.agency_code, name: a.agency_name },
          group: a.group_code === null ? null : { code: a.group_code },
        };
        (a.role === 'LEAD' ? node.leads : node.coordinators).push(entry);
      }
    }
    const last = pageRows.at(-1);
    const result = {
      edges: nodes.map((node) => ({ node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor([last.plan_id, last.sort_order, last.id]) : null,
      },
    };
    // Serialise like a server would, so JSON building is not free for one side only.
    const json = JSON.stringify({ data: { tasks: result } });
    return { json, ...result };
  }

  end() {
    return this.pool.end();
  }
}
