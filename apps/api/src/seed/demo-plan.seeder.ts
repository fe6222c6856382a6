import { Injectable, Logger } from '@nestjs/common';
import { PlanItemKind, PlanItemStatus, PlanStatus } from '@partrack/shared';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { PlanDocumentFormat } from '../plans/import/plan-import.input';
import { PlanImportService } from '../plans/import/plan-import.service';
import { AssignmentRole, PlanItemAgency } from '../plans/plan-item-agency.entity';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import { TaskUpdate } from '../plans/task-update.entity';
import { DEMO_LABEL, demoCoordinator } from './demo-common';
import { DemoIndicatorSeeder } from './demo-indicator.seeder';
import { DemoReportSeeder } from './demo-report.seeder';

export const DEMO_PLAN_CODE = 'KH-CCHC-2022';

/** 0..99, stable per item code, so the demo looks the same on every machine. */
function roll(code: string, salt: string): number {
  return createHash('sha256').update(`${salt}:${code}`).digest()[0] % 100;
}

function dayBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * DEMO DATA ONLY: imports the real 2022 Quảng Nam plan and gives it plausible progress, every update
 * signed "Dữ liệu demo": about half done (some late), a quarter in progress, the rest not started — all
 * open tasks of a 2022 plan are overdue today, as they would be.
 */
@Injectable()
export class DemoPlanSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: PlanImportService,
    private readonly indicators: DemoIndicatorSeeder,
    private readonly reports: DemoReportSeeder,
  ) {}

  async seed(dataDir: string): Promise<void> {
    if (await this.dataSource.getRepository(Plan).exists({ where: { code: DEMO_PLAN_CODE } })) return;
    const content = fs.readFileSync(path.join(dataDir, 'ke-hoach-cchc-2022-quang-nam.txt'), 'utf8');
    const caller = await demoCoordinator(this.dataSource);
    const [{ id: ownerAgencyId }] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM agency WHERE code = 'QNA'`,
    );
    const result = await this.importer.import(caller, {
      content,
      format: PlanDocumentFormat.TEXT,
      newPlan: { code: DEMO_PLAN_CODE, title: 'Kế hoạch CCHC năm 2022', ownerAgencyId },
      dryRun: false,
    });
    if (!result.applied || !result.plan) throw new Error('the demo plan did not import');
    await this.dataSource.getRepository(Plan).update({ id: result.plan.id }, { status: PlanStatus.ACTIVE });
    await this.addProgress(result.plan.id);
    await this.indicators.seed(result.plan.id, result.plan.year);
    await this.reports.seed(result.plan.year);
    this.logger.log(`demo plan ${DEMO_PLAN_CODE}: ${result.created} items with demo progress`);
  }

  private async addProgress(planId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const items = await em.find(PlanItem, { where: { planId } });
      const assignments = await em.query<PlanItemAgency[]>(
        `SELECT pia.item_id AS "itemId", pia.role, COALESCE(pia.agency_id, gm.agency_id) AS "agencyId"
           FROM plan_item_agency pia LEFT JOIN agency_group_member gm ON gm.group_id = pia.group_id
           JOIN plan_item i ON i.id = pia.item_id WHERE i.plan_id = $1 ORDER BY pia.position`,
        [planId],
      );
      for (const item of items.filter(
        (i) => i.kind === PlanItemKind.TASK || i.kind === PlanItemKind.PROJECT,
      )) {
        const lead = assignments.find((a) => a.itemId === item.id && a.role === AssignmentRole.LEAD);
        if (!lead?.agencyId || !item.dueDate) continue;
        const r = roll(item.code, 'status');
        const done = r < 50;
        const status = done
          ? PlanItemStatus.DONE
          : r < 75
            ? PlanItemStatus.IN_PROGRESS
            : PlanItemStatus.NOT_STARTED;
        const progress = done
          ? 100
          : status === PlanItemStatus.IN_PROGRESS
            ? 20 + (roll(item.code, 'progress') % 7) * 10
            : 0;
        const late = roll(item.code, 'late') < 30;
        const completedOn = done
          ? late
            ? dayBefore(item.dueDate, -(5 + (r % 40)))
            : dayBefore(item.dueDate, 3 + (r % 20))
          : null;
        await em.update(
          PlanItem,
          { id: item.id },
          { status, progress, completedOn, ...(done ? { evidenceNumber: `${100 + r}/BC-DEMO` } : {}) },
        );
        if (status !== PlanItemStatus.NOT_STARTED) {
          await em.insert(TaskUpdate, {
            itemId: item.id,
            agencyId: lead.agencyId,
            role: AssignmentRole.LEAD,
            authorLabel: DEMO_LABEL,
            progress,
            status,
            note: `[${DEMO_LABEL}] ${done ? 'Đã hoàn thành, có văn bản kèm theo.' : 'Đang triển khai theo kế hoạch.'}`,
          });
        }
        const helper = assignments.find(
          (a) =>
            a.itemId === item.id &&
            a.role === AssignmentRole.COORDINATOR &&
            a.agencyId &&
            a.agencyId !== lead.agencyId,
        );
        if (helper?.agencyId && roll(item.code, 'coord') < 40) {
          await em.insert(TaskUpdate, {
            itemId: item.id,
            agencyId: helper.agencyId,
            role: AssignmentRole.COORDINATOR,
            authorLabel: DEMO_LABEL,
            note: `[${DEMO_LABEL}] Cơ quan phối hợp đã gửi ý kiến và số liệu.`,
          });
        }
      }
    });
  }
}
