import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonScalar } from '../common/graphql/scalars';

/** Append-only record of one mutation, written in the mutation's own transaction. */
@ObjectType()
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
@Index(['createdAt', 'id'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'USER or API_KEY' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  actorKind: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  actorLabel: string | null;

  @Field()
  @Index()
  @Column({ length: 64 })
  action: string;

  @Field()
  @Column({ length: 64 })
  entityType: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Field(() => JsonScalar, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Field(() => JsonScalar, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field()
  // Millisecond precision so the keyset cursor (a JS Date) compares exactly.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
