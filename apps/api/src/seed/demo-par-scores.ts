/**
 * DEMO DATA ONLY: deterministic, plausible PAR Index scores for the demo cycles. Each agency gets a tier
 * (how well it did its reform work that year); the tier sets how often it scores itself below the maximum,
 * how often the council cuts an item, and its survey satisfaction. Most items end up full, a few lower, so the
 * ranking spreads over the bands A–D the way a province's usually does. Pure: no database, unit-tested.
 */
import {
  fromHundredths,
  isSelfScored,
  ParDataRule,
  ParScoringMethod,
  pointsDiffer,
  surveyPoints,
  toHundredths,
} from '@partrack/shared';
import { demoRoll } from './demo-common';
import {
  answerText,
  appraisalReason,
  BONUS_REASON,
  dataReason,
  explanationText,
  LATE_PENALTY_REASON,
  PENALTY_REASON,
} from './demo-par-texts';

export type DemoTier = 'A' | 'B' | 'C' | 'D';

/** A scored item as the generator needs it: a framework's leaf (from the database or a definition). */
export interface DemoLeaf {
  id: string;
  code: string;
  method: ParScoringMethod;
  maxPoints: number;
  options: readonly { points: number }[] | null;
  dataRule: ParDataRule | null;
}

/** One par_score row of a finalised assessment. */
export interface DemoScore {
  criterionId: string;
  selfPoints: number | null;
  appraisedPoints: number | null;
  appraisalReason: string | null;
  explanation: string | null;
  reappraisedPoints: number | null;
  reappraisalAnswer: string | null;
}

interface TierProfile {
  /** Share of its MANUAL items an agency scores below the maximum, and of those at the scale's bottom */
  selfLow: number;
  lowest: number;
  /** Share of items the council scores below the agency's own score */
  cut: number;
  /** Survey satisfaction range, % (the sample's surveys give max × satisfaction) */
  survey: readonly [number, number];
  /** Share of DATA items below the maximum */
  dataLow: number;
  /** Chance to claim a bonus item, and to carry a penalty */
  bonus: number;
  penalty: number;
}

const PROFILES: Record<DemoTier, TierProfile> = {
  A: { selfLow: 0.03, lowest: 0.2, cut: 0.07, survey: [87, 92], dataLow: 0.05, bonus: 0.6, penalty: 0 },
  B: { selfLow: 0.14, lowest: 0.3, cut: 0.14, survey: [80, 87], dataLow: 0.2, bonus: 0.2, penalty: 0.04 },
  C: { selfLow: 0.26, lowest: 0.3, cut: 0.18, survey: [77, 84], dataLow: 0.35, bonus: 0.1, penalty: 0.1 },
  D: { selfLow: 0.5, lowest: 0.5, cut: 0.26, survey: [75, 78], dataLow: 0.65, bonus: 0, penalty: 0.3 },
};

/** In the sample frameworks, the penalty for sending the self-assessment late (9.2.3). */
export const LATE_PENALTY_CODE = '9.2.3';
/** Share of explained differences, and of those the council accepts back up. */
const EXPLAIN = 0.35;
const ACCEPT = 0.5;

/**
 * Tiers for a group's agencies: ranked by a stable roll, the first quarter A, then B to 65 %, C to 90 %, the
 * rest D — so every group of a few agencies has strong and weak ones, whatever their codes.
 */
export function demoTiers(keys: readonly string[]): Map<string, DemoTier> {
  const unique = [...new Set(keys)].sort((a, b) => demoRoll(a, 'tier') - demoRoll(b, 'tier'));
  return new Map(
    unique.map((key, i) => {
      const at = i / unique.length;
      return [key, at < 0.25 ? 'A' : at < 0.65 ? 'B' : at < 0.9 ? 'C' : 'D'];
    }),
  );
}

/** A MANUAL item's options, highest first, each once. */
function optionPoints(leaf: DemoLeaf): number[] {
  return [...new Set((leaf.options ?? []).map((o) => o.points))].sort((a, b) => b - a);
}

/** The next option below `points` (or the lowest one, when `toLowest`); null when nothing is below. */
function below(options: number[], points: number, toLowest: boolean): number | null {
  const lower = options.filter((p) => toHundredths(p) < toHundredths(points));
  if (!lower.length) return null;
  return toLowest ? lower[lower.length - 1] : lower[0];
}

/** What the agency gives itself on a self-scored item (MANUAL, BONUS, PENALTY); null on the others. */
export function demoSelfPoints(leaf: DemoLeaf, key: string, tier: DemoTier): number | null {
  const profile = PROFILES[tier];
  const r = demoRoll(key, leaf.code, 'self');
  switch (leaf.method) {
    case ParScoringMethod.MANUAL: {
      if (r >= profile.selfLow) return leaf.maxPoints;
      const toLowest = demoRoll(key, leaf.code, 'lowest') < profile.lowest;
      return below(optionPoints(leaf), leaf.maxPoints, toLowest) ?? leaf.maxPoints;
    }
    case ParScoringMethod.BONUS:
      return r < profile.bonus ? leaf.maxPoints : 0;
    case ParScoringMethod.PENALTY:
      return r < profile.penalty ? Math.min(0.5, leaf.maxPoints) : 0;
    case ParScoringMethod.DATA:
    case ParScoringMethod.SURVEY:
      return null;
  }
}

/** The council's first appraisal of an item and its reason (required where it differs from the self-score). */
function appraise(
  leaf: DemoLeaf,
  self: number | null,
  key: string,
  tier: DemoTier,
  late: boolean,
): { points: number; reason: string | null } {
  const profile = PROFILES[tier];
  const r = demoRoll(key, leaf.code, 'cut');
  const keep = { points: self ?? leaf.maxPoints, reason: null };
  switch (leaf.method) {
    case ParScoringMethod.MANUAL: {
      const lower = self === null || r >= profile.cut ? null : below(optionPoints(leaf), self, false);
      return lower === null ? keep : { points: lower, reason: appraisalReason(leaf.code, r / profile.cut) };
    }
    case ParScoringMethod.BONUS:
      return self && r < 0.3 ? { points: 0, reason: BONUS_REASON } : keep;
    case ParScoringMethod.PENALTY: {
      if (leaf.code === LATE_PENALTY_CODE)
        return late ? { points: leaf.maxPoints, reason: LATE_PENALTY_REASON } : keep;
      const more = Math.min(leaf.maxPoints, (self ?? 0) + 0.5);
      return r < profile.penalty / 2 && pointsDiffer(self, more)
        ? { points: more, reason: PENALTY_REASON }
        : keep;
    }
    case ParScoringMethod.DATA: {
      if (r >= profile.dataLow) return { points: leaf.maxPoints, reason: null };
      // With a rule, the council reads the next threshold down, as partrack would compute it.
      const steps = (leaf.dataRule?.thresholds ?? []).map((t) => t.points).filter((p) => p < leaf.maxPoints);
      const points = steps.length
        ? Math.max(...steps)
        : fromHundredths(Math.round(toHundredths(leaf.maxPoints) / 2));
      return { points, reason: dataReason(leaf.dataRule?.source ?? null) };
    }
    case ParScoringMethod.SURVEY: {
      // As a survey import gives it: maximum × satisfaction, the agency's level ± 2 points per question.
      const [low, high] = profile.survey;
      const level = low + (high - low) * demoRoll(key, 'survey');
      const rate = Math.min(92, Math.max(75, level + (demoRoll(key, leaf.code, 'survey') - 0.5) * 4));
      return { points: surveyPoints(leaf.maxPoints, Math.round(rate * 10) / 10), reason: null };
    }
  }
}

/**
 * Every leaf of a finalised assessment: the agency's own score, the council's first appraisal, and for some
 * differences an explanation answered by a second appraisal (half accepted back up, half kept). `late` means
 * the self-assessment was sent after the deadline, which the sample frameworks penalise.
 */
export function demoFinalScores(
  leaves: readonly DemoLeaf[],
  key: string,
  tier: DemoTier,
  options: { late: boolean; year: number },
): DemoScore[] {
  return leaves.map((leaf) => {
    const self = demoSelfPoints(leaf, key, tier);
    const { points, reason } = appraise(leaf, self, key, tier, options.late);
    const differs = isSelfScored(leaf.method) && pointsDiffer(self, points);
    const r = demoRoll(key, leaf.code, 'explain');
    const explained = differs && r < EXPLAIN;
    const accepted =
      explained && leaf.code !== LATE_PENALTY_CODE && demoRoll(key, leaf.code, 'accept') < ACCEPT;
    return {
      criterionId: leaf.id,
      selfPoints: self,
      appraisedPoints: points,
      appraisalReason: reason,
      explanation: explained ? explanationText(options.year, r / EXPLAIN) : null,
      reappraisedPoints: explained ? (accepted ? self : points) : null,
      reappraisalAnswer: explained ? answerText(accepted, options.year, r / EXPLAIN) : null,
    };
  });
}
