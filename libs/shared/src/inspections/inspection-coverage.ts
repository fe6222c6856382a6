import { AgencyLevel } from '../agency/agency.enums';
import { INSPECTION_LEVEL_ORDER } from './inspection.enums';

export interface CoverageLine {
  /** null for the total */
  readonly level: AgencyLevel | null;
  readonly agencies: number;
  readonly inspected: number;
  /** inspected ÷ agencies × 100, two decimals (half up); 0 when there is no agency */
  readonly percent: number;
}

export interface InspectionCoverage {
  readonly levels: readonly CoverageLine[];
  readonly total: CoverageLine;
}

function line(level: AgencyLevel | null, agencies: number, inspected: number): CoverageLine {
  const percent = agencies === 0 ? 0 : Math.round((inspected * 10000) / agencies) / 100;
  return { level, agencies, inspected, percent };
}

/**
 * Coverage of a year's inspections: agencies inspected ÷ agencies that should be, per level and in total.
 * An inspected id that is not among `agencies` does not count (it cannot push coverage past 100 %), and an
 * agency inspected twice counts once.
 */
export function computeInspectionCoverage(
  agencies: readonly { readonly id: string; readonly level: AgencyLevel }[],
  inspectedIds: Iterable<string>,
): InspectionCoverage {
  const inspected = new Set(inspectedIds);
  const levelOf = new Map(agencies.map((a) => [a.id, a.level] as const));
  const counts = new Map<AgencyLevel, { agencies: number; inspected: number }>();
  for (const [id, level] of levelOf) {
    const c = counts.get(level) ?? { agencies: 0, inspected: 0 };
    c.agencies += 1;
    if (inspected.has(id)) c.inspected += 1;
    counts.set(level, c);
  }
  const levels = INSPECTION_LEVEL_ORDER.filter((l) => counts.has(l)).map((l) => {
    const c = counts.get(l) ?? { agencies: 0, inspected: 0 };
    return line(l, c.agencies, c.inspected);
  });
  const total = line(
    null,
    levels.reduce((s, l) => s + l.agencies, 0),
    levels.reduce((s, l) => s + l.inspected, 0),
  );
  return { levels, total };
}
