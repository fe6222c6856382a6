import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window hit counter of @nestjs/throttler (PgThrottlerStorage), in Postgres so that a limit holds
 * across API replicas. Written only by a single INSERT … ON CONFLICT statement per hit.
 */
@Entity('throttle_counter')
export class ThrottleCounter {
  /** The throttler's key: a hash of route, throttler name and tracker (the client's IP). */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'int' })
  hits: number;

  /** When this window ends and the count starts again from zero. */
  @Index()
  @Column({ type: 'timestamptz' })
  windowEndsAt: Date;

  /** Set when the limit was passed: hits are refused until then. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
