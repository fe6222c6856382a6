import { Injectable, Logger } from '@nestjs/common';
import {
  formatPeriod,
  IndicatorAggregation,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
  MeasurementStatus,
  Period,
  periodEnd,
  periodsOf,
  ratioValue,
} from '@partrack/shared';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Indicator } from '../indicators/indicator.entity';
import { MeasurementAction, MeasurementRevision } from '../indicators/measurement-revision.entity';
import { Measurement } from '../indicators/measurement.entity';

const DEMO_LABEL = 'Dữ liệu demo';
/** Left as drafts so the review of extracted indicators can be shown. */
const KEPT_AS_DRAFTS = 3;

function roll(key: string): number {
  return createHash('sha256').update(key).digest().readUInt16BE(0) / 65536;
}

/** Status of a demo figure: the year's first three quarters reviewed, the last one still in the works. */
function demoStatus(period: Period, r: number): MeasurementStatus | null {
  if (period.index < 4 && period.kind === 'QUARTER')
    return r < 0.9 ? MeasurementStatus.APPROVED : MeasurementStatus.SUBMITTED;
  if (r < 0.55) return MeasurementStatus.APPROVED;
  if (r < 0.75) return MeasurementStatus.SUBMITTED;
  if (r < 0.85) return MeasurementStatus.DRAFT;
  return null;
}

interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A plausible figure near the target: most agencies close to it, some well below. */
function demoFigure(indicator: Indicator, key: string): Figure {
  const target = indicator.target ?? 50;
  const r = roll(`${key}:v`);
  switch (indicator.aggregation) {
    case IndicatorAggregation.RATIO: {
      const denominator = 20 + Math.floor(roll(`${key}:d`) * 980);
      const share = Math.min(1, Math.max(0, (target / 100) * (0.75 + r * 0.4)));
      const numerator = Math.round(denominator * share);
      return { value: ratioValue(numerator, denominator, indicator.unit), numerator, denominator };
    }
    case IndicatorAggregation.NONE:
      return { value: Math.max(1, Math.round(target * (0.7 + r * 0.6))), numerator: null, denominator: null };
    case IndicatorAggregation.SUM:
    case IndicatorAggregation.AVERAGE:
    case IndicatorAggregation.MIN:
    case IndicatorAggregation.MAX:
      if (indicator.unit === IndicatorUnit.PERCENT)
        return {
          value: Math.min(100, Math.round(target * (0.85 + r * 0.25) * 10) / 10),
          numerator: null,
          denominator: null,
        };
      return { value: Math.round(target * (0.7 + r * 0.5)), numerator: null, denominator: null };
  }
}

/**
 * DEMO DATA ONLY: confirms most indicator drafts extracted from the demo plan (as a coordinator would)
 * and gives every reporting agency deterministic figures for 2022, each signed "Dữ liệu demo".
 */
@Injectable()
export class DemoIndicatorSeeder {
  private readonly logger = new Logger('Seed');

  constructor(private readonly dataSource: DataSource) {}

  async seed(planId: string, year: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const drafts = await em.find(Indicator, { where: { planId }, order: { sortOrder: 'ASC' } });
      const confirmed = drafts.slice(0, Math.max(0, drafts.length - KEPT_AS_DRAFTS));
      if (!confirmed.length) return;
      await em.update(Indicator, { id: In(confirmed.map((i) => i.id)) }, { state: IndicatorState.ACTIVE });
      const agencies = await em.find(Agency, { where: {} });
      let count = 0;
      for (const indicator of confirmed) count += await this.figures(em, indicator, agencies, year);
      this.logger.log(`demo indicators: ${confirmed.length} confirmed, ${count} figures`);
    });
  }

  private async figures(
    em: EntityManager,
    indicator: Indicator,
    agencies: Agency[],
    year: number,
  ): Promise<number> {
    const reporters =
      indicator.aggregation === IndicatorAggregation.NONE
        ? agencies.filter((a) => a.code === 'QNA')
        : agencies.filter((a) => indicator.reportingLevels.includes(a.level) && a.code !== 'QNA');
    const periods = periodsOf(
      year,
      indicator.frequency === IndicatorFrequency.YEAR ? 'YEAR' : indicator.frequency,
    );
    const rows: Partial<Measurement>[] = [];
    for (const agency of reporters) {
      for (const period of periods) {
        const key = `${indicator.code}:${agency.code}:${formatPeriod(period)}`;
        const status = demoStatus(period, roll(`${key}:s`));
        if (!status) continue;
        rows.push({
          indicatorId: indicator.id,
          agencyId: agency.id,
          period: formatPeriod(period),
          periodEnd: periodEnd(period),
          ...demoFigure(indicator, key),
          note: `[${DEMO_LABEL}]`,
          source: DEMO_LABEL,
          status,
          submittedAt:
            status === MeasurementStatus.DRAFT ? null : new Date(`${periodEnd(period)}T09:00:00+07:00`),
          reviewedAt:
            status === MeasurementStatus.APPROVED ? new Date(`${periodEnd(period)}T15:00:00+07:00`) : null,
          updatedByLabel: DEMO_LABEL,
        });
      }
    }
    if (!rows.length) return 0;
    // Plain multi-row inserts with ids made here: no reload per row, so thousands of figures take a moment.
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500).map((m) => ({ ...m, id: randomUUID() }));
      await em.insert(Measurement, chunk);
      await em.insert(
        MeasurementRevision,
        chunk.map((m) => ({
          measurementId: m.id,
          measurementVersion: 1,
          action: MeasurementAction.RECORD,
          status: m.status!,
          value: m.value ?? null,
          numerator: m.numerator ?? null,
          denominator: m.denominator ?? null,
          note: m.note ?? null,
          comment: DEMO_LABEL,
          actorLabel: DEMO_LABEL,
        })),
      );
    }
    return rows.length;
  }
}
