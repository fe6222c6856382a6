import { ConfigError } from '../config/app-config';
import { loadNotificationsConfig } from './notifications.config';

const load = (env: Record<string, string>) => loadNotificationsConfig({ NODE_ENV: 'development', ...env });
const fails = (env: Record<string, string>, message: RegExp) => {
  expect(() => load(env)).toThrow(ConfigError);
  expect(() => load(env)).toThrow(message);
};

describe('loadNotificationsConfig', () => {
  it('has defaults: jobs on, 07:00 reminders, 3/2/5/60 days, no SMTP', () => {
    const config = load({});
    expect(config.jobsEnabled).toBe(true);
    expect(config.remindersCron).toBe('0 7 * * *');
    expect(config.roundsOpenCron).toBe('0 6 * * *');
    expect(config.rules).toEqual({
      daysBefore: 3,
      managerAfterDays: 2,
      coordinatorAfterDays: 5,
      lookbackDays: 60,
    });
    expect(config.smtp).toBeNull();
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('turns jobs and SMTP off under NODE_ENV=test unless jobs are asked for', () => {
    const env = { NODE_ENV: 'test', SMTP_HOST: 'mail.example.vn', MAIL_FROM: 'x <a@b.vn>' };
    expect(loadNotificationsConfig(env)).toMatchObject({ jobsEnabled: false, smtp: null });
    expect(loadNotificationsConfig({ ...env, JOBS_ENABLED: 'true' }).jobsEnabled).toBe(true);
  });

  it('reads SMTP from a URL or from host, port, credentials and TLS', () => {
    expect(load({ SMTP_URL: 'smtps://u:p@mail.example.vn:465', MAIL_FROM: 'a@b.vn' }).smtp).toEqual({
      url: 'smtps://u:p@mail.example.vn:465',
    });
    expect(
      load({ SMTP_HOST: 'mail.example.vn', SMTP_USER: 'u', SMTP_PASSWORD: 'p', MAIL_FROM: 'a@b.vn' }).smtp,
    ).toEqual({ host: 'mail.example.vn', port: 587, secure: false, user: 'u', password: 'p' });
    expect(load({ SMTP_HOST: 'h', SMTP_PORT: '465', MAIL_FROM: 'a@b.vn' }).smtp).toMatchObject({
      secure: true,
    });
  });

  it('explains bad settings', () => {
    fails({ REMINDER_DAYS_BEFORE: 'three' }, /REMINDER_DAYS_BEFORE must be a whole number from 0 to 60/);
    fails({ ESCALATE_MANAGER_AFTER_DAYS: '0' }, /ESCALATE_MANAGER_AFTER_DAYS/);
    fails({ ESCALATE_COORDINATOR_AFTER_DAYS: '90' }, /REMINDER_LOOKBACK_DAYS \(60\) must be at least/);
    fails({ JOBS_ENABLED: 'maybe' }, /JOBS_ENABLED must be true or false/);
    fails({ REMINDERS_CRON: 'daily' }, /REMINDERS_CRON must be a cron expression/);
    fails({ SMTP_URL: 'http://mail', MAIL_FROM: 'a@b.vn' }, /smtp:\/\/ or smtps:\/\//);
    fails({ SMTP_URL: 'smtp://a', SMTP_HOST: 'b', MAIL_FROM: 'a@b.vn' }, /either SMTP_URL or SMTP_HOST/);
    fails({ SMTP_PORT: '25' }, /SMTP_PORT set without SMTP_HOST/);
    fails({ SMTP_HOST: 'h', SMTP_USER: 'u', MAIL_FROM: 'a@b.vn' }, /SMTP_USER and SMTP_PASSWORD go together/);
    fails({ SMTP_HOST: 'h', SMTP_PORT: '70000', MAIL_FROM: 'a@b.vn' }, /SMTP_PORT/);
    fails({ SMTP_HOST: 'h' }, /MAIL_FROM is required/);
    fails({ APP_PUBLIC_URL: 'partrack.vn' }, /APP_PUBLIC_URL/);
  });
});
