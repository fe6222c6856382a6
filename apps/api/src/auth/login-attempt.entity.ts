import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Login attempts per email, kept in Postgres so that every API replica sees the same counts. Recorded for
 * unknown emails too, so a lockout never reveals whether an account exists. An attempt is reserved (success
 * NULL) before the password is verified and settled after; a pending attempt counts as a failure, so
 * concurrent attempts cannot all pass the check before any is recorded. (Per-IP limits live in
 * throttle_counter.)
 */
@Entity('login_attempt')
@Index(['email', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ length: 254 })
  email: string;

  /** Where it came from, for investigating an attack (not used for limits). */
  @Column({ length: 64 })
  ip: string;

  /** NULL while the password is being verified. */
  @Column({ type: 'boolean', nullable: true })
  success: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
