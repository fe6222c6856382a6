import { Role } from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { Attempt, sql } from './runner';
import { World } from './world';

/** How one mutation is exercised by the authorization tests. */
export interface MutationSpec {
  mutation: string;
  /** The permission docs/api.md says guards it, or AUTHENTICATED for any signed-in caller. */
  permission: string;
  /**
   * A call on fresh objects that belong to `agency`: its own child agency, plan, task, figure, report…
   * `role` only matters for mutations acting on the caller itself (a fresh session of that role).
   */
  on: (w: World, agency: Agency, role: Role) => Attempt | Promise<Attempt>;
  /** The role matrix acts on the caller's own agency (reports: only its own staff write them). */
  ownAgency?: boolean;
  /** Runs after every other mutation, one call at a time: it touches state others create. */
  late?: boolean;
}

/** A probe reading one row of `table` (the columns given) by id; null once deleted. */
export function rowOf(w: World, table: string, columns: string, id: string) {
  return async () => (await sql(w, `SELECT ${columns} FROM ${table} WHERE id = $1`, [id]))[0] ?? null;
}

/** A probe counting rows of `table` matching a condition. */
export function countOf(w: World, table: string, where: string, params: unknown[]) {
  return async () => (await sql(w, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0];
}
