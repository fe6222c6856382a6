import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyKind, AgencyLevel, ImportFormat } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(AgencyKind, { name: 'AgencyKind' });
registerEnumType(AgencyLevel, { name: 'AgencyLevel' });
registerEnumType(ImportFormat, { name: 'ImportFormat' });

/**
 * A unit of the administrative hierarchy. Effective-dated: valid on day d when
 * validFrom <= d < validTo (validTo exclusive, null = still valid).
 */
@ObjectType()
@Entity('agency')
export class Agency extends BaseEntity {
  @Field()
  @Index({ unique: true })
  @Column({ length: 64 })
  code: string;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  shortName: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Field(() => AgencyKind)
  @Column({ type: 'enum', enum: AgencyKind, enumName: 'agency_kind' })
  kind: AgencyKind;

  @Field(() => AgencyLevel)
  @Column({ type: 'enum', enum: AgencyLevel, enumName: 'agency_level' })
  level: AgencyLevel;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  // Indexed: scope and rollups walk from an agency to those merged into it (AgencyTreeRepository).
  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  successorId: string | null;

  /** Folded (lower case, no diacritics) code, names and aliases, for "so noi vu" → "Sở Nội vụ". */
  @Column({ type: 'text', default: '' })
  searchText: string;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  parent?: Agency | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'SET NULL' })
  successor?: Agency | null;
}
