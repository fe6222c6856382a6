import { Injectable } from '@nestjs/common';
import {
  expectedTarget,
  formatPeriod,
  frequencyKind,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorUnit,
  Period,
  periodsOf,
  periodStart,
} from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { IndicatorRollupService } from '../indicators/indicator-rollup.service';
import { Indicator } from '../indicators/indicator.entity';
import { PAR_DATA_SQL } from './par-data.sql';
import { ParIndicatorFigure } from './par-provisional.model';

interface IndicatorRow {
  id: string;
  plan_id: string;
  code: string;
  name_vi: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  frequency: IndicatorFrequency;
  cumulative: boolean;
  target: number | null;
}

/** The figures of one cycle's INDICATOR_TARGET rules, by agency and indicator code. */
export class ParIndicatorFigures {
  constructor(private readonly figures: ReadonlyMap<string, ParIndicatorFigure>) {}

  /** Null when the item cannot be computed: no such indicator in the year's plans, or no target for the agency. */
  get(agencyId: string, code: string | null | undefined): ParIndicatorFigure | null {
    return code ? (this.figures.get(`${agencyId}|${code}`) ?? null) : null;
  }
}

/** The indicator's periods of the year that have started by the day, latest first. */
function startedPeriods(frequency: IndicatorFrequency, year: number, asOf: string): Period[] {
  return periodsOf(year, frequencyKind(frequency))
    .filter((p) => periodStart(p) <= asOf)
    .reverse();
}

/**
 * What INDICATOR_TARGET rules read, for every agency of a cycle at once, through the indicators' own rollup
 * (the scoreboard's value and target, never a second definition of them): each agency's figure is its
 * subtree's, of the latest period of the year started by the day that has one, submitted or approved (what
 * coverage counts as reported: the provisional score should move when the agency reports, not when the
 * coordinator gets round to the review); the target is the agency's, level's or plan-wide one for that period.
 * Four statements whatever the number of agencies: the indicators, the agencies' levels, the rollup, the targets.
 */
@Injectable()
export class ParIndicatorFiguresReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: IndicatorRollupService,
  ) {}

  async read(
    cycle: { provinceId: string; year: number },
    asOf: string,
    agencyIds: readonly string[],
    codes: readonly string[],
  ): Promise<ParIndicatorFigures> {
    const figures = new Map<string, ParIndicatorFigure>();
    if (!codes.length || !agencyIds.length) return new ParIndicatorFigures(figures);
    const [rows, agencies] = await Promise.all([
      this.dataSource.query<IndicatorRow[]>(PAR_DATA_SQL.indicators, [
        cycle.provinceId,
        cycle.year,
        [...codes],
      ]),
      this.dataSource.manager.find(Agency, {
        select: { id: true, level: true },
        where: { id: In([...agencyIds]) },
      }),
    ]);
    const indicators = rows.map((r) =>
      this.dataSource.manager.create(Indicator, {
        id: r.id,
        planId: r.plan_id,
        code: r.code,
        nameVi: r.name_vi,
        unit: r.unit,
        direction: r.direction,
        aggregation: r.aggregation,
        frequency: r.frequency,
        cumulative: r.cumulative,
        target: r.target,
      }),
    );
    const periods = new Map(indicators.map((i) => [i.id, startedPeriods(i.frequency, cycle.year, asOf)]));
    const wanted = [...new Set([...periods.values()].flat().map(formatPeriod))];
    const cells = await this.rollups.rollup({
      indicators,
      periods: wanted,
      agencies,
      asOf,
      includeUnapproved: true,
    });
    for (const indicator of indicators) {
      const started = periods.get(indicator.id) ?? [];
      for (const agency of agencies) {
        const read = started.map((period) => ({
          period,
          cell: cells.get(indicator.id, agency.id, formatPeriod(period)),
        }));
        // The latest period with a figure; with none yet, the latest started (its target, and 0 %).
        const found = read.find((r) => r.cell.value !== null) ?? read[0];
        const target = found?.cell.target ?? null;
        if (!found || target === null) continue;
        const { direction, cumulative } = indicator;
        const expected = expectedTarget({
          target,
          direction,
          cumulative,
          period: found.period,
          asOfDate: asOf,
        });
        if (expected === null) continue;
        figures.set(`${agency.id}|${indicator.code}`, {
          indicatorId: indicator.id,
          code: indicator.code,
          name: indicator.nameVi,
          unit: indicator.unit,
          direction: indicator.direction,
          period: found.cell.period,
          value: found.cell.value,
          target,
          expected,
        });
      }
    }
    return new ParIndicatorFigures(figures);
  }
}
