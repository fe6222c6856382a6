import { Injectable } from '@nestjs/common';
import { InspectionPlanStatus } from '@partrack/shared';
import { EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { NotificationKind } from '../notifications/notification-kind';
import { NotificationRecipients } from '../notifications/notification-recipients';
import { notificationText } from '../notifications/notification-texts';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { Inspection } from './inspection.entity';

/**
 * Tells the inspected agency's staff (officers and managers) the month of their inspection and the team leader,
 * once the plan is approved: on approval for every scheduled inspection, and on every schedule after it. Once per
 * (inspection, month) by the dedupe key, so moving the visit to another month tells them again and saving the
 * same month twice does not. Called in the transaction that made the change; mutes are applied by notify.
 */
@Injectable()
export class InspectionNotifications {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly recipients: NotificationRecipients,
  ) {}

  async scheduled(em: EntityManager, plan: InspectionPlan, inspections: Inspection[]): Promise<number> {
    if (plan.status !== InspectionPlanStatus.APPROVED) return 0;
    const due = inspections.filter((i) => i.month !== null);
    if (!due.length) return 0;
    const leaderIds = due.flatMap((i) => i.teamUserIds.slice(0, 1));
    // A fixed number of statements for the names and audiences, whatever the number of inspections.
    const [agencies, leaders, audiences] = await Promise.all([
      em.find(Agency, { select: { id: true, name: true }, where: { id: In(due.map((i) => i.agencyId)) } }),
      leaderIds.length
        ? em.find(User, { select: { id: true, fullName: true }, where: { id: In(leaderIds) } })
        : Promise.resolve([]),
      this.recipients.agencyAudiences(
        em,
        due.map((i) => i.agencyId),
      ),
    ]);
    const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
    const leaderName = new Map(leaders.map((u) => [u.id, u.fullName]));
    let sent = 0;
    for (const inspection of due) {
      const text = notificationText(NotificationKind.INSPECTION_SCHEDULED, {
        subject: `Kế hoạch kiểm tra công tác cải cách hành chính năm ${plan.year}`,
        agency: agencyName.get(inspection.agencyId) ?? '',
        month: `tháng ${inspection.month}/${plan.year}`,
        leader: leaderName.get(inspection.teamUserIds[0] ?? '') ?? 'chưa phân công',
      });
      const created = await this.notifications.notify(em, {
        userIds: audiences.get(inspection.agencyId)?.staff ?? [],
        kind: NotificationKind.INSPECTION_SCHEDULED,
        title: text.title,
        body: text.body,
        link: `/kiem-tra/${plan.id}/${inspection.id}`,
        entityType: 'Inspection',
        entityId: inspection.id,
        dedupeKey: `${NotificationKind.INSPECTION_SCHEDULED}:${inspection.id}:${plan.year}-${inspection.month}`,
      });
      sent += created.length;
    }
    return sent;
  }
}
