import { Injectable } from '@nestjs/common';
import { PlanStatus } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyHistoryService } from '../agencies/agency-history.service';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { PlanItemAgency } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { Plan } from './plan.entity';
import { planSearchText, PlansService } from './plans.service';

function shiftDate(date: string | null, years: number): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const replaceYear = (text: string | null, from: number, to: number) =>
  text?.replaceAll(String(from), String(to)) ?? null;

/** "Quý I, II/2022" → "Quý I, II/2023": every year written in a label moves with the plan. */
const shiftYearsInText = (text: string | null, years: number) =>
  years ? (text?.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + years)) ?? null) : text;

/** Copies of a plan: an agency's own plan derived from it, or next year's plan. */
@Injectable()
export class PlanCopyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
    private readonly history: AgencyHistoryService,
  ) {}

  /**
   * The agency's own plan: the items it leads or coordinates (directly or through a group) with their
   * results and activities, each linked to its original so progress is kept once. Running it again adds
   * items assigned since.
   */
  async derive(caller: Caller, planId: string, agencyId: string): Promise<Plan> {
    return this.dataSource.transaction(async (em) => {
      const source = await this.plans.findOne(caller.actor, planId, em);
      const agency = await em.findOneBy(Agency, { id: agencyId });
      if (!agency || !(await this.scope.canRead(caller.actor, agencyId, em)))
        throw notFound('Agency', agencyId);
      await this.scope.assertCanWrite(caller.actor, agencyId, em);
      const wanted = await this.itemsFor(em, source.id, agencyId);
      let plan = await em.findOneBy(Plan, { parentPlanId: source.id, ownerAgencyId: agencyId });
      if (!plan) {
        const code = `${source.code}-${agency.code}`.slice(0, 64);
        if (await em.exists(Plan, { where: { code } }))
          throw badField('agencyId', 'common.duplicate', { value: code });
        const title = `${source.title} — ${agency.name}`.slice(0, 500);
        plan = await em.save(
          em.create(Plan, {
            code,
            title,
            year: source.year,
            ownerAgencyId: agencyId,
            status: PlanStatus.DRAFT,
            parentPlanId: source.id,
            searchText: planSearchText(code, title),
          }),
        );
      }
      const existing = await em.find(PlanItem, { where: { planId: plan.id } });
      const have = new Set(existing.map((i) => i.sourceItemId));
      const missing = wanted.filter((i) => !have.has(i.id));
      await this.copyItems(em, plan.id, missing, existing, { linkToSource: true, yearShift: 0 });
      await this.audit.record(em, caller, {
        action: 'plan.derive',
        entityType: 'Plan',
        entityId: plan.id,
        after: { sourcePlanId: source.id, agencyId, addedItems: missing.map((i) => i.code) },
      });
      return plan;
    });
  }

  /** Next year's plan: same structure and assignments, deadlines shifted, progress reset. */
  async copyToYear(caller: Caller, planId: string, year: number, code: string | undefined): Promise<Plan> {
    return this.dataSource.transaction(async (em) => {
      const source = await this.plans.findWritable(caller, planId, em);
      if (year === source.year) throw badField('year', 'validation.invalid');
      const newCode = code ?? replaceYear(source.code, source.year, year) ?? source.code;
      const items = await em.find(PlanItem, { where: { planId: source.id }, order: { sortOrder: 'ASC' } });
      // The new year's structure: ended leads (and owner) are replaced by their successors of its first day.
      const assigned = await em.find(PlanItemAgency, { where: { itemId: In(items.map((i) => i.id)) } });
      const carriers = await this.history.carriersOn(
        [source.ownerAgencyId, ...assigned.flatMap((a) => (a.agencyId ? [a.agencyId] : []))],
        `${year}-01-01`,
        em,
      );
      const owner = carriers.get(source.ownerAgencyId) ?? source.ownerAgencyId;
      const plan = await this.plans.create(
        caller,
        {
          code: newCode === source.code ? `${source.code}-${year}` : newCode,
          title: replaceYear(source.title, source.year, year) ?? source.title,
          year,
          ownerAgencyId: owner,
        },
        em,
      );
      await this.copyItems(em, plan.id, items, [], {
        linkToSource: false,
        yearShift: year - source.year,
        carriers,
      });
      await this.audit.record(em, caller, {
        action: 'plan.copyToYear',
        entityType: 'Plan',
        entityId: plan.id,
        after: {
          sourcePlanId: source.id,
          year,
          items: items.length,
          replacedAgencies: Object.fromEntries(carriers),
        },
      });
      return plan;
    });
  }

  private async itemsFor(em: EntityManager, planId: string, agencyId: string): Promise<PlanItem[]> {
    const rows = await em.query<{ id: string }[]>(
      `WITH RECURSIVE assigned AS (
         SELECT DISTINCT i.id, i.parent_id FROM plan_item i
           JOIN plan_item_agency pia ON pia.item_id = i.id
           LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
          WHERE i.plan_id = $1 AND (pia.agency_id = $2 OR gm.agency_id = $2)
         UNION
         SELECT p.id, p.parent_id FROM plan_item p JOIN assigned a ON p.id = a.parent_id
       ) SELECT id FROM assigned`,
      [planId, agencyId],
    );
    if (!rows.length) return [];
    return em.find(PlanItem, { where: { id: In(rows.map((r) => r.id)) }, order: { sortOrder: 'ASC' } });
  }

  private async copyItems(
    em: EntityManager,
    planId: string,
    items: PlanItem[],
    existing: PlanItem[],
    options: { linkToSource: boolean; yearShift: number; carriers?: Map<string, string | null> },
  ): Promise<void> {
    const newIdByOld = new Map(existing.map((i) => [i.sourceItemId ?? '', i.id]));
    let order = existing.reduce((max, i) => Math.max(max, i.sortOrder), 0);
    for (const item of items) {
      const { yearShift } = options;
      const copy = await em.save(
        em.create(PlanItem, {
          planId,
          kind: item.kind,
          code: item.code,
          title: item.title,
          areaCode: item.areaCode,
          parentId: item.parentId ? (newIdByOld.get(item.parentId) ?? null) : null,
          sortOrder: ++order,
          productType: item.productType,
          productText: item.productText,
          dueLabel: shiftYearsInText(item.dueLabel, yearShift),
          dueDate: shiftDate(item.dueDate, yearShift),
          fundingText: item.fundingText,
          sourceItemId: options.linkToSource ? item.id : null,
          searchText: item.searchText,
        }),
      );
      newIdByOld.set(item.id, copy.id);
      const assignments = carriedOver(
        await em.find(PlanItemAgency, { where: { itemId: item.id } }),
        options.carriers,
      );
      if (assignments.length) {
        await em.insert(
          PlanItemAgency,
          assignments.map(({ role, agencyId, groupId, sourceText, position }) => ({
            itemId: copy.id,
            role,
            agencyId,
            groupId,
            sourceText,
            position,
          })),
        );
      }
    }
  }
}

/**
 * A copy's assignments in its new year: an agency that has ended by then is replaced by the one carrying its
 * work (its successor), dropped when none does, and named once per role (two merged leads become one).
 */
function carriedOver(
  assignments: PlanItemAgency[],
  carriers: Map<string, string | null> | undefined,
): PlanItemAgency[] {
  if (!carriers) return assignments;
  const seen = new Set<string>();
  return assignments.flatMap((a) => {
    const agencyId =
      a.agencyId === null ? null : carriers.has(a.agencyId) ? carriers.get(a.agencyId)! : a.agencyId;
    if (a.agencyId !== null && agencyId === null) return [];
    const key = `${a.role}|${agencyId ?? ''}|${a.groupId ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...a, agencyId }];
  });
}
