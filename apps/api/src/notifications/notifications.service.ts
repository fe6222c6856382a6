import { Injectable } from '@nestjs/common';
import { assertNever, ReportAction } from '@partrack/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, forbidden } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { EmailOutboxService } from './email-outbox.service';
import { NotificationRecipients } from './notification-recipients';
import { ALL_NOTIFICATION_KINDS, NotificationKind } from './notification-kind';
import { NotificationMute } from './notification-mute.entity';
import { notificationText } from './notification-texts';
import { Notification } from './notification.entity';

export interface NotifyInput {
  userIds: string[];
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  entityType: string | null;
  entityId: string | null;
  /** Unique per user: a second notify with the same key for the same user creates nothing. */
  dedupeKey: string;
}

interface InsertedRow {
  id: string;
  user_id: string;
  created_at: Date;
}

const MAX_IDS = 100;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EmailOutboxService,
    private readonly recipients: NotificationRecipients,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates the notification for each user who is active, has not muted the kind and has not had this
   * dedupe key yet, and its outbox email — both in the caller's transaction `em`. Returns the rows created.
   */
  async notify(em: EntityManager, input: NotifyInput): Promise<Notification[]> {
    const ids = [...new Set(input.userIds)].sort();
    if (!ids.length) return [];
    const users = await em.query<{ id: string; email: string; full_name: string }[]>(
      `SELECT u.id, u.email, u.full_name FROM app_user u
        WHERE u.id = ANY($1::uuid[]) AND u.active
          AND NOT EXISTS (SELECT 1 FROM notification_mute m WHERE m.user_id = u.id AND m.kind = $2::notification_kind)
        ORDER BY u.id`,
      [ids, input.kind],
    );
    if (!users.length) return [];
    const title = input.title.slice(0, 300);
    // Sorted inserts: concurrent scans wait on each other's rows in the same order and never deadlock.
    const inserted = await em.query<InsertedRow[]>(
      `INSERT INTO notification (user_id, kind, title, body, link, entity_type, entity_id, dedupe_key)
       SELECT t.u, $2::notification_kind, $3, $4, $5, $6, $7, $8
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n) ORDER BY t.n
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id, created_at`,
      [
        users.map((u) => u.id),
        input.kind,
        title,
        input.body,
        input.link,
        input.entityType,
        input.entityId,
        input.dedupeKey,
      ],
    );
    const byId = new Map(users.map((u) => [u.id, u]));
    await this.outbox.queue(
      em,
      inserted.map((row) => ({
        notificationId: row.id,
        to: byId.get(row.user_id)!.email,
        recipientName: byId.get(row.user_id)!.full_name,
        text: { title, body: input.body },
        link: input.link,
      })),
    );
    return inserted.map((row) =>
      Object.assign(new Notification(), {
        id: row.id,
        userId: row.user_id,
        kind: input.kind,
        title,
        body: input.body,
        link: input.link,
        entityType: input.entityType,
        entityId: input.entityId,
        dedupeKey: input.dedupeKey,
        createdAt: row.created_at,
        readAt: null,
      }),
    );
  }

  /**
   * Tells the right people about a step of an agency report's review, in the transaction that made it:
   * SUBMIT → the province's coordinators; ACCEPT → the agency's staff; RETURN and REOPEN → the agency's staff
   * (REPORT_RETURNED, with the comment). The actor is left out. `report.version` is the version after the step.
   */
  async notifyReportAction(
    em: EntityManager,
    report: { id: string; agencyId: string; roundId: string; version: number },
    action: ReportAction,
    actorId: string | null,
    comment: string | null = null,
  ): Promise<Notification[]> {
    const [info] = await em.query<{ subject: string; agency: string; province: string }[]>(
      `SELECT rr.title AS subject, a.name AS agency, rr.province_id AS province
         FROM reporting_round rr, agency a WHERE rr.id = $1 AND a.id = $2`,
      [report.roundId, report.agencyId],
    );
    if (!info) return [];
    let kind: NotificationKind;
    let userIds: string[];
    switch (action) {
      case ReportAction.SUBMIT:
        kind = NotificationKind.REPORT_SUBMITTED;
        userIds = (await this.recipients.coordinators(em, [info.province])).get(info.province) ?? [];
        break;
      case ReportAction.ACCEPT:
      case ReportAction.RETURN:
      case ReportAction.REOPEN:
        kind =
          action === ReportAction.ACCEPT
            ? NotificationKind.REPORT_ACCEPTED
            : NotificationKind.REPORT_RETURNED;
        userIds =
          (await this.recipients.agencyAudiences(em, [report.agencyId])).get(report.agencyId)?.staff ?? [];
        break;
      default:
        return assertNever(action);
    }
    return this.notify(em, {
      userIds: userIds.filter((id) => id !== actorId),
      kind,
      ...notificationText(kind, { subject: info.subject, agency: info.agency, comment }),
      link: `/reports/${report.id}`,
      entityType: 'AgencyReport',
      entityId: report.id,
      dedupeKey: `${kind}:${report.id}:v${report.version}`,
    });
  }

  list(
    actor: Actor,
    args: { first?: number; after?: string | null; unreadOnly?: boolean },
  ): Promise<Connection<Notification>> {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user', { user: this.userIdOf(actor) });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(
      query,
      [
        { expression: 'n.created_at', value: (n) => n.createdAt },
        { expression: 'n.id', value: (n) => n.id },
      ],
      args,
      true,
    );
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :user AND n.read_at IS NULL', { user: this.userIdOf(actor) })
      .getCount();
  }

  /** Marks the caller's own notifications read; others' ids are ignored. Returns how many changed. */
  async markRead(actor: Actor, ids: string[] | null): Promise<number> {
    const user = this.ownUser(actor);
    if (ids && ids.length > MAX_IDS) throw badField('ids', 'notification.tooManyIds', { max: MAX_IDS });
    if (ids?.some((id) => !isUUID(id))) throw badField('ids', 'validation.uuid');
    if (ids && !ids.length) return 0;
    const query = this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :user AND read_at IS NULL', { user });
    if (ids) query.andWhere('id IN (:...ids)', { ids });
    return (await query.execute()).affected ?? 0;
  }

  async settings(actor: Actor): Promise<{ kind: NotificationKind; muted: boolean }[]> {
    const muted = new Set(
      (await this.dataSource.getRepository(NotificationMute).findBy({ userId: this.userIdOf(actor) })).map(
        (m) => m.kind,
      ),
    );
    return ALL_NOTIFICATION_KINDS.map((kind) => ({ kind, muted: muted.has(kind) }));
  }

  async setMuted(
    caller: Caller,
    kind: NotificationKind,
    muted: boolean,
  ): Promise<{ kind: NotificationKind; muted: boolean }> {
    const userId = this.ownUser(caller.actor);
    await this.dataSource.transaction(async (em) => {
      const changed = muted
        ? (
            await em.query<unknown[]>(
              `INSERT INTO notification_mute (user_id, kind) VALUES ($1, $2::notification_kind)
               ON CONFLICT DO NOTHING RETURNING user_id`,
              [userId, kind],
            )
          ).length > 0
        : ((await em.delete(NotificationMute, { userId, kind })).affected ?? 0) > 0;
      if (!changed) return;
      await this.audit.record(em, caller, {
        action: 'notification.mute',
        entityType: 'User',
        entityId: userId,
        after: { kind, muted },
      });
    });
    return { kind, muted };
  }

  /** Non-users (API keys) have no notifications: reads see none. */
  private userIdOf(actor: Actor): string {
    return actor.kind === 'USER' ? actor.id : '00000000-0000-0000-0000-000000000000';
  }

  private ownUser(actor: Actor): string {
    if (actor.kind !== 'USER') throw forbidden('notification.usersOnly');
    return actor.id;
  }
}
