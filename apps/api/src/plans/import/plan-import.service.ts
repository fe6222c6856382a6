import { Injectable } from '@nestjs/common';
import { PlanItemKind } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyNamesService } from '../../agencies/agency-names.service';
import { AuditService } from '../../audit/audit.service';
import { Caller } from '../../common/context/caller';
import { badField } from '../../common/errors/domain-error';
import { PlanItemAgency } from '../plan-item-agency.entity';
import { PlanItem } from '../plan-item.entity';
import { Assignment, itemSearchText, PlanItemsService } from '../plan-items.service';
import { Plan } from '../plan.entity';
import { PlansService } from '../plans.service';
import { extractDrafts, previewDrafts, writeDrafts } from '../../indicators/indicator-drafts.writer';
import { PlanFormatParse } from '../formats';
import { readPlanDocument } from './plan-document.reader';
import { ImportPlanDocumentInput } from './plan-import.input';
import {
  ImportAction,
  ImportedPlanItem,
  PlanImportProblem,
  PlanImportResult,
} from './plan-import-result.model';
import { NameCatalogue, resolveCell, sameAssignments, toAssignments } from './plan-import.resolve';

interface Row {
  item: ImportedPlanItem;
  assignments: Assignment[];
  sortOrder: number;
}

const FIELDS = [
  'kind',
  'title',
  'areaCode',
  'productText',
  'productType',
  'dueLabel',
  'dueDate',
  'fundingText',
] as const;

/**
 * importPlanDocument: parse → resolve agency names → compare with the plan by item code → write all or
 * nothing. Re-importing the same document changes nothing; progress fields are never touched.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly planItems: PlanItemsService,
    private readonly names: AgencyNamesService,
    private readonly audit: AuditService,
  ) {}

  async import(caller: Caller, input: ImportPlanDocumentInput): Promise<PlanImportResult> {
    if (Boolean(input.planId) === Boolean(input.newPlan)) throw badField('planId', 'planImport.planOrNew');

    const target = input.planId ? await this.plans.findOne(caller.actor, input.planId) : null;
    // The document names the agencies of its own date: a 2022 plan re-imported after the 2025 reorganisation
    // still finds 2022's departments (docs/reorganisation.md).
    const year = target?.year ?? input.newPlan?.year;
    const documentDay = target?.decisionDate ?? (year ? `${year}-01-01` : undefined);
    const catalogue: NameCatalogue = await this.names.buildIndex(caller.actor, null, documentDay);
    const parse = await readPlanDocument(input.format, input.content, {
      year: target?.year ?? input.newPlan?.year,
      classifyAgencyCell: (text) => catalogue.index.resolve(text).matches.length > 0,
    });
    const problems: PlanImportProblem[] = parse.problems.map((p) => ({
      ...p,
      itemCode: p.itemCode ?? null,
      text: null,
    }));
    const rows = this.resolveRows(parse, catalogue, input, problems);

    return this.dataSource.transaction(async (em) => {
      const plan = target ? await this.plans.findWritable(caller, target.id, em) : null;
      if (!plan && input.newPlan && (await em.exists(Plan, { where: { code: input.newPlan.code } }))) {
        problems.push({
          line: 1,
          severity: 'ERROR',
          code: 'PLAN_CODE_TAKEN',
          message: `Plan code "${input.newPlan.code}" is already used`,
          itemCode: null,
          text: input.newPlan.code,
        });
      }
      await this.decideActions(em, plan, rows);
      const drafts = extractDrafts(parse.text);
      const indicatorDrafts = await previewDrafts(em, plan?.id ?? null, drafts);
      problems.sort((a, b) => a.line - b.line);
      const counts = {
        created: rows.filter((r) => r.item.action === ImportAction.CREATE).length,
        updated: rows.filter((r) => r.item.action === ImportAction.UPDATE).length,
        unchanged: rows.filter((r) => r.item.action === ImportAction.UNCHANGED).length,
      };
      const base = {
        dryRun: input.dryRun,
        document: this.summary(parse),
        items: rows.map((r) => r.item),
        problems,
        ...counts,
        indicatorDrafts,
      };
      if (input.dryRun || problems.some((p) => p.severity === 'ERROR'))
        return { ...base, applied: false, plan };
      const written = plan ?? (await this.createPlan(em, caller, input, parse));
      await this.write(em, written, rows);
      const draftsCreated = await writeDrafts(em, written.id, drafts);
      await this.audit.record(em, caller, {
        action: 'plan.import',
        entityType: 'Plan',
        entityId: written.id,
        after: { ...counts, warnings: problems.length, indicatorDrafts: draftsCreated },
      });
      return { ...base, applied: true, plan: written };
    });
  }

  private resolveRows(
    parse: PlanFormatParse,
    catalogue: NameCatalogue,
    input: ImportPlanDocumentInput,
    problems: PlanImportProblem[],
  ): Row[] {
    const overrides = input.agencyOverrides ?? [];
    return parse.items.map((parsed, index) => {
      const leads = resolveCell(catalogue, overrides, parsed, parsed.leadText, 'lead');
      const coordinators = resolveCell(catalogue, overrides, parsed, parsed.coordinatorText, 'coordinator');
      problems.push(...leads.problems, ...coordinators.problems);
      return {
        item: {
          ...parsed,
          leads: leads.names,
          coordinators: coordinators.names,
          action: ImportAction.CREATE,
        },
        assignments: toAssignments(leads.names, coordinators.names),
        sortOrder: index + 1,
      };
    });
  }

  private async decideActions(em: EntityManager, plan: Plan | null, rows: Row[]): Promise<void> {
    if (!plan) return;
    const existing = await em.find(PlanItem, { where: { planId: plan.id } });
    const byCode = new Map(existing.map((i) => [i.code, i]));
    const assignments = existing.length
      ? await em.find(PlanItemAgency, { where: { itemId: In(existing.map((i) => i.id)) } })
      : [];
    const codeById = new Map(existing.map((i) => [i.id, i.code]));
    for (const row of rows) {
      const current = byCode.get(row.item.code);
      if (!current) continue;
      const same =
        FIELDS.every((f) => (current[f] ?? null) === (row.item[f] ?? null)) &&
        (current.parentId ? codeById.get(current.parentId) : null) === row.item.parentCode &&
        current.sortOrder === row.sortOrder &&
        sameAssignments(
          assignments.filter((a) => a.itemId === current.id),
          row.assignments,
        );
      row.item.action = same ? ImportAction.UNCHANGED : ImportAction.UPDATE;
    }
  }

  private summary(parse: PlanFormatParse) {
    const count = (kind: PlanItemKind) => parse.items.filter((i) => i.kind === kind).length;
    const { title, year, decisionNumber, decisionDate, issuerText } = parse.header;
    return {
      title,
      year,
      decisionNumber,
      decisionDate,
      issuerText,
      results: count(PlanItemKind.RESULT),
      activities: count(PlanItemKind.ACTIVITY),
      tasks: count(PlanItemKind.TASK),
      projects: count(PlanItemKind.PROJECT),
    };
  }

  private createPlan(
    em: EntityManager,
    caller: Caller,
    input: ImportPlanDocumentInput,
    parse: PlanFormatParse,
  ): Promise<Plan> {
    const newPlan = input.newPlan!;
    const year = newPlan.year ?? parse.header.year;
    if (!year) throw badField('newPlan.year', 'validation.required');
    const title = newPlan.title ?? parse.header.title ?? newPlan.code;
    return this.plans.create(
      caller,
      {
        code: newPlan.code,
        title,
        year,
        ownerAgencyId: newPlan.ownerAgencyId,
        decisionNumber: parse.header.decisionNumber,
        decisionDate: parse.header.decisionDate,
      },
      em,
    );
  }

  /** Document order puts every parent before its children, so parent ids are known when needed. */
  private async write(em: EntityManager, plan: Plan, rows: Row[]): Promise<void> {
    const existing = await em.find(PlanItem, { where: { planId: plan.id } });
    const idByCode = new Map(existing.map((i) => [i.code, i.id]));
    for (const { item, assignments, sortOrder } of rows) {
      if (item.action === ImportAction.UNCHANGED) continue;
      const values = {
        kind: item.kind,
        title: item.title,
        areaCode: item.areaCode,
        parentId: item.parentCode ? (idByCode.get(item.parentCode) ?? null) : null,
        sortOrder,
        productType: item.productType,
        productText: item.productText,
        dueLabel: item.dueLabel,
        dueDate: item.dueDate,
        fundingText: item.fundingText,
        searchText: itemSearchText(item),
      };
      let id = idByCode.get(item.code);
      if (id) await em.update(PlanItem, { id }, values);
      else {
        id = (
          await em.save(
            em.create(PlanItem, { ...values, planId: plan.id, code: item.code, sourceItemId: null }),
          )
        ).id;
        idByCode.set(item.code, id);
      }
      await this.planItems.replaceAssignments(em, id, assignments);
    }
  }
}
