import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Agency } from '../agencies/agency.entity';

/** A service account for integrations. Only the SHA-256 hash of the secret is stored. */
@ObjectType()
@Entity('api_key')
export class ApiKey extends BaseEntity {
  @Field()
  @Column({ length: 120 })
  name: string;

  @Field({ description: 'First characters of the secret, to recognise a key' })
  @Column({ length: 16 })
  prefix: string;

  @Index({ unique: true })
  @Column({ length: 64, select: false })
  keyHash: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'api_key_role' })
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  agency?: Agency | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
