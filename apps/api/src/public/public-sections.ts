import { AgencyLevel, INSPECTION_LEVEL_ORDER, satisfactionTarget, shareOf } from '@partrack/shared';
import type {
  PublicCoverageLine,
  PublicCoverageSection,
  PublicSatisfactionFigure,
  PublicSatisfactionSection,
} from '@partrack/shared';
import type { PublicFiguresRow } from './public-summary.repository';

interface Pooled {
  valid: number;
  satisfied: number;
  respondents: number;
}

function figure(p: Pooled, target: number): PublicSatisfactionFigure {
  return {
    respondents: p.respondents,
    valid: p.valid,
    satisfied: p.satisfied,
    share: shareOf(p.satisfied, p.valid),
    target,
  };
}

/**
 * The satisfaction section from the statement's pooled answers, shares by the surveys' rule (libs/shared). An
 * agency is held to 80 % only when all its answers come from SECTOR surveys of one of the five named sectors;
 * the province overall to 85 %.
 */
export function satisfactionSection(row: PublicFiguresRow['satisfaction']): PublicSatisfactionSection {
  const agencies = row?.agencies ?? [];
  const overall = agencies.reduce<Pooled>(
    (sum, a) => ({
      valid: sum.valid + a.valid,
      satisfied: sum.satisfied + a.satisfied,
      respondents: sum.respondents + a.respondents,
    }),
    { valid: 0, satisfied: 0, respondents: 0 },
  );
  return {
    kind: 'SATISFACTION',
    surveys: row?.surveys ?? 0,
    sample: row?.sample ?? false,
    overall: figure(overall, satisfactionTarget(null)),
    byAgency: agencies.map((a) => ({ name: a.name, ...figure(a, satisfactionTarget(a.sector)) })),
    bySector: (row?.sectors ?? []).map((s) => ({
      sector: s.sector,
      ...figure(s, satisfactionTarget(s.sector)),
    })),
  };
}

/** inspected ÷ agencies × 100, two decimals, 0 without agencies: the rule of computeInspectionCoverage. */
function line(
  level: AgencyLevel | null,
  agencies: number,
  inspected: number,
  target: number,
): PublicCoverageLine {
  return { level, agencies, inspected, percent: shareOf(inspected, agencies) ?? 0, target };
}

/**
 * The coverage section of an APPROVED plan: per level in the inspections' order, and the total, whose target
 * is the levels' targets weighted by their agencies (two decimals), the share the plan sets out to inspect.
 */
export function coverageSection(row: PublicFiguresRow['coverage']): PublicCoverageSection {
  if (!row) return { kind: 'INSPECTION_COVERAGE', approved: false, levels: [], total: null };
  const byLevel = new Map(row.levels.map((l) => [l.level, l]));
  const levels = INSPECTION_LEVEL_ORDER.flatMap((level) => {
    const l = byLevel.get(level);
    const target = row.targets[level as keyof typeof row.targets] ?? 0;
    return l ? [line(level, l.agencies, l.inspected, target)] : [];
  });
  const agencies = levels.reduce((s, l) => s + l.agencies, 0);
  const inspected = levels.reduce((s, l) => s + l.inspected, 0);
  const weighted = levels.reduce((s, l) => s + l.agencies * l.target, 0);
  const target = agencies === 0 ? 0 : Math.round((weighted * 100) / agencies) / 100;
  return {
    kind: 'INSPECTION_COVERAGE',
    approved: true,
    levels,
    total: line(null, agencies, inspected, target),
  };
}
