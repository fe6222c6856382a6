import { Injectable } from '@nestjs/common';
import { ParCriterionLevel } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Caller } from '../../common/context/caller';
import { badField, DomainError, notFound } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-code';
import { versionedUpdate } from '../../database/versioned-update';
import { ParFrameworksService } from '../../par-index/par-frameworks.service';
import { InspectionPlan } from '../inspection-plan.entity';
import { Inspection } from '../inspection.entity';
import { InspectionsService } from '../inspections.service';
import {
  BuildInspectionChecklistInput,
  MAX_CHECKLIST_ITEMS,
  UpdateInspectionChecklistItemInput,
} from './dto/inspection-checklist.input';
import { InspectionChecklistItem, isFilled } from './inspection-checklist-item.entity';

type NewItem = Pick<InspectionChecklistItem, 'title' | 'sourceCode'>;

/**
 * An inspection's checklist (bảng kiểm): built from the province's PAR framework or written lines, then filled
 * item by item by the team. Changed by whoever may change the inspection (INSPECTION_MANAGE in its province);
 * read like the inspection. Another province's inspection or item is NOT_FOUND, like a missing id.
 */
@Injectable()
export class InspectionChecklistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inspections: InspectionsService,
    private readonly frameworks: ParFrameworksService,
    private readonly audit: AuditService,
  ) {}

  /** Items of the framework (areas and criteria, tree order); sub-criteria are scored detail, not visit lines. */
  private async frameworkItems(
    em: EntityManager,
    caller: Caller,
    id: string,
    plan: InspectionPlan,
  ): Promise<NewItem[]> {
    const framework = await this.frameworks.findOne(caller.actor, id, em).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    });
    if (!framework || framework.provinceId !== plan.provinceId)
      throw badField('fromFrameworkId', 'common.notFound', { entity: 'ParFramework', id });
    const criteria = (await this.frameworks.criteriaOf([framework.id])).get(framework.id) ?? [];
    const items = criteria
      .filter((c) => c.level === ParCriterionLevel.AREA || c.level === ParCriterionLevel.CRITERION)
      .map((c) => ({ title: c.title, sourceCode: c.code }));
    if (!items.length) throw badField('fromFrameworkId', 'inspection.checklist.emptyFramework');
    if (items.length > MAX_CHECKLIST_ITEMS) throw badField('fromFrameworkId', 'validation.invalid');
    return items;
  }

  /** Replaces the checklist, as long as nothing of it is assessed yet (the inspection's row lock orders builds). */
  async build(caller: Caller, input: BuildInspectionChecklistInput): Promise<Inspection> {
    const fromFramework = input.fromFrameworkId ?? null;
    const lines = input.items ?? null;
    if ((fromFramework === null) === (lines === null))
      throw badField(fromFramework === null ? 'items' : 'fromFrameworkId', 'inspection.checklist.oneSource');
    return this.dataSource.transaction(async (em) => {
      const { inspection, plan } = await this.inspections.findForUpdate(caller, input.inspectionId, em);
      const before = await em.find(InspectionChecklistItem, {
        where: { inspectionId: inspection.id },
        order: { position: 'ASC' },
      });
      if (before.some(isFilled)) throw badField('inspectionId', 'inspection.checklist.filled');
      const items: NewItem[] = fromFramework
        ? await this.frameworkItems(em, caller, fromFramework, plan)
        : lines!.map((title) => ({ title: title.trim(), sourceCode: null }));
      await em.delete(InspectionChecklistItem, { inspectionId: inspection.id });
      await em.insert(
        InspectionChecklistItem,
        items.map((item, index) => ({ ...item, inspectionId: inspection.id, position: index + 1 })),
      );
      await this.audit.record(em, caller, {
        action: 'inspection.buildChecklist',
        entityType: 'Inspection',
        entityId: inspection.id,
        before: { items: before.map((i) => i.title) },
        after: { fromFrameworkId: fromFramework, items: items.map((i) => i.title) },
      });
      return inspection;
    });
  }

  /** One item's result, note and evidence (versioned: a stale version is a CONFLICT). */
  async updateItem(
    caller: Caller,
    input: UpdateInspectionChecklistItemInput,
  ): Promise<InspectionChecklistItem> {
    return this.dataSource.transaction(async (em) => {
      const found = await em.findOne(InspectionChecklistItem, { where: { id: input.id } });
      if (!found) throw notFound('InspectionChecklistItem', input.id);
      await this.inspections.findForUpdate(caller, found.inspectionId, em).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND)
          throw notFound('InspectionChecklistItem', input.id);
        throw error;
      });
      const before = await em.findOneByOrFail(InspectionChecklistItem, { id: input.id });
      const after = await versionedUpdate(em, InspectionChecklistItem, before.id, input.version, {
        result: input.result === undefined ? before.result : input.result,
        note: input.note === undefined ? before.note : input.note?.trim() || null,
        evidence:
          input.evidence === undefined
            ? before.evidence
            : input.evidence.map((e) => ({ url: e.url, label: e.label?.trim() || null })),
      });
      await this.audit.record(em, caller, {
        action: 'inspection.updateChecklistItem',
        entityType: 'InspectionChecklistItem',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Checklists of a page of inspections, in order: one statement (DataLoader). */
  async checklistsOf(inspectionIds: readonly string[]): Promise<Map<string, InspectionChecklistItem[]>> {
    const rows = inspectionIds.length
      ? await this.dataSource.getRepository(InspectionChecklistItem).find({
          where: { inspectionId: In([...inspectionIds]) },
          order: { position: 'ASC' },
        })
      : [];
    const result = new Map<string, InspectionChecklistItem[]>(inspectionIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.inspectionId)?.push(row);
    return result;
  }
}
