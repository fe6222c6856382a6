import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { NOTIFICATIONS_CONFIG, NotificationsConfig, SmtpSettings } from './notifications.config';

export interface OutgoingMail {
  /** Stable Message-ID derived from the outbox row, so a rare resend can be recognised as a duplicate. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Delivers one email or throws. `enabled` is false when no SMTP server is configured. */
export interface MailSender {
  readonly enabled: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

export const MAIL_SENDER = Symbol('MAIL_SENDER');

const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

function transportOf(smtp: SmtpSettings): Transporter {
  if ('url' in smtp) return nodemailer.createTransport(smtp.url, {});
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user && smtp.password ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
    ...TIMEOUTS,
  });
}

/** nodemailer over SMTP; without SMTP settings it is disabled and emails stay in the outbox. */
@Injectable()
export class SmtpMailSender implements MailSender, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig) {
    this.transport = config.smtp ? transportOf(config.smtp) : null;
    if (!this.transport) this.logger.log('no SMTP server configured: emails are kept in the outbox only');
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('no SMTP server configured');
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
