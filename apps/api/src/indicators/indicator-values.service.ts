import { Injectable } from '@nestjs/common';
import {
  AgencyLevel,
  comparePeriods,
  formatPeriod,
  frequencyKind,
  IndicatorState,
  IndicatorStatus,
  MeasurementStatus,
  parsePeriod,
  Period,
  periodsOf,
  resolveTarget,
} from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Agency } from '../agencies/agency.entity';
import { Actor } from '../common/context/actor';
import { badField, notFound } from '../common/errors/domain-error';
import { Plan } from '../plans/plan.entity';
import { PlansService } from '../plans/plans.service';
import { defaultAsOf, IndicatorRollupService } from './indicator-rollup.service';
import {
  IndicatorScoreboard,
  IndicatorValue,
  MeasurementEntry,
  ReportingCoverage,
  ScoreboardRow,
} from './indicator-value.model';
import { Indicator } from './indicator.entity';
import { IndicatorsService } from './indicators.service';
import { Measurement } from './measurement.entity';

export const MAX_SERIES_PERIODS = 40;

export interface RollupOptions {
  asOf?: string;
  includeUnapproved?: boolean;
}

function periodArg(field: string, text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw badField(field, 'measurement.PERIOD_MALFORMED');
  return period;
}

/** Read side of indicators: values, series, scoreboard, coverage and the entry grid. */
@Injectable()
export class IndicatorValuesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsService,
    private readonly plans: PlansService,
    private readonly rollups: IndicatorRollupService,
    private readonly scope: AgencyScopeService,
  ) {}

  private async readableAgency(actor: Actor, id: string): Promise<Agency> {
    const agency = await this.dataSource.manager.findOne(Agency, { where: { id } });
    if (!agency || !(await this.scope.canRead(actor, id))) throw notFound('Agency', id);
    return agency;
  }

  async value(
    actor: Actor,
    indicatorId: string,
    agencyId: string,
    period: string,
    options: RollupOptions,
  ): Promise<IndicatorValue> {
    periodArg('period', period);
    const [indicator, agency] = await Promise.all([
      this.indicators.findOne(actor, indicatorId),
      this.readableAgency(actor, agencyId),
    ]);
    return (await this.values(actor, [indicator], agency, period, options))[0];
  }

  /** Values of several indicators for one agency and period (batched by the Indicator.value loader). */
  async values(
    actor: Actor,
    indicators: Indicator[],
    agency: Agency,
    period: string,
    options: RollupOptions,
  ): Promise<IndicatorValue[]> {
    if (!(await this.scope.canRead(actor, agency.id))) throw notFound('Agency', agency.id);
    const asOf = options.asOf ?? defaultAsOf(period);
    const cells = await this.rollups.rollup({
      indicators,
      periods: [period],
      agencies: [agency],
      asOf,
      includeUnapproved: options.includeUnapproved,
    });
    return indicators.map((i) => cells.get(i.id, agency.id, period));
  }

  async series(
    actor: Actor,
    indicatorId: string,
    agencyId: string,
    from: string,
    to: string,
    options: RollupOptions,
  ): Promise<IndicatorValue[]> {
    const start = periodArg('from', from);
    const end = periodArg('to', to);
    const [indicator, agency] = await Promise.all([
      this.indicators.findOne(actor, indicatorId),
      this.readableAgency(actor, agencyId),
    ]);
    const periods: string[] = [];
    for (let year = start.year; year <= end.year && periods.length <= MAX_SERIES_PERIODS; year++) {
      for (const p of periodsOf(year, indicator.frequency)) {
        if (comparePeriods(p, start) >= 0 && comparePeriods(p, end) <= 0) periods.push(formatPeriod(p));
      }
    }
    if (periods.length > MAX_SERIES_PERIODS)
      throw badField('to', 'indicator.seriesTooLong', { max: MAX_SERIES_PERIODS });
    // One hierarchy date for the whole series keeps the points comparable.
    const asOf = options.asOf ?? defaultAsOf(periods[periods.length - 1] ?? to);
    const cells = await this.rollups.rollup({
      indicators: [indicator],
      periods,
      agencies: [agency],
      asOf,
      includeUnapproved: options.includeUnapproved,
    });
    return periods.map((p) => cells.get(indicator.id, agency.id, p));
  }

  async scoreboard(
    actor: Actor,
    planId: string,
    period: string,
    level: AgencyLevel,
    rootAgencyId: string | undefined,
    options: RollupOptions,
  ): Promise<IndicatorScoreboard> {
    return (await this.scopedScoreboard(actor, planId, period, level, rootAgencyId, options)).board;
  }

  /** The scoreboard with the plan and scope agency it was read for (the Excel export prints both). */
  async scopedScoreboard(
    actor: Actor,
    planId: string,
    period: string,
    level: AgencyLevel,
    rootAgencyId: string | undefined,
    options: RollupOptions,
  ): Promise<{ board: IndicatorScoreboard; plan: Plan; root: Agency }> {
    periodArg('period', period);
    const plan = await this.plans.findOne(actor, planId);
    const root = await this.readableAgency(actor, rootAgencyId ?? plan.ownerAgencyId);
    const asOf = options.asOf ?? defaultAsOf(period);
    const indicators = await this.dataSource.manager.find(Indicator, {
      where: { planId: plan.id, state: IndicatorState.ACTIVE },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
    const agencies = await this.rollups.agenciesInSubtree(root.id, asOf, [level]);
    const cells = await this.rollups.rollup({
      indicators,
      periods: [period],
      agencies,
      asOf,
      includeUnapproved: options.includeUnapproved,
    });
    const counts = new Map<IndicatorStatus, number>(Object.values(IndicatorStatus).map((s) => [s, 0]));
    const rows = agencies.map(
      (agency) =>
        new ScoreboardRow(
          agency,
          indicators.map((i) => {
            const cell = cells.get(i.id, agency.id, period);
            counts.set(cell.status, (counts.get(cell.status) ?? 0) + 1);
            return cell;
          }),
        ),
    );
    const statusCounts = [...counts].map(([status, count]) => ({ status, count }));
    return { board: { period, asOf, level, indicators, rows, statusCounts }, plan, root };
  }

  /** The agency itself, then each agency directly under it, each with its subtree's figure. */
  async breakdown(
    actor: Actor,
    indicatorId: string,
    agencyId: string,
    period: string,
    options: RollupOptions,
  ): Promise<IndicatorValue[]> {
    periodArg('period', period);
    const [indicator, parent] = await Promise.all([
      this.indicators.findOne(actor, indicatorId),
      this.readableAgency(actor, agencyId),
    ]);
    const asOf = options.asOf ?? defaultAsOf(period);
    const children = (await this.rollups.agenciesInSubtree(parent.id, asOf, null)).filter(
      (a) => a.parentId === parent.id,
    );
    const agencies = [parent, ...children];
    const cells = await this.rollups.rollup({
      indicators: [indicator],
      periods: [period],
      agencies,
      asOf,
      includeUnapproved: options.includeUnapproved,
    });
    return agencies.map((a) => cells.get(indicator.id, a.id, period));
  }

  async coverage(
    actor: Actor,
    indicatorId: string,
    period: string,
    rootAgencyId: string | undefined,
    asOfArg?: string,
  ): Promise<ReportingCoverage> {
    periodArg('period', period);
    const indicator = await this.indicators.findOne(actor, indicatorId);
    const plan = await this.plans.findOne(actor, indicator.planId);
    const root = await this.readableAgency(actor, rootAgencyId ?? plan.ownerAgencyId);
    const asOf = asOfArg ?? defaultAsOf(period);
    const expected = await this.rollups.agenciesInSubtree(root.id, asOf, indicator.reportingLevels);
    const figures = expected.length
      ? await this.dataSource.manager.find(Measurement, {
          where: { indicatorId, period, agencyId: In(expected.map((a) => a.id)) },
        })
      : [];
    const statusOf = new Map(figures.map((m) => [m.agencyId, m.status]));
    const isReported = (s: MeasurementStatus | undefined) =>
      s === MeasurementStatus.SUBMITTED || s === MeasurementStatus.APPROVED;
    return {
      indicatorId,
      period,
      asOf,
      expected: expected.length,
      reported: expected.filter((a) => isReported(statusOf.get(a.id))).length,
      approved: figures.filter((m) => m.status === MeasurementStatus.APPROVED).length,
      inProgress: figures.filter((m) => !isReported(m.status)).length,
      missing: expected.filter((a) => !isReported(statusOf.get(a.id))),
    };
  }

  /** The entry grid: active indicators of the plan that the agency's level reports for this kind of period. */
  async entries(actor: Actor, planId: string, agencyId: string, period: string): Promise<MeasurementEntry[]> {
    const parsed = periodArg('period', period);
    const plan = await this.plans.findOne(actor, planId);
    const agency = await this.readableAgency(actor, agencyId);
    const indicators = (
      await this.dataSource.manager.find(Indicator, {
        where: { planId: plan.id, state: IndicatorState.ACTIVE },
        order: { sortOrder: 'ASC', code: 'ASC' },
      })
    ).filter((i) => i.reportingLevels.includes(agency.level) && frequencyKind(i.frequency) === parsed.kind);
    const figures = indicators.length
      ? await this.dataSource.manager.find(Measurement, {
          where: { agencyId, period, indicatorId: In(indicators.map((i) => i.id)) },
        })
      : [];
    const targets = await this.rollups.targetsOf(indicators, this.dataSource.manager);
    return indicators.map((indicator) => ({
      indicator,
      measurement: figures.find((m) => m.indicatorId === indicator.id) ?? null,
      target:
        resolveTarget(targets.get(indicator.id) ?? [], { agencyId, level: agency.level, period })?.value ??
        null,
    }));
  }
}
