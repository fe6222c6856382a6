import { Injectable } from '@nestjs/common';
import { foldVietnamese, PlanItemKind } from '@partrack/shared';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../common/sql/escape-like';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { factsOnCondition, subtreeSql } from '../agencies/agency-tree.repository';
import { todayInVietnam } from '../common/time/vietnam-time';
import { Actor } from '../common/context/actor';
import { Connection } from '../common/graphql/connection';
import { paginate, SortKey } from '../common/graphql/keyset-pagination';
import { SortDirection, TaskFilter, TaskOrder, TaskOrderField, TaskStatsGroupBy } from './dto/task.input';
import { PlanItem } from './plan-item.entity';
import { TaskStatsRow } from './task-stats.model';

/** Items of a derived agency plan show their original's progress. */
export const EFFECTIVE_STATUS = 'COALESCE(src.status, item.status)';
export const EFFECTIVE_PROGRESS = 'COALESCE(src.progress, item.progress)';
const OVERDUE = `(item.due_date < :today AND ${EFFECTIVE_STATUS} NOT IN ('DONE', 'CANCELLED'))`;

/** The item has an assignment of this role held by :agency, directly or as a member of a group. */
function assignedTo(role: 'LEAD' | 'COORDINATOR' | null, agencyCondition: string): string {
  return `EXISTS (
    SELECT 1 FROM plan_item_agency pia
    LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
    WHERE pia.item_id = item.id ${role ? `AND pia.role = '${role}'` : ''}
      AND (${agencyCondition.replace(/\$AGENCY/g, 'pia.agency_id')} OR ${agencyCondition.replace(/\$AGENCY/g, 'gm.agency_id')}))`;
}

/** An open task or project with a deadline and the agencies that lead it, as the reminder scan needs it. */
export interface TaskDue {
  id: string;
  /** YYYY-MM-DD */
  dueDate: string;
  code: string;
  title: string;
  leads: { agencyId: string; agencyName: string }[];
}

@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
  ) {}

  query(actor: Actor, filter: TaskFilter = {}): SelectQueryBuilder<PlanItem> {
    const today = todayInVietnam();
    const q = this.dataSource
      .getRepository(PlanItem)
      .createQueryBuilder('item')
      .leftJoin(PlanItem, 'src', 'src.id = item.source_item_id')
      .innerJoin('plan', 'plan', 'plan.id = item.plan_id')
      .setParameter('today', today);
    const root = this.scope.readRoot(actor);
    if (root) {
      q.andWhere(`plan.owner_agency_id IN ${subtreeSql(':scopeRoot')}`, { scopeRoot: root });
    }
    q.andWhere('item.kind IN (:...kinds)', {
      kinds: filter.kinds?.length ? filter.kinds : [PlanItemKind.TASK, PlanItemKind.PROJECT],
    });
    if (filter.planId) q.andWhere('item.plan_id = :planId', { planId: filter.planId });
    if (filter.areaCode) q.andWhere('item.area_code = :areaCode', { areaCode: filter.areaCode });
    if (filter.leadAgencyId) q.andWhere(assignedTo('LEAD', '$AGENCY = :lead'), { lead: filter.leadAgencyId });
    if (filter.coordinatingAgencyId) {
      q.andWhere(assignedTo('COORDINATOR', '$AGENCY = :coord'), { coord: filter.coordinatingAgencyId });
    }
    if (filter.agencySubtree)
      q.andWhere(assignedTo(null, `$AGENCY IN ${subtreeSql(':subtree')}`), { subtree: filter.agencySubtree });
    if (filter.statuses?.length)
      q.andWhere(`${EFFECTIVE_STATUS} IN (:...statuses)`, { statuses: filter.statuses });
    if (filter.overdue === true) q.andWhere(OVERDUE);
    if (filter.overdue === false) q.andWhere(`NOT ${OVERDUE}`);
    if (filter.dueFrom) q.andWhere('item.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueTo) q.andWhere('item.due_date <= :dueTo', { dueTo: filter.dueTo });
    if (filter.search?.trim()) {
      q.andWhere(`item.search_text LIKE :search ESCAPE '\\'`, {
        search: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    return q;
  }

  /**
   * Open tasks and projects (not DONE or CANCELLED) of ACTIVE plans due between `from` and `to`, with their
   * LEAD agencies — directly or as members of a lead group — not ended by `today`. Items of derived agency
   * plans are left out: they mirror an original item, which is reminded about once.
   */
  async dueBetween(from: string, to: string, today: string): Promise<TaskDue[]> {
    const rows = await this.dataSource.query<
      { id: string; due: string; code: string; title: string; agency_id: string; agency_name: string }[]
    >(
      `SELECT DISTINCT i.id, i.due_date::text AS due, i.code, i.title, a.id AS agency_id, a.name AS agency_name
         FROM plan_item i
         JOIN plan p ON p.id = i.plan_id AND p.status = 'ACTIVE'
         JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
         LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
         JOIN agency a ON a.id = COALESCE(pia.agency_id, gm.agency_id)
                      AND (a.valid_to IS NULL OR a.valid_to > $3::date)
        WHERE i.kind IN ('TASK', 'PROJECT') AND i.status NOT IN ('DONE', 'CANCELLED')
          AND i.source_item_id IS NULL AND i.due_date BETWEEN $1::date AND $2::date
        ORDER BY due, i.id, agency_name, agency_id`,
      [from, to, today],
    );
    const byId = new Map<string, TaskDue>();
    for (const r of rows) {
      const task = byId.get(r.id) ?? { id: r.id, dueDate: r.due, code: r.code, title: r.title, leads: [] };
      byId.set(r.id, task);
      task.leads.push({ agencyId: r.agency_id, agencyName: r.agency_name });
    }
    return [...byId.values()];
  }

  /**
   * How many open tasks and projects of ACTIVE plans each agency leads (directly or through a lead group) that
   * are past their due date on `today`, for the agencies given; one statement. Mirrored items of derived plans
   * are left out, as in `dueBetween`: a task is counted once.
   */
  async overdueLeadCounts(agencyIds: readonly string[], today: string): Promise<Map<string, number>> {
    if (!agencyIds.length) return new Map();
    const rows = await this.dataSource.query<{ agency_id: string; n: number }[]>(
      `SELECT COALESCE(pia.agency_id, gm.agency_id) AS agency_id, count(DISTINCT i.id)::int AS n
         FROM plan_item i
         JOIN plan p ON p.id = i.plan_id AND p.status = 'ACTIVE'
         JOIN plan_item_agency pia ON pia.item_id = i.id AND pia.role = 'LEAD'
         LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
        WHERE i.kind IN ('TASK', 'PROJECT') AND i.status NOT IN ('DONE', 'CANCELLED')
          AND i.source_item_id IS NULL AND i.due_date < $2::date
          AND COALESCE(pia.agency_id, gm.agency_id) = ANY($1::uuid[])
        GROUP BY 1`,
      [[...agencyIds], today],
    );
    return new Map(rows.map((r) => [r.agency_id, r.n]));
  }

  list(
    actor: Actor,
    filter: TaskFilter,
    order: TaskOrder | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<PlanItem>> {
    const field = order?.field ?? TaskOrderField.DOCUMENT;
    const keys: SortKey<PlanItem>[] = [];
    switch (field) {
      case TaskOrderField.DOCUMENT:
        break;
      case TaskOrderField.DUE_DATE:
        keys.push({
          expression: `COALESCE(item.due_date, '9999-12-31')`,
          value: (i) => i.dueDate ?? '9999-12-31',
        });
        break;
      case TaskOrderField.PROGRESS:
        keys.push({ expression: 'item.progress', value: (i) => i.progress });
        break;
      case TaskOrderField.UPDATED_AT:
        keys.push({ expression: `date_trunc('milliseconds', item.updated_at)`, value: (i) => i.updatedAt });
        break;
      default:
        throw new Error(`unknown order ${String(field)}`);
    }
    keys.push(
      { expression: 'item.plan_id', value: (i) => i.planId },
      { expression: 'item.sort_order', value: (i) => i.sortOrder },
      { expression: 'item.id', value: (i) => i.id },
    );
    return paginate(this.query(actor, filter), keys, page, order?.direction === SortDirection.DESC);
  }

  async stats(
    actor: Actor,
    planId: string | null,
    groupBy: TaskStatsGroupBy,
    filter: TaskFilter = {},
  ): Promise<TaskStatsRow[]> {
    const base = this.query(actor, { ...filter, planId: planId ?? filter.planId })
      .select('item.id', 'id')
      .addSelect('item.area_code', 'area_code')
      .addSelect('item.due_date', 'due_date')
      .addSelect(EFFECTIVE_STATUS, 'status')
      .addSelect(EFFECTIVE_PROGRESS, 'progress')
      .addSelect(OVERDUE, 'overdue')
      .addSelect('plan.year', 'plan_year');
    const [sql, params] = base.getQueryAndParameters();
    const grouping = this.grouping(groupBy);
    const rows = await this.dataSource.query<RawStats[]>(
      `WITH t AS (${sql})
       SELECT ${grouping.key} AS key, ${grouping.label} AS label, ${grouping.order} AS sort_key,
              count(DISTINCT t.id)::int AS total,
              count(DISTINCT t.id) FILTER (WHERE t.status = 'NOT_STARTED')::int AS not_started,
              count(DISTINCT t.id) FILTER (WHERE t.status = 'IN_PROGRESS')::int AS in_progress,
              count(DISTINCT t.id) FILTER (WHERE t.status = 'DONE')::int AS done,
              count(DISTINCT t.id) FILTER (WHERE t.status = 'CANCELLED')::int AS cancelled,
              count(DISTINCT t.id) FILTER (WHERE t.overdue)::int AS overdue,
              COALESCE(round(avg(t.progress)::numeric, 1), 0)::float AS average_progress
         FROM t ${grouping.join}
        GROUP BY 1, 2, 3 ORDER BY sort_key${grouping.byCount ? ', total DESC' : ''}, label`,
      params,
    );
    return rows.map((r) => ({
      key: r.key ?? 'NONE',
      label: r.label ?? null,
      total: r.total,
      notStarted: r.not_started,
      inProgress: r.in_progress,
      done: r.done,
      cancelled: r.cancelled,
      overdue: r.overdue,
      averageProgress: r.average_progress,
    }));
  }

  private grouping(groupBy: TaskStatsGroupBy): {
    key: string;
    label: string;
    order: string;
    join: string;
    byCount?: boolean;
  } {
    switch (groupBy) {
      case TaskStatsGroupBy.AREA:
        return {
          key: 't.area_code',
          label: 'ra.name_vi',
          order: 'COALESCE(ra.sort_order, 99)',
          join: 'LEFT JOIN reform_area ra ON ra.code = t.area_code',
        };
      case TaskStatsGroupBy.STATUS:
        return { key: 't.status::text', label: 'NULL::text', order: 't.status::text', join: '' };
      case TaskStatsGroupBy.DUE_QUARTER:
        return {
          key: `CASE WHEN t.due_date IS NULL THEN NULL ELSE extract(year FROM t.due_date) || '-Q' || extract(quarter FROM t.due_date) END`,
          label: 'NULL::text',
          order: `COALESCE(extract(year FROM t.due_date) || '-Q' || extract(quarter FROM t.due_date), 'ZZZ')`,
          join: '',
        };
      case TaskStatsGroupBy.LEAD_AGENCY:
        // A plan's year is its world: a group leads through the members that existed that year (a group keeps
        // a merged member and gains its successor, docs/reorganisation.md), named as they were then.
        return {
          key: 'ag.id::text',
          label: 'COALESCE(agv.name, ag.name)',
          // Busiest agencies first; tasks without a lead last (key NONE).
          order: 'CASE WHEN ag.id IS NULL THEN 1 ELSE 0 END',
          byCount: true,
          join: `LEFT JOIN plan_item_agency pia ON pia.item_id = t.id AND pia.role = 'LEAD'
                 LEFT JOIN LATERAL (
                   SELECT gm.agency_id FROM agency_group_member gm JOIN agency ga ON ga.id = gm.agency_id
                    WHERE gm.group_id = pia.group_id AND ga.valid_from <= make_date(t.plan_year, 12, 31)
                      AND (ga.valid_to IS NULL OR ga.valid_to > make_date(t.plan_year, 1, 1))
                 ) gm ON true
                 LEFT JOIN agency ag ON ag.id = COALESCE(pia.agency_id, gm.agency_id)
                 LEFT JOIN agency_version agv ON agv.agency_id = ag.id
                   AND ${factsOnCondition('agv', 'least(make_date(t.plan_year, 12, 31), partrack_today())')}`,
        };
      default:
        throw new Error(`unknown grouping ${String(groupBy)}`);
    }
  }
}

interface RawStats {
  key: string | null;
  label: string | null;
  total: number;
  not_started: number;
  in_progress: number;
  done: number;
  cancelled: number;
  overdue: number;
  average_progress: number;
}
