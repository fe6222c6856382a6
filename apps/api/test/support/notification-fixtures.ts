import {
  AgencyLevel,
  PlanItemKind,
  PlanItemStatus,
  PlanStatus,
  ReportRoundKind,
  ReportStatus,
} from '@partrack/shared';
import { AgencyGroup } from '../../src/agencies/agency-group.entity';
import { Agency } from '../../src/agencies/agency.entity';
import { EmailOutboxService } from '../../src/notifications/email-outbox.service';
import { MailSender, OutgoingMail } from '../../src/notifications/mail-sender';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../../src/notifications/notifications.config';
import { AssignmentRole, PlanItemAgency } from '../../src/plans/plan-item-agency.entity';
import { PlanItem } from '../../src/plans/plan-item.entity';
import { Plan } from '../../src/plans/plan.entity';
import { AgencyReport } from '../../src/reports/agency-report.entity';
import { ReportingRound } from '../../src/reports/reporting-round.entity';
import { TestApp } from './test-app';

/** An ad hoc round of the province with every level due on `due`. */
export function makeRound(
  t: TestApp,
  provinceId: string,
  due: string,
  title: string,
): Promise<ReportingRound> {
  const year = due.slice(0, 4);
  return t.dataSource.getRepository(ReportingRound).save({
    provinceId,
    kind: ReportRoundKind.AD_HOC,
    year: Number(year),
    title,
    period: `${year}-Q1`,
    dataFrom: `${year}-01-01`,
    dataTo: due,
    dueDate: due,
    dueProvince: due,
    dueDistrict: due,
    dueCommune: due,
    levels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
  });
}

export async function makeReport(
  t: TestApp,
  roundId: string,
  agency: Agency,
  due: string,
  status = ReportStatus.DRAFT,
): Promise<string> {
  const repo = t.dataSource.getRepository(AgencyReport);
  return (await repo.save({ roundId, agencyId: agency.id, dueDate: due, status, narrative: {} })).id;
}

export function makeGroup(t: TestApp, code: string, root: Agency, members: Agency[]): Promise<AgencyGroup> {
  return t.dataSource
    .getRepository(AgencyGroup)
    .save({ code, name: code, aliases: [], provinceId: root.id, members });
}

export async function makePlan(t: TestApp, code: string, owner: Agency, status: PlanStatus): Promise<string> {
  const repo = t.dataSource.getRepository(Plan);
  return (await repo.save({ code, title: code, year: 2031, ownerAgencyId: owner.id, status })).id;
}

let sortOrder = 0;

/** A task led by an agency or a group. */
export async function makeTask(
  t: TestApp,
  planId: string,
  code: string,
  due: string,
  lead: { agencyId?: string; groupId?: string },
  status = PlanItemStatus.IN_PROGRESS,
): Promise<string> {
  const item = await t.dataSource.getRepository(PlanItem).save({
    planId,
    kind: PlanItemKind.TASK,
    code,
    title: `Nhiệm vụ ${code}`,
    sortOrder: sortOrder++,
    dueDate: due,
    status,
  });
  await t.dataSource.getRepository(PlanItemAgency).save({
    itemId: item.id,
    role: AssignmentRole.LEAD,
    position: 0,
    agencyId: lead.agencyId ?? null,
    groupId: lead.groupId ?? null,
  });
  return item.id;
}

/** An outbox wired to a fake SMTP server that records what it sends (or always fails). */
export function fakeSmtpOutbox(
  t: TestApp,
  fail = false,
): { sent: OutgoingMail[]; outbox: EmailOutboxService } {
  const sent: OutgoingMail[] = [];
  const mailer: MailSender = {
    enabled: true,
    send: async (mail) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (fail) throw new Error('421 try later');
      sent.push(mail);
    },
  };
  const config = t.app.get<NotificationsConfig>(NOTIFICATIONS_CONFIG);
  return { sent, outbox: new EmailOutboxService(t.dataSource, mailer, config) };
}
