import { samePeriod } from '../period/period-calendar';
import { parsePeriod } from '../period/period-format';

/**
 * One target row. A row with neither `agencyId` nor `level` is plan-wide; `period` null means "the whole
 * plan year" and a period makes it a milestone (e.g. 25% by 2022-Q1).
 */
export interface TargetRule {
  value: number;
  agencyId?: string | null;
  level?: string | null;
  period?: string | null;
}

export interface TargetQuery {
  agencyId: string;
  level: string;
  /** The period being evaluated, e.g. '2022-Q1'. */
  period: string;
}

export interface ResolvedTarget {
  value: number;
  /** Where the value came from, for the "why this target?" tooltip. */
  source: 'AGENCY' | 'LEVEL' | 'PLAN';
  /** The milestone period used, or null for the year target. */
  period: string | null;
}

function scopeRank(rule: TargetRule, query: TargetQuery): number {
  if (rule.agencyId) return rule.agencyId === query.agencyId ? 3 : 0;
  if (rule.level) return rule.level === query.level ? 2 : 0;
  return 1;
}

function sourceOf(rank: number): ResolvedTarget['source'] {
  if (rank === 3) return 'AGENCY';
  return rank === 2 ? 'LEVEL' : 'PLAN';
}

/**
 * The target that applies to one agency in one period. Scope first: the agency's own target beats its
 * level's (the 80/70/40 split of province / district / commune), which beats the plan-wide value. Within
 * the winning scope, the milestone for the period itself wins; failing that, the year target (no period).
 * Milestones of other periods never apply: a Q2 milestone says nothing about Q3. Null when nothing applies.
 */
export function resolveTarget(rules: readonly TargetRule[], query: TargetQuery): ResolvedTarget | null {
  let best: { rule: TargetRule; rank: number; exact: boolean } | null = null;
  const wanted = parsePeriod(query.period);
  for (const rule of rules) {
    const rank = scopeRank(rule, query);
    if (rank === 0 || !Number.isFinite(rule.value)) continue;
    let exact = false;
    if (rule.period) {
      const period = parsePeriod(rule.period);
      if (!period || !wanted || !samePeriod(period, wanted)) continue;
      exact = true;
    }
    if (!best || rank > best.rank || (rank === best.rank && exact && !best.exact)) {
      best = { rule, rank, exact };
    }
  }
  if (!best) return null;
  return {
    value: best.rule.value,
    source: sourceOf(best.rank),
    period: best.exact ? (best.rule.period ?? null) : null,
  };
}
