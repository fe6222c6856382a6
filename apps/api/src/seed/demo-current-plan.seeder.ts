import { Injectable, Logger } from '@nestjs/common';
import { addDays, PlanItemKind, PlanItemStatus, PlanStatus } from '@partrack/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { itemSearchText } from '../plans/plan-items.service';
import { AssignmentRole, PlanItemAgency } from '../plans/plan-item-agency.entity';
import { PlanItem } from '../plans/plan-item.entity';
import { Plan } from '../plans/plan.entity';
import { planSearchText } from '../plans/plans.service';
import { TaskUpdate } from '../plans/task-update.entity';
import { DEMO_LABEL, DEMO_TITLE_SUFFIX, demoRoll, vietnamTime } from './demo-common';
import { DEMO_CURRENT_TASKS, DemoTask } from './demo-current-plan.tasks';

const DONE_NOTE = `[${DEMO_LABEL}] Đã hoàn thành, có văn bản kèm theo.`;
const WORKING_NOTE = `[${DEMO_LABEL}] Đang triển khai theo kế hoạch.`;

export const demoPlanCode = (year: number) => `KH-CCHC-${year}-MAU`;

/** Days from one date to another (both YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An open task's last update: a few days before its due date or today, within its year. */
function updatedOn(dueDate: string, today: string): string {
  const day = addDays(dueDate < today ? dueDate : today, -3);
  const first = `${today.slice(0, 4)}-01-01`;
  return day < first ? first : day;
}

/** Due date, status, progress and completion day of a task, as of `today`. */
export function demoTaskState(task: DemoTask, key: string, year: number, today: string) {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const past = task.outcome === 'ON_TIME' || task.outcome === 'LATE' || task.outcome === 'OVERDUE';
  // Past tasks fall between 1 January and yesterday, the others between tomorrow and 31 December (both
  // ranges shrink to today at the year's ends, where a task due today still counts as due).
  const [from, to] = past
    ? [first, today > first ? addDays(today, -1) : first]
    : [today < last ? addDays(today, 1) : last, last];
  const dueDate = addDays(from, Math.round(task.at * Math.max(0, daysBetween(from, to))));
  const r = demoRoll(key, 'task');
  const clamp = (date: string) => (date < first ? first : date > today ? today : date);
  switch (task.outcome) {
    case 'ON_TIME':
      return {
        dueDate,
        status: PlanItemStatus.DONE,
        progress: 100,
        completedOn: clamp(addDays(dueDate, -2 - Math.floor(r * 10))),
      };
    case 'LATE':
      return {
        dueDate,
        status: PlanItemStatus.DONE,
        progress: 100,
        completedOn: clamp(addDays(dueDate, 5 + Math.floor(r * 30))),
      };
    case 'OVERDUE':
    case 'IN_PROGRESS':
      return {
        dueDate,
        status: PlanItemStatus.IN_PROGRESS,
        progress: 30 + Math.floor(r * 5) * 10,
        completedOn: null,
      };
    case 'NOT_STARTED':
      return { dueDate, status: PlanItemStatus.NOT_STARTED, progress: 0, completedOn: null };
  }
}

/**
 * DEMO DATA ONLY: a small plan of the current year (the imported plan is 2022's), so the current PAR Index
 * cycle has tasks to read: points at risk come from lead tasks of the year's plans. Written in four
 * statements; made only when the province has no task of that year.
 */
@Injectable()
export class DemoCurrentPlanSeeder {
  private readonly logger = new Logger('Seed');

  constructor(private readonly dataSource: DataSource) {}

  async ensure(provinceId: string, year: number, today: string): Promise<void> {
    const [{ tasks }] = await this.dataSource.query<{ tasks: number }[]>(
      `SELECT count(*)::int AS tasks FROM plan_item i JOIN plan p ON p.id = i.plan_id
        WHERE p.year = $1 AND p.owner_agency_id = $2 AND p.status IN ('ACTIVE', 'CLOSED')
          AND i.kind IN ('TASK', 'PROJECT')`,
      [year, provinceId],
    );
    if (tasks > 0 || (await this.dataSource.manager.exists(Plan, { where: { code: demoPlanCode(year) } })))
      return;
    await this.dataSource.transaction((em) => this.write(em, provinceId, year, today));
    this.logger.log(`demo plan ${demoPlanCode(year)}: ${DEMO_CURRENT_TASKS.length} tasks`);
  }

  private async write(em: EntityManager, provinceId: string, year: number, today: string): Promise<void> {
    const agencies = await em.find(Agency, {
      where: { code: In(DEMO_CURRENT_TASKS.flatMap((t) => [t.lead, t.coordinator ?? t.lead])) },
    });
    const idOf = (code: string) => {
      const agency = agencies.find((a) => a.code === code);
      if (!agency) throw new Error(`demo agency ${code} is missing`);
      return agency.id;
    };
    const code = demoPlanCode(year);
    const title = `Kế hoạch CCHC năm ${year} ${DEMO_TITLE_SUFFIX}`;
    const planId = randomUUID();
    await em.insert(Plan, {
      id: planId,
      code,
      title,
      year,
      ownerAgencyId: provinceId,
      status: PlanStatus.ACTIVE,
      searchText: planSearchText(code, title),
    });
    const items = DEMO_CURRENT_TASKS.map((task, i) => {
      const itemCode = `3.${i + 1}`;
      const state = demoTaskState(task, `${year}:${itemCode}`, year, today);
      const item = {
        code: itemCode,
        title: task.title.replaceAll('{year}', String(year)),
        productText: null,
      };
      return {
        task,
        row: {
          id: randomUUID(),
          planId,
          kind: PlanItemKind.TASK,
          ...item,
          areaCode: task.area,
          parentId: null,
          sortOrder: i + 1,
          dueLabel: `Tháng ${Number(state.dueDate.slice(5, 7))}/${year}`,
          ...state,
          evidenceNumber: state.completedOn ? `${100 + i}/BC-DEMO` : null,
          evidenceDate: state.completedOn,
          sourceItemId: null,
          searchText: itemSearchText(item),
        },
      };
    });
    await em.insert(
      PlanItem,
      items.map((i) => i.row),
    );
    await em.insert(
      PlanItemAgency,
      items.flatMap(({ task, row }) => [
        { itemId: row.id, role: AssignmentRole.LEAD, agencyId: idOf(task.lead), position: 0 },
        ...(task.coordinator
          ? [
              {
                itemId: row.id,
                role: AssignmentRole.COORDINATOR,
                agencyId: idOf(task.coordinator),
                position: 1,
              },
            ]
          : []),
      ]),
    );
    const started = items.filter((i) => i.row.status !== PlanItemStatus.NOT_STARTED);
    await em.insert(
      TaskUpdate,
      started.map(({ task, row }) => ({
        itemId: row.id,
        agencyId: idOf(task.lead),
        role: AssignmentRole.LEAD,
        authorLabel: DEMO_LABEL,
        progress: row.progress,
        status: row.status,
        note: row.completedOn ? DONE_NOTE : WORKING_NOTE,
        evidenceNumber: row.evidenceNumber,
        createdAt: vietnamTime(row.completedOn ?? updatedOn(row.dueDate, today), '16:00'),
      })),
    );
  }
}
