import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Login attempts, kept in Postgres so that every API replica sees the same counts. Recorded for unknown
 * emails too, so a lockout never reveals whether an account exists.
 */
@Entity('login_attempt')
@Index(['email', 'createdAt'])
@Index(['ip', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ length: 254 })
  email: string;

  @Column({ length: 64 })
  ip: string;

  @Column()
  success: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
