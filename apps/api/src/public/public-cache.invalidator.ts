import { Injectable } from '@nestjs/common';
import {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from 'typeorm';

/**
 * Tables whose changes change public figures: plans and their tasks, PAR cycles, agency names, surveys and
 * their results, inspection plans and inspections.
 */
const WATCHED = new Set([
  'plan',
  'plan_item',
  'plan_item_agency',
  'par_cycle',
  'agency',
  'survey',
  'survey_result',
  'survey_respondents',
  'inspection_plan',
  'inspection',
]);

type Change = InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>;

/**
 * Clears the public cache early when a watched entity is written through TypeORM in this process: at once,
 * and again when the transaction commits (a page read between the write and the commit would otherwise
 * keep the old figures for a whole TTL). Writes in another replica, or by raw SQL, are seen when the TTL
 * ends (PUBLIC_CACHE_TTL_SECONDS, 60 s): the page is at most that late. Cheaper than LISTEN/NOTIFY, which
 * the app does not use yet; docs/public.md says when to switch.
 */
@Injectable()
export class PublicCacheInvalidator implements EntitySubscriberInterface {
  private readonly listeners: (() => void)[] = [];
  private pendingCommit = false;

  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.changed(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.changed(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.changed(event);
  }

  afterTransactionCommit(_event: TransactionCommitEvent): void {
    if (!this.pendingCommit) return;
    this.pendingCommit = false;
    this.notify();
  }

  private changed(event: Change): void {
    if (!WATCHED.has(event.metadata.tableName)) return;
    if (event.queryRunner.isTransactionActive) this.pendingCommit = true;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
