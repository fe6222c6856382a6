import { AgencyHistoryService } from '../agencies/agency-history.service';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { todayInVietnam, VIETNAM_TIME_ZONE } from '../common/time/vietnam-time';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ParDeadlinesService } from '../par-index/par-deadlines.service';
import { ReportingRoundsService } from '../reports/reporting-rounds.service';
import { EmailOutboxService } from './email-outbox.service';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from './notifications.config';
import { ReminderService } from './reminder.service';

export const JOB_SCHEMA = 'pgboss';
export const JOB_TIMEZONE = VIETNAM_TIME_ZONE;
export const QUEUES = {
  reminders: 'reminders.scan',
  rounds: 'rounds.open',
  emails: 'emails.send',
  parDeadlines: 'par.deadlines',
} as const;
export type JobQueue = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Background jobs on pg-boss, in the application's own database (schema `pgboss`). pg-boss emits each cron
 * job once per minute across all replicas, and `stately` queues keep at most one job of a kind queued and one
 * running; the work itself is idempotent anyway (dedupe keys, outbox rows locked with SKIP LOCKED).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;
  private readonly workers = new Map<JobQueue, string>();

  constructor(
    @Inject(APP_CONFIG) private readonly app: AppConfig,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    private readonly reminders: ReminderService,
    private readonly outbox: EmailOutboxService,
    private readonly rounds: ReportingRoundsService,
    private readonly parDeadlines: ParDeadlinesService,
    private readonly agencyHistory: AgencyHistoryService,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobsEnabled) await this.start();
    else this.logger.log('background jobs are off (JOBS_ENABLED=false)');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async start(): Promise<void> {
    if (this.boss) return;
    const boss = new PgBoss({
      connectionString: this.app.databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'partrack-jobs',
      max: 3,
    });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    try {
      await boss.start();
      for (const name of Object.values(QUEUES)) {
        await boss.createQueue(name, {
          name,
          policy: 'stately',
          retryLimit: 3,
          retryDelay: 60,
          expireInSeconds: 3600,
        });
      }
      const tz = { tz: JOB_TIMEZONE };
      await boss.schedule(QUEUES.rounds, this.config.roundsOpenCron, {}, tz);
      await boss.schedule(QUEUES.reminders, this.config.remindersCron, {}, tz);
      await boss.schedule(QUEUES.emails, '* * * * *', {}, tz);
      await boss.schedule(QUEUES.parDeadlines, this.config.parDeadlinesCron, {}, tz);
      const polling = { pollingIntervalSeconds: 10 };
      this.workers.set(QUEUES.rounds, await boss.work(QUEUES.rounds, polling, () => this.openRounds()));
      this.workers.set(
        QUEUES.reminders,
        await boss.work(QUEUES.reminders, polling, () => this.scanReminders(boss)),
      );
      this.workers.set(
        QUEUES.parDeadlines,
        await boss.work(QUEUES.parDeadlines, polling, () => this.closeParDeadlines()),
      );
      this.workers.set(
        QUEUES.emails,
        await boss.work(QUEUES.emails, polling, () => this.outbox.deliverPending()),
      );
    } catch (error) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
    this.logger.log(
      `background jobs started: ${QUEUES.rounds} "${this.config.roundsOpenCron}", ` +
        `${QUEUES.reminders} "${this.config.remindersCron}", ${QUEUES.parDeadlines} "${this.config.parDeadlinesCron}" ` +
        `(${JOB_TIMEZONE}), ${QUEUES.emails} every minute`,
    );
  }

  /** Lets running jobs finish (up to 8 s: `npm start` and compose give the API 10 s), then disconnects. */
  async stop(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    this.boss = null;
    this.workers.clear();
    await boss.stop({ graceful: true, wait: true, timeout: 8_000 });
    this.logger.log('background jobs stopped');
  }

  /** Queues a job now and wakes its worker; the job id, or null when one is already waiting. */
  async runNow(queue: JobQueue): Promise<string | null> {
    if (!this.boss) throw new Error('background jobs are not running (JOBS_ENABLED=false)');
    const id = await this.boss.send(queue, {});
    const worker = this.workers.get(queue);
    if (worker) this.boss.notifyWorker(worker);
    return id;
  }

  /** The schedules pg-boss holds (for tests and operations). */
  async schedules(): Promise<PgBoss.Schedule[]> {
    if (!this.boss) return [];
    return this.boss.getSchedules();
  }

  private async openRounds(): Promise<void> {
    // First the agencies: a reorganisation dated today becomes today's tree before rounds are opened on it.
    const synced = await this.agencyHistory.syncToday();
    if (synced.length)
      this.logger.log(`${QUEUES.rounds}: ${synced.length} agencies took their facts of today`);
    const opened = await this.rounds.openDue(todayInVietnam());
    this.logger.log(`${QUEUES.rounds}: ${opened} periodic rounds checked`);
  }

  private async closeParDeadlines(): Promise<void> {
    const closed = await this.parDeadlines.closeOverdue(todayInVietnam());
    this.logger.log(
      `${QUEUES.parDeadlines}: ${closed.selfAssessments} self-assessment(s), ${closed.explanations} explanation window(s) closed`,
    );
  }

  private async scanReminders(boss: PgBoss): Promise<void> {
    const result = await this.reminders.scan(todayInVietnam());
    this.logger.log(`${QUEUES.reminders}: ${result.notifications} notifications`);
    if (result.notifications) await boss.send(QUEUES.emails, {});
  }
}
