import { Injectable, Logger } from '@nestjs/common';
import {
  AgencyLevel,
  InspectionChecklistResult,
  InspectionFindingSeverity,
  InspectionPlanStatus,
  ParTargetGroup,
  PlanItemStatus,
} from '@partrack/shared';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { InspectionChecklistItem } from '../inspections/checklist/inspection-checklist-item.entity';
import { InspectionChecklistService } from '../inspections/checklist/inspection-checklist.service';
import { InspectionFinding } from '../inspections/inspection-finding.entity';
import { InspectionFindingsService } from '../inspections/inspection-findings.service';
import { InspectionPlan } from '../inspections/inspection-plan.entity';
import { InspectionPlansService } from '../inspections/inspection-plans.service';
import { Inspection } from '../inspections/inspection.entity';
import { ParFramework } from '../par-index/par-framework.entity';
import { AssignmentRole } from '../plans/plan-item-agency.entity';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import { TaskUpdate } from '../plans/task-update.entity';
import { DEMO_LABEL, DEMO_TITLE_SUFFIX, demoCoordinator } from './demo-common';
import { DEMO_PLAN_CODE } from './demo-plan.seeder';

const DEMO_INSPECTION_YEAR = 2022;
/** Visits from March to November, the months a province usually inspects in. */
const MONTHS = [3, 4, 5, 6, 7, 8, 9, 10, 11];
/** How many of the earliest visits were conducted, with findings. */
const CONDUCTED = 6;

const FINDINGS: { text: string; severity: InspectionFindingSeverity }[] = [
  {
    text: 'Chưa niêm yết đầy đủ thủ tục hành chính tại Bộ phận một cửa',
    severity: InspectionFindingSeverity.HIGH,
  },
  {
    text: 'Kế hoạch cải cách hành chính năm ban hành chậm so với yêu cầu',
    severity: InspectionFindingSeverity.MEDIUM,
  },
  {
    text: 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình còn thấp',
    severity: InspectionFindingSeverity.MEDIUM,
  },
  { text: 'Chưa cập nhật kết quả tự đánh giá Chỉ số CCHC đúng hạn', severity: InspectionFindingSeverity.LOW },
];

const demo = (text: string) => `${text} ${DEMO_TITLE_SUFFIX}`;
const dayOf = (month: number, day: number) =>
  `${DEMO_INSPECTION_YEAR}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * DEMO DATA ONLY: the 2022 inspection plan of the demo province, proposed by the sampling rule (30 % per level)
 * and approved, visits spread from March to November with the demo coordinator leading; the first visits
 * conducted with findings ("(dữ liệu mẫu)") whose corrective tasks are at three stages — remedied and closed by a
 * re-inspection, reported done and awaiting the re-inspection, overdue — and a filled checklist for the first
 * visit. Schedule and approval are written directly (as the demo plan's progress is), so nobody is notified
 * today about a 2022 visit. Skipped when the province has a 2022 plan.
 */
@Injectable()
export class DemoInspectionSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: InspectionPlansService,
    private readonly findings: InspectionFindingsService,
    private readonly checklists: InspectionChecklistService,
  ) {}

  async seed(provinceCode: string): Promise<void> {
    const province = await this.dataSource.getRepository(Agency).findOneByOrFail({ code: provinceCode });
    const exists = await this.dataSource
      .getRepository(InspectionPlan)
      .exists({ where: { provinceId: province.id, year: DEMO_INSPECTION_YEAR } });
    const taskPlan = await this.dataSource.getRepository(Plan).findOneBy({ code: DEMO_PLAN_CODE });
    if (exists || !taskPlan) return;
    this.logger.log('seeding the 2022 inspection plan with demo visits and findings');
    const caller = await demoCoordinator(this.dataSource);
    const plan = await this.plans.propose(caller, { provinceId: province.id, year: DEMO_INSPECTION_YEAR });
    const inspections = await this.dataSource.getRepository(Inspection).find({ where: { planId: plan.id } });
    const agencies = await this.dataSource.getRepository(Agency).find({
      select: { id: true, name: true, level: true },
      where: { id: In(inspections.map((i) => i.agencyId)) },
    });
    const agencyOf = new Map(agencies.map((a) => [a.id, a]));
    // Highest scores first (the sampling's order), then by name: the most urgent visits come earliest.
    const ordered = [...inspections].sort(
      (a, b) =>
        (b.score ?? 0) - (a.score ?? 0) ||
        (agencyOf.get(a.agencyId)?.name ?? '').localeCompare(agencyOf.get(b.agencyId)?.name ?? '', 'vi'),
    );
    // One statement per month, whatever the size of the province: the demo start stays quick.
    const byMonth = new Map<number, string[]>();
    for (const [index, inspection] of ordered.entries()) {
      const month = MONTHS[Math.floor((index * MONTHS.length) / ordered.length)];
      byMonth.set(month, [...(byMonth.get(month) ?? []), inspection.id]);
    }
    await this.dataSource.transaction(async (em) => {
      for (const [month, ids] of byMonth)
        await em.update(Inspection, { id: In(ids) }, { month, teamUserIds: [caller.actor.id] });
      await em.update(InspectionPlan, { id: plan.id }, { status: InspectionPlanStatus.APPROVED });
    });
    const conducted = ordered.slice(0, CONDUCTED);
    for (const [index, inspection] of conducted.entries())
      await this.conduct(inspection.id, taskPlan.id, index, caller);
    if (conducted.length)
      await this.fillChecklist(conducted[0].id, agencyOf.get(conducted[0].agencyId), caller);
  }

  /** Findings (each a task), then the stage of the follow-up: 0 closed, 1 reported done, others as they come. */
  private async conduct(
    id: string,
    taskPlanId: string,
    index: number,
    caller: Awaited<ReturnType<typeof demoCoordinator>>,
  ): Promise<void> {
    const inspection = await this.dataSource.getRepository(Inspection).findOneByOrFail({ id });
    const month = inspection.month ?? 3;
    const picked = [FINDINGS[index % FINDINGS.length], FINDINGS[(index + 1) % FINDINGS.length]].slice(
      0,
      1 + (index % 2),
    );
    const done = await this.findings.record(caller, {
      id,
      version: inspection.version,
      taskPlanId,
      conductedOn: dayOf(month, 10 + index),
      findings: picked.map((f) => ({
        text: demo(f.text),
        severity: f.severity,
        deadline: dayOf(month + 1, 28),
      })),
    });
    const findings = await this.dataSource
      .getRepository(InspectionFinding)
      .find({ where: { inspectionId: id }, order: { position: 'ASC' } });
    if (index > 1) return; // left as they are: the tasks are past their deadline and not reported done
    const reinspectedOn = dayOf(month + 3, 15);
    await this.dataSource.transaction(async (em) => {
      for (const finding of findings) {
        if (!finding.taskId) continue;
        await em.update(
          PlanItem,
          { id: finding.taskId },
          { status: PlanItemStatus.DONE, progress: 100, completedOn: dayOf(month + 1, 20) },
        );
        await em.insert(TaskUpdate, {
          itemId: finding.taskId,
          agencyId: inspection.agencyId,
          role: AssignmentRole.LEAD,
          authorLabel: DEMO_LABEL,
          progress: 100,
          status: PlanItemStatus.DONE,
          note: `[${DEMO_LABEL}] Đã khắc phục, có văn bản báo cáo kèm theo.`,
        });
      }
    });
    if (index === 1) return; // reported done by the agency, awaiting the re-inspection
    await this.findings.reinspect(caller, {
      id,
      version: done.version,
      results: findings.map((f) => ({ findingId: f.id, closed: true, note: demo('Đã khắc phục') })),
    });
    // The service dates a re-inspection today; the demo's took place in 2022.
    await this.dataSource.getRepository(Inspection).update({ id }, { reinspectedOn });
    await this.dataSource
      .getRepository(InspectionFinding)
      .update({ inspectionId: id }, { closedOn: reinspectedOn });
  }

  /** The first visit's checklist from the sample framework of its group: all met but one, with a link. */
  private async fillChecklist(
    inspectionId: string,
    agency: Pick<Agency, 'level'> | undefined,
    caller: Awaited<ReturnType<typeof demoCoordinator>>,
  ): Promise<void> {
    const framework = await this.dataSource.getRepository(ParFramework).findOne({
      where: {
        provinceId: caller.actor.provinceRootId ?? undefined,
        year: DEMO_INSPECTION_YEAR,
        isSample: true,
        targetGroup:
          agency?.level === AgencyLevel.PROVINCE ? ParTargetGroup.DEPARTMENT : ParTargetGroup.DISTRICT,
      },
      order: { revision: 'ASC' },
    });
    if (!framework) return;
    await this.checklists.build(caller, { inspectionId, fromFrameworkId: framework.id });
    const items = await this.dataSource
      .getRepository(InspectionChecklistItem)
      .find({ where: { inspectionId }, order: { position: 'ASC' } });
    const unmet = items.find((i) => i.sourceCode?.includes('.')) ?? items[0];
    if (!unmet) return;
    await this.dataSource
      .getRepository(InspectionChecklistItem)
      .update({ inspectionId }, { result: InspectionChecklistResult.MET });
    const fresh = await this.dataSource
      .getRepository(InspectionChecklistItem)
      .findOneByOrFail({ id: unmet.id });
    await this.checklists.updateItem(caller, {
      id: fresh.id,
      version: fresh.version,
      result: InspectionChecklistResult.NOT_MET,
      note: demo('Chưa niêm yết đầy đủ thủ tục hành chính'),
      evidence: [{ url: 'https://example.vn/bien-ban-kiem-tra.pdf', label: demo('Biên bản kiểm tra') }],
    });
  }
}
