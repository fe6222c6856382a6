import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

/** The record type is not exported from the package's entry point. */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface CounterRow {
  hits: number;
  time_to_expire: number;
  is_blocked: boolean;
  time_to_block_expire: number;
}

/**
 * A window is fresh (counting restarts) once it has ended and no block is running. Every SET expression reads
 * the row as it was before this hit (`c.`), so the test is written out where it is needed.
 */
const FRESH = `(c.window_ends_at <= now() AND (c.blocked_until IS NULL OR c.blocked_until <= now()))`;

/**
 * One statement per hit: the row lock taken by ON CONFLICT serialises concurrent hits on one key, so with a
 * limit of 30 exactly 30 of 100 simultaneous requests pass, on one replica or several.
 */
const INCREMENT = `
  INSERT INTO throttle_counter AS c (key, hits, window_ends_at, blocked_until)
  VALUES ($1, 1, now() + $2 * interval '1 millisecond',
          CASE WHEN 1 > $3 THEN now() + $4 * interval '1 millisecond' END)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN ${FRESH} THEN 1 ELSE c.hits + 1 END,
    window_ends_at = CASE WHEN ${FRESH} THEN EXCLUDED.window_ends_at ELSE c.window_ends_at END,
    blocked_until = CASE
      WHEN c.blocked_until > now() THEN c.blocked_until
      WHEN ${FRESH} THEN EXCLUDED.blocked_until
      WHEN c.hits + 1 > $3 THEN now() + $4 * interval '1 millisecond'
    END
  RETURNING hits,
            greatest(0, ceil(extract(epoch FROM window_ends_at - now())))::int AS time_to_expire,
            coalesce(blocked_until > now(), false) AS is_blocked,
            greatest(0, coalesce(ceil(extract(epoch FROM blocked_until - now())), 0))::int AS time_to_block_expire`;

/** Rows whose window and block are over carry no information; an hour of slack keeps the delete rare. */
const PURGE = `DELETE FROM throttle_counter
  WHERE window_ends_at < now() - interval '1 hour' AND (blocked_until IS NULL OR blocked_until < now())`;

const PURGE_EVERY_MS = 60_000;

/**
 * @nestjs/throttler storage in Postgres (table throttle_counter), so a per-IP limit holds across API
 * replicas; the library's default keeps counts in each process's memory. Fixed windows of `ttl`.
 */
export class PgThrottlerStorage implements ThrottlerStorage {
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    const [row] = await this.dataSource.query<CounterRow[]>(INCREMENT, [key, ttl, limit, blockDuration]);
    this.purgeNowAndThen();
    return {
      totalHits: row.hits,
      timeToExpire: row.time_to_expire,
      isBlocked: row.is_blocked,
      timeToBlockExpire: row.time_to_block_expire,
    };
  }

  /** At most once a minute per process, off the request's path (an index on window_ends_at keeps it cheap). */
  private purgeNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    // A failed purge is retried a minute later; it must never fail the request that triggered it.
    this.dataSource.query(PURGE).catch(() => undefined);
  }
}
