import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Agency } from '../agencies/agency.entity';

registerEnumType(Role, { name: 'Role' });

@ObjectType()
@Entity('app_user')
export class User extends BaseEntity {
  /** Stored lower-cased; the unique index makes emails case-insensitive. */
  @Field()
  @Index({ unique: true })
  @Column({ length: 254 })
  email: string;

  @Field()
  @Column({ length: 200 })
  fullName: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  agency?: Agency | null;

  @Field()
  @Column({ default: true })
  active: boolean;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'text', default: '' })
  searchText: string;

  /**
   * Signed into access tokens as `ver`; bumped by a password change or reset and by deactivation, so tokens
   * issued before stop working on the next request. Not exposed in GraphQL.
   */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;
}
