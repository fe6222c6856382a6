import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { EmailMessage } from './email-message.entity';
import { MAIL_SENDER, MailSender } from './mail-sender';
import { EmailStatus } from './notification-kind';
import { emailContent, NotificationText } from './notification-texts';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './notifications.config';

export const MAX_EMAIL_ATTEMPTS = 5;

export interface QueuedEmail {
  notificationId: string;
  to: string;
  recipientName: string;
  text: NotificationText;
  link: string | null;
}

interface PendingRow {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * The outbox: rows are written with their notification (same transaction) and delivered after commit by
 * `deliverPending`, one row per transaction, locked with SKIP LOCKED so two replicas never send the same row.
 * A crash before the SENT update commits leaves the row STORED and it is sent again (at least once); the
 * Message-ID stays the same, so mail clients can fold such a rare duplicate.
 */
@Injectable()
export class EmailOutboxService {
  private readonly logger = new Logger('EmailOutbox');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAIL_SENDER) private readonly mailer: MailSender,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async queue(em: EntityManager, emails: QueuedEmail[]): Promise<number> {
    if (!emails.length) return 0;
    const rows = emails.map((e) => {
      const url = e.link ? `${this.config.publicUrl}${e.link}` : null;
      return { notificationId: e.notificationId, to: e.to, ...emailContent(e.recipientName, e.text, url) };
    });
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(EmailMessage)
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length;
  }

  list(
    page: { first?: number; after?: string | null },
    status?: EmailStatus,
  ): Promise<Connection<EmailMessage>> {
    const query = this.dataSource.getRepository(EmailMessage).createQueryBuilder('m');
    if (status) query.where('m.status = :status', { status });
    return paginate(
      query,
      [
        { expression: 'm.created_at', value: (m) => m.createdAt },
        { expression: 'm.id', value: (m) => m.id },
      ],
      page,
      true,
    );
  }

  /** Sends up to `limit` STORED emails that are due; does nothing without an SMTP server. */
  async deliverPending(limit = 100): Promise<{ sent: number; failed: number }> {
    const outcome = { sent: 0, failed: 0 };
    if (!this.mailer.enabled) return outcome;
    for (let i = 0; i < limit; i++) {
      const result = await this.deliverOne();
      if (result === 'none') break;
      outcome[result]++;
    }
    if (outcome.sent || outcome.failed)
      this.logger.log(`emails sent: ${outcome.sent}, failed: ${outcome.failed}`);
    return outcome;
  }

  private deliverOne(): Promise<'sent' | 'failed' | 'none'> {
    return this.dataSource.transaction(async (em) => {
      const [row] = await em.query<PendingRow[]>(
        `SELECT id, to_address, subject, text, html, attempts FROM email_message
          WHERE status = 'STORED' AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!row) return 'none';
      try {
        await this.mailer.send({
          messageId: `<${row.id}@partrack>`,
          to: row.to_address,
          subject: row.subject,
          text: row.text,
          html: row.html,
        });
      } catch (error) {
        const attempts = row.attempts + 1;
        const final = attempts >= MAX_EMAIL_ATTEMPTS;
        await em.query(
          `UPDATE email_message SET attempts = $2, error = $3, status = $4,
                  next_attempt_at = now() + make_interval(mins => $5) WHERE id = $1`,
          [row.id, attempts, String(error).slice(0, 2000), final ? 'FAILED' : 'STORED', 2 ** attempts],
        );
        this.logger.warn(
          `email ${row.id} to ${row.to_address} failed (attempt ${attempts}): ${String(error)}`,
        );
        return final ? 'failed' : 'none';
      }
      await em.query(
        `UPDATE email_message SET status = 'SENT', sent_at = now(), attempts = attempts + 1, error = NULL
          WHERE id = $1`,
        [row.id],
      );
      return 'sent';
    });
  }
}
