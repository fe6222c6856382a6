import { Injectable } from '@nestjs/common';
import { daysLate, ReformAreaCode } from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { todayInVietnam } from '../common/time/vietnam-time';
import { Actor } from '../common/context/actor';
import { TaskFilter, TaskOrder } from './dto/task.input';
import { buildPlanXlsx, PlanXlsxRow } from './formats';
import { buildTaskListXlsx } from './formats/task-list.xlsx';
import { ExportedFile, XLSX_MIME } from '../common/graphql/exported-file.model';
import { PlanItem } from './plan-item.entity';
import { TASK_STATUS_VI } from './plan-item-status.labels';
import { PlansService } from './plans.service';
import { TasksService } from './tasks.service';

export const TASK_EXPORT_MAX_ROWS = 5000;

interface NamedAssignment {
  item_id: string;
  role: 'LEAD' | 'COORDINATOR';
  name: string;
}

@Injectable()
export class PlanExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
  ) {}

  /** Agency and group names per item and role, in document order, from one query. */
  private async names(itemIds: string[]): Promise<(itemId: string, role: NamedAssignment['role']) => string> {
    const rows = itemIds.length
      ? await this.dataSource.query<NamedAssignment[]>(
          `SELECT pia.item_id, pia.role, COALESCE(a.name, g.name) AS name FROM plan_item_agency pia
             LEFT JOIN agency a ON a.id = pia.agency_id LEFT JOIN agency_group g ON g.id = pia.group_id
            WHERE pia.item_id = ANY($1::uuid[]) ORDER BY pia.position`,
          [itemIds],
        )
      : [];
    return (itemId, role) =>
      rows
        .filter((r) => r.item_id === itemId && r.role === role)
        .map((r) => r.name)
        .join('; ');
  }

  /** The plan in the import template: export → edit → import changes only what was edited. */
  async planXlsx(actor: Actor, planId: string): Promise<ExportedFile> {
    const plan = await this.plans.findOne(actor, planId);
    const items = await this.dataSource
      .getRepository(PlanItem)
      .find({ where: { planId }, order: { sortOrder: 'ASC' } });
    const codeById = new Map(items.map((i) => [i.id, i.code]));
    const nameOf = await this.names(items.map((i) => i.id));
    const rows: PlanXlsxRow[] = items.map((i) => ({
      code: i.code,
      kind: i.kind,
      parentCode: i.parentId ? (codeById.get(i.parentId) ?? null) : null,
      areaCode: i.areaCode as ReformAreaCode | null,
      title: i.title,
      productText: i.productText,
      leadText: nameOf(i.id, 'LEAD') || null,
      coordinatorText: nameOf(i.id, 'COORDINATOR') || null,
      dueLabel: i.dueLabel,
      fundingText: i.fundingText,
    }));
    const buffer = await buildPlanXlsx({ title: plan.title, year: plan.year, items: rows });
    return { filename: `${plan.code}.xlsx`, mimeType: XLSX_MIME, contentBase64: buffer.toString('base64') };
  }

  async taskListXlsx(actor: Actor, filter: TaskFilter, order: TaskOrder | undefined): Promise<ExportedFile> {
    const page = await this.tasks.list(actor, filter, order, { first: 100 });
    const items: PlanItem[] = page.edges.map((e) => e.node);
    let cursor = page.pageInfo.endCursor;
    let more = page.pageInfo.hasNextPage;
    while (more && items.length < TASK_EXPORT_MAX_ROWS) {
      const next = await this.tasks.list(actor, filter, order, { first: 100, after: cursor });
      items.push(...next.edges.map((e) => e.node));
      cursor = next.pageInfo.endCursor;
      more = next.pageInfo.hasNextPage;
    }
    const sources = await this.dataSource
      .getRepository(PlanItem)
      .findBy({ id: In(items.flatMap((i) => (i.sourceItemId ? [i.sourceItemId] : []))) });
    const planCodes = new Map<string, string>(
      (
        await this.dataSource.query<{ id: string; code: string }[]>(
          'SELECT id, code FROM plan WHERE id = ANY($1::uuid[])',
          [[...new Set(items.map((i) => i.planId))]],
        )
      ).map((p) => [p.id, p.code]),
    );
    const nameOf = await this.names(items.map((i) => i.id));
    const today = todayInVietnam();
    const rows = items.map((item) => {
      const e = sources.find((s) => s.id === item.sourceItemId) ?? item;
      return {
        code: item.code,
        title: item.title,
        planCode: planCodes.get(item.planId) ?? '',
        areaCode: item.areaCode,
        leads: nameOf(item.id, 'LEAD'),
        coordinators: nameOf(item.id, 'COORDINATOR'),
        dueLabel: item.dueLabel,
        dueDate: item.dueDate,
        status: TASK_STATUS_VI[e.status],
        progress: e.progress,
        overdueDays: daysLate({ status: e.status, dueDate: item.dueDate, completedOn: e.completedOn }, today),
        completedOn: e.completedOn,
      };
    });
    const buffer = await buildTaskListXlsx(
      `Danh sách nhiệm vụ (${rows.length}) — xuất ngày ${today.split('-').reverse().join('/')}`,
      rows,
    );
    return {
      filename: `nhiem-vu-${today}.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: buffer.toString('base64'),
    };
  }
}
