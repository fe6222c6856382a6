import { bool, ConfigError, Env, given, int } from '../config/env-readers';
import { DEFAULT_REMINDER_RULES, ReminderRules } from './reminder-rules';

/** SMTP connection: either a URL (smtp:// or smtps://) or host, port, TLS and credentials. */
export type SmtpSettings =
  | { url: string }
  | { host: string; port: number; secure: boolean; user: string | null; password: string | null };

export interface NotificationsConfig {
  /** Background jobs (pg-boss): off by default under NODE_ENV=test. */
  jobsEnabled: boolean;
  /** Cron expressions (Asia/Ho_Chi_Minh) of the daily jobs. */
  remindersCron: string;
  roundsOpenCron: string;
  /** Closes PAR Index phases past their deadline (just after midnight: a due day is included). */
  parDeadlinesCron: string;
  rules: ReminderRules;
  /** null: emails are only stored in the outbox (development, tests). */
  smtp: SmtpSettings | null;
  mailFrom: string;
  /** Where the web app is, for links in emails. */
  publicUrl: string;
}

export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');

const CRON = /^\s*\S+(\s+\S+){4}\s*$/;

function cron(env: Env, name: string, fallback: string): string {
  const raw = given(env, name) ?? fallback;
  if (!CRON.test(raw) || !/^[\d\s*,/-]+$/.test(raw))
    throw new ConfigError(
      `${name} must be a cron expression with five fields, e.g. "0 7 * * *", got "${raw}"`,
    );
  return raw;
}

function smtpOf(env: Env): SmtpSettings | null {
  const url = given(env, 'SMTP_URL');
  const host = given(env, 'SMTP_HOST');
  if (url && host) throw new ConfigError('Set either SMTP_URL or SMTP_HOST, not both');
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('SMTP_URL must be a URL like smtps://user:password@mail.example.vn:465');
    }
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
      throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${parsed.protocol}//"`);
    return { url };
  }
  const others = ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE'].filter((n) => given(env, n));
  if (!host) {
    if (others.length) throw new ConfigError(`${others.join(', ')} set without SMTP_HOST`);
    return null;
  }
  const port = int(env, 'SMTP_PORT', 587, 1, 65535);
  const user = given(env, 'SMTP_USER') ?? null;
  const password = env.SMTP_PASSWORD ? env.SMTP_PASSWORD : null;
  if ((user === null) !== (password === null))
    throw new ConfigError('SMTP_USER and SMTP_PASSWORD go together: set both or neither');
  return { host, port, secure: bool(env, 'SMTP_SECURE', port === 465), user, password };
}

function publicUrlOf(env: Env): string {
  const raw = given(env, 'APP_PUBLIC_URL') ?? `http://localhost:${given(env, 'PORT') ?? '3000'}`;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`APP_PUBLIC_URL must be a URL like https://partrack.example.vn, got "${raw}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ConfigError(`APP_PUBLIC_URL must start with http:// or https://, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/**
 * Reads and validates the notification settings. Under NODE_ENV=test no SMTP server is ever used (emails
 * stay in the outbox) and jobs are off unless JOBS_ENABLED=true.
 */
export function loadNotificationsConfig(env: Env = process.env): NotificationsConfig {
  const test = env.NODE_ENV === 'test';
  const rules: ReminderRules = {
    daysBefore: int(env, 'REMINDER_DAYS_BEFORE', DEFAULT_REMINDER_RULES.daysBefore, 0, 60),
    managerAfterDays: int(
      env,
      'ESCALATE_MANAGER_AFTER_DAYS',
      DEFAULT_REMINDER_RULES.managerAfterDays,
      1,
      365,
    ),
    coordinatorAfterDays: int(
      env,
      'ESCALATE_COORDINATOR_AFTER_DAYS',
      DEFAULT_REMINDER_RULES.coordinatorAfterDays,
      1,
      365,
    ),
    lookbackDays: int(env, 'REMINDER_LOOKBACK_DAYS', DEFAULT_REMINDER_RULES.lookbackDays, 1, 3650),
  };
  const longest = Math.max(rules.managerAfterDays, rules.coordinatorAfterDays);
  if (rules.lookbackDays < longest)
    throw new ConfigError(
      `REMINDER_LOOKBACK_DAYS (${rules.lookbackDays}) must be at least the longest escalation delay (${longest})`,
    );
  const smtp = test ? null : smtpOf(env);
  const mailFrom = given(env, 'MAIL_FROM');
  if (smtp && !mailFrom)
    throw new ConfigError('MAIL_FROM is required with an SMTP server, e.g. "partrack <no-reply@example.vn>"');
  if (mailFrom && !mailFrom.includes('@'))
    throw new ConfigError(`MAIL_FROM must contain an email address, got "${mailFrom}"`);
  return {
    jobsEnabled: bool(env, 'JOBS_ENABLED', !test),
    remindersCron: cron(env, 'REMINDERS_CRON', '0 7 * * *'),
    roundsOpenCron: cron(env, 'ROUNDS_OPEN_CRON', '0 6 * * *'),
    parDeadlinesCron: cron(env, 'PAR_DEADLINES_CRON', '5 0 * * *'),
    rules,
    smtp,
    mailFrom: mailFrom ?? 'partrack <no-reply@partrack.invalid>',
    publicUrl: publicUrlOf(env),
  };
}
