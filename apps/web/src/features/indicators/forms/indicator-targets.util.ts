import { AgencyLevel, parsePeriod } from '@partrack/shared';
import type { IndicatorTargetFieldsFragment, IndicatorTargetInput } from '../../../gql/graphql';

/** One editable override: a level or an agency (or neither: the plan-wide milestone), a period, a value. */
export interface TargetRow {
  key: string;
  level: AgencyLevel | null;
  agencyId: string | null;
  /** null = the whole year. */
  period: string | null;
  value: number | null;
}

export type TargetProblem = 'valueRequired' | 'scopeBoth' | 'duplicate' | 'periodOutsideYear';

let counter = 0;
/** Stable keys for rows that have no id yet (new rows), so inputs keep focus while the table re-renders. */
export function newTargetKey(): string {
  counter += 1;
  return `new-${counter}`;
}

export function toTargetRows(targets: readonly IndicatorTargetFieldsFragment[]): TargetRow[] {
  return targets.map((target) => ({
    key: target.id,
    level: target.level,
    agencyId: target.agencyId,
    period: target.period,
    value: target.value,
  }));
}

const scopeKey = (row: TargetRow) => `${row.level ?? ''}|${row.agencyId ?? ''}|${row.period ?? ''}`;

/**
 * Mirrors the API's checks so the table can say what is wrong before sending: a value is required, an
 * override names a level or an agency but not both, no two rows share scope and period, and milestones lie
 * in the plan year. Keyed by row key; rows without problems are absent.
 */
export function targetProblems(rows: readonly TargetRow[], planYear: number): Map<string, TargetProblem> {
  const problems = new Map<string, TargetProblem>();
  const seen = new Set<string>();
  for (const row of rows) {
    const period = row.period ? parsePeriod(row.period) : null;
    if (row.value === null || !Number.isFinite(row.value)) problems.set(row.key, 'valueRequired');
    else if (row.level && row.agencyId) problems.set(row.key, 'scopeBoth');
    else if (row.period && (!period || period.year !== planYear)) problems.set(row.key, 'periodOutsideYear');
    else if (seen.has(scopeKey(row))) problems.set(row.key, 'duplicate');
    seen.add(scopeKey(row));
  }
  return problems;
}

export function toTargetInputs(rows: readonly TargetRow[]): IndicatorTargetInput[] {
  return rows.map((row) => {
    const input: IndicatorTargetInput = { value: row.value ?? 0 };
    if (row.level) input.level = row.level;
    if (row.agencyId) input.agencyId = row.agencyId;
    if (row.period) input.period = row.period;
    return input;
  });
}
