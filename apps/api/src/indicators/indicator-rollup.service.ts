import { Injectable } from '@nestjs/common';
import {
  AgencyLevel,
  IndicatorStatus,
  MeasurementStatus,
  indicatorStatus,
  parsePeriod,
  periodEnd,
  Period,
  resolveTarget,
  ResolvedTarget,
  TargetRule,
} from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { factsOnCondition, subtreeSql } from '../agencies/agency-tree.repository';
import { withFacts } from '../agencies/agency-history.service';
import { AgencyVersion } from '../agencies/agency-version.entity';
import { todayInVietnam } from '../common/time/vietnam-time';
import { Agency } from '../agencies/agency.entity';
import { IndicatorTarget } from './indicator-target.entity';
import { ROLLUP_SQL } from './indicator-rollup.sql';
import { IndicatorValue, TargetSource } from './indicator-value.model';
import { Indicator } from './indicator.entity';

interface RollupRow {
  agency_id: string;
  indicator_id: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reported: number;
}

export interface RollupRequest {
  indicators: readonly Indicator[];
  periods: readonly string[];
  agencies: readonly Pick<Agency, 'id' | 'level'>[];
  asOf: string;
  includeUnapproved?: boolean;
}

const COUNTED = [MeasurementStatus.APPROVED];
const COUNTED_WITH_UNAPPROVED = [MeasurementStatus.APPROVED, MeasurementStatus.SUBMITTED];

/** Hierarchy date when none is given: the period's last day, or today while the period is running. */
export function defaultAsOf(period: string): string {
  const parsed = parsePeriod(period);
  const today = todayInVietnam();
  if (!parsed) return today;
  const end = periodEnd(parsed);
  return end < today ? end : today;
}

type Nested<T> = Map<string, Map<string, Map<string, T>>>;

function put<T>(map: Nested<T>, a: string, b: string, c: string, value: T): void {
  let level1 = map.get(a);
  if (!level1) map.set(a, (level1 = new Map<string, Map<string, T>>()));
  let level2 = level1.get(b);
  if (!level2) level1.set(b, (level2 = new Map<string, T>()));
  level2.set(c, value);
}

/**
 * The cells of one rollup, by indicator, period and agency. Nested maps rather than one composite string
 * key: a commune scoreboard has 18,600 cells and building and hashing a key string per cell was the largest
 * part of its JavaScript (docs/performance.md).
 */
export class RollupCells {
  private readonly cells: Nested<IndicatorValue> = new Map();

  set(cell: IndicatorValue): void {
    put(this.cells, cell.indicatorId, cell.period, cell.agencyId, cell);
  }

  /** The cell of an (indicator, agency, period) that was asked for; throws on one that was not. */
  get(indicatorId: string, agencyId: string, period: string): IndicatorValue {
    const cell = this.cells.get(indicatorId)?.get(period)?.get(agencyId);
    if (!cell) throw new Error(`No rollup cell for ${indicatorId} / ${agencyId} / ${period}`);
    return cell;
  }
}

/**
 * resolveTarget for one indicator's rules, remembered per level (or per agency when the agency has its own
 * override) and period: a scoreboard asks the same question for hundreds of communes.
 */
function targetMemo(rules: TargetRule[]) {
  const own = new Set(rules.flatMap((r) => (r.agencyId ? [r.agencyId] : [])));
  const memo = new Map<string, Map<string, ResolvedTarget | null>>();
  return (agency: Pick<Agency, 'id' | 'level'>, period: string): ResolvedTarget | null => {
    let byWho = memo.get(period);
    if (!byWho) memo.set(period, (byWho = new Map<string, ResolvedTarget | null>()));
    // Agency ids and level names never collide (uuid vs enum), so one map holds both kinds of key.
    const who = own.has(agency.id) ? agency.id : agency.level;
    let resolved = byWho.get(who);
    if (resolved === undefined) {
      resolved = resolveTarget(rules, { agencyId: agency.id, level: agency.level, period });
      byWho.set(who, resolved);
    }
    return resolved;
  };
}

/** Rolls figures up agency subtrees in SQL and judges each against its target with the shared rule. */
@Injectable()
export class IndicatorRollupService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every (indicator × agency × period) asked for, in one statement; cells nobody reported are NO_DATA. */
  async rollup(request: RollupRequest, em: EntityManager = this.dataSource.manager): Promise<RollupCells> {
    const { indicators, periods, agencies, asOf } = request;
    const result = new RollupCells();
    if (!indicators.length || !periods.length || !agencies.length) return result;
    const statuses = request.includeUnapproved ? COUNTED_WITH_UNAPPROVED : COUNTED;
    const rows = await em.query<RollupRow[]>(ROLLUP_SQL, [
      agencies.map((a) => a.id),
      asOf,
      indicators.map((i) => i.id),
      periods,
      statuses,
    ]);
    const byKey: Nested<RollupRow> = new Map();
    for (const row of rows) put(byKey, row.indicator_id, row.period, row.agency_id, row);
    const targets = await this.targetsOf(indicators, em);
    const context = { today: todayInVietnam(), parsed: new Map(periods.map((p) => [p, parsePeriod(p)])) };
    for (const indicator of indicators) {
      const target = targetMemo(targets.get(indicator.id) ?? []);
      for (const period of periods) {
        const found = byKey.get(indicator.id)?.get(period);
        for (const agency of agencies) {
          const resolved = target(agency, period);
          result.set(this.cell(indicator, agency, period, asOf, found?.get(agency.id), resolved, context));
        }
      }
    }
    return result;
  }

  private cell(
    indicator: Indicator,
    agency: Pick<Agency, 'id' | 'level'>,
    period: string,
    asOf: string,
    row: RollupRow | undefined,
    target: ResolvedTarget | null,
    context: { today: string; parsed: Map<string, Period | null> },
  ): IndicatorValue {
    const value = row?.value ?? null;
    const parsed = context.parsed.get(period) ?? null;
    const status =
      parsed && value !== null
        ? indicatorStatus({
            direction: indicator.direction,
            target: target?.value ?? null,
            value,
            period: parsed,
            cumulative: indicator.cumulative,
            asOfDate: context.today,
          })
        : IndicatorStatus.NO_DATA;
    return {
      indicatorId: indicator.id,
      agencyId: agency.id,
      period,
      asOf,
      value,
      numerator: row?.numerator ?? null,
      denominator: row?.denominator ?? null,
      reportedCount: row?.reported ?? 0,
      target: target?.value ?? null,
      targetSource: target ? TargetSource[target.source] : null,
      status,
    };
  }

  /** Target rules per indicator: the plan-wide value first, then the overrides. */
  async targetsOf(indicators: readonly Indicator[], em: EntityManager): Promise<Map<string, TargetRule[]>> {
    const overrides = await em.find(IndicatorTarget, {
      where: { indicatorId: In(indicators.map((i) => i.id)) },
    });
    const rules = new Map<string, TargetRule[]>(
      indicators.map((i) => [i.id, i.target === null ? [] : [{ value: i.target }]]),
    );
    for (const o of overrides) rules.get(o.indicatorId)?.push(o);
    return rules;
  }

  /**
   * Agencies of a level (or any level) in the tree of `asOf` under `rootId`, with that day's names and levels,
   * by name: a 2022 scoreboard shows 2022's units as they were called then.
   */
  async agenciesInSubtree(
    rootId: string,
    asOf: string,
    levels: readonly AgencyLevel[] | null,
    em: EntityManager = this.dataSource.manager,
  ): Promise<Agency[]> {
    // No level asked for (e.g. no indicator of the period's frequency): nobody. A placeholder level in the
    // IN list would be refused by the enum type.
    if (levels?.length === 0) return [];
    const query = em
      .getRepository(AgencyVersion)
      .createQueryBuilder('v')
      .innerJoinAndSelect('v.agency', 'a')
      .where(`a.id IN ${subtreeSql(':scopeRoot', { validOn: ':asOf' })}`, { scopeRoot: rootId, asOf })
      .andWhere(factsOnCondition('v', ':asOf'))
      .orderBy('v.name', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (levels) query.andWhere('v.level IN (:...levels)', { levels });
    return (await query.getMany()).map((v) => withFacts(v.agency!, v));
  }
}
