import { Inject, Injectable, Logger } from '@nestjs/common';
import { daysBetween, isIsoDate } from '@partrack/shared';
import { DataSource } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { TasksService } from '../plans/tasks.service';
import { AgencyReportsService } from '../reports/agency-reports.service';
import { NotificationRecipients, AgencyAudience } from './notification-recipients';
import { NotificationKind } from './notification-kind';
import { agencyList, notificationText } from './notification-texts';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './notifications.config';
import { NotificationsService, NotifyInput } from './notifications.service';
import { Candidate, Lead, reportCandidates, taskCandidates } from './reminder-candidates';
import {
  kindOf,
  reminderKey,
  ReminderStage,
  reminderStages,
  scanWindow,
  vietnameseDate,
} from './reminder-rules';

export interface ReminderScanOutcome {
  today: string;
  reports: number;
  tasks: number;
  notifications: number;
  byKind: { kind: NotificationKind; count: number }[];
}

interface Audiences {
  agencies: Map<string, AgencyAudience>;
  provinceOf: Map<string, string>;
  coordinators: Map<string, string[]>;
}

/**
 * The daily reminder scan (see docs/notifications.md). Idempotent: every reminder has a dedupe key per user,
 * so running it twice, or on two replicas at once, sends each reminder once. One transaction per item.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly recipients: NotificationRecipients,
    private readonly tree: AgencyTreeRepository,
    private readonly reportsDue: AgencyReportsService,
    private readonly tasksDue: TasksService,
    private readonly audit: AuditService,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** `runReminderScan`: the scan, then its audit row (the scan itself commits item by item). */
  async scanByHand(caller: Caller, today: string): Promise<ReminderScanOutcome> {
    const result = await this.scan(today);
    await this.dataSource.transaction((em) =>
      this.audit.record(em, caller, {
        action: 'notification.reminderScan',
        entityType: 'ReminderScan',
        entityId: null,
        after: result,
      }),
    );
    return result;
  }

  async scan(today: string): Promise<ReminderScanOutcome> {
    if (!isIsoDate(today)) throw badField('today', 'validation.date');
    const { from, to } = scanWindow(today, this.config.rules);
    const em = this.dataSource.manager;
    const reports = reportCandidates(await this.reportsDue.dueBetween(from, to));
    const tasks = taskCandidates(await this.tasksDue.dueBetween(from, to, today));
    const candidates = [...reports, ...tasks].filter(
      (c) => reminderStages(today, c.due, this.config.rules).length,
    );
    const agencyIds = [...new Set(candidates.flatMap((c) => c.leads.map((l) => l.agencyId)))];
    const provinceOf = await this.tree.provinceRoots(agencyIds, em);
    const audiences: Audiences = {
      agencies: await this.recipients.agencyAudiences(em, agencyIds),
      provinceOf,
      coordinators: await this.recipients.coordinators(em, [...new Set(provinceOf.values())]),
    };
    const counts = new Map<NotificationKind, number>();
    for (const candidate of candidates) {
      const inputs = reminderStages(today, candidate.due, this.config.rules).flatMap((stage) =>
        this.inputsFor(candidate, stage, today, audiences),
      );
      await this.dataSource.transaction(async (tx) => {
        for (const input of inputs) {
          const created = await this.notifications.notify(tx, input);
          if (created.length) counts.set(input.kind, (counts.get(input.kind) ?? 0) + created.length);
        }
      });
    }
    const byKind = [...counts].map(([kind, count]) => ({ kind, count }));
    const notifications = byKind.reduce((sum, k) => sum + k.count, 0);
    if (notifications) this.logger.log(`reminders for ${today}: ${notifications} notifications`);
    return { today, reports: reports.length, tasks: tasks.length, notifications, byKind };
  }

  private inputsFor(
    candidate: Candidate,
    stage: ReminderStage,
    today: string,
    audiences: Audiences,
  ): NotifyInput[] {
    const late = daysBetween(candidate.due, today);
    const input = (userIds: string[], leads: Lead[]): NotifyInput => {
      const kind = kindOf(candidate.subject, stage);
      const text = notificationText(kind, {
        subject: candidate.label,
        agency: agencyList(leads.map((l) => l.agencyName)),
        due: vietnameseDate(candidate.due),
        days: Math.abs(late),
      });
      return {
        userIds,
        kind,
        ...text,
        link: candidate.link,
        entityType: candidate.entityType,
        entityId: candidate.id,
        dedupeKey: reminderKey(candidate.subject, stage, candidate.id, candidate.due),
      };
    };
    switch (stage) {
      case 'DUE_SOON':
      case 'DUE_TODAY':
      case 'OVERDUE':
        return candidate.leads.map((l) => input(audiences.agencies.get(l.agencyId)?.staff ?? [], [l]));
      case 'ESCALATE_MANAGER':
        return candidate.leads.map((l) => input(audiences.agencies.get(l.agencyId)?.managers ?? [], [l]));
      case 'ESCALATE_COORDINATOR': {
        // One notification per province, naming every late lead agency of it.
        const byProvince = new Map<string, Lead[]>();
        for (const lead of candidate.leads) {
          const province = audiences.provinceOf.get(lead.agencyId);
          if (province) byProvince.set(province, [...(byProvince.get(province) ?? []), lead]);
        }
        return [...byProvince].map(([province, leads]) =>
          input(audiences.coordinators.get(province) ?? [], leads),
        );
      }
    }
  }
}
