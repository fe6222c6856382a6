import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyKind, AgencyLevel } from '@partrack/shared';
import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../common/graphql/scalars';
import { Agency } from './agency.entity';

/**
 * What an agency was between two dates: its parent, name, short name, kind and level. An agency's versions
 * cover all time without gaps or overlaps — the first starts at null (since always), the last ends at null
 * (from then on) — so "the facts of day d" is one row for any d; whether the agency *existed* on d is its own
 * validFrom/validTo. The agency row keeps the facts of today as a cache (AgencyHistoryService.syncToday) for
 * the many readers that want today's names; every dated reader (asOf trees, rollups, documents) reads here.
 *
 * The first version is written by a trigger on INSERT INTO agency (every path that creates an agency, the
 * import, the seeds and the tests included, gets one) and an undated UPDATE of the agency's facts corrects the
 * version of today (migration AgencyVersions).
 */
@ObjectType({ description: "An agency's facts between two dates (see docs/reorganisation.md)" })
@Entity('agency_version')
@Index(['agencyId', 'effectiveFrom'])
@Check('"effective_from" IS NULL OR "effective_to" IS NULL OR "effective_from" < "effective_to"')
export class AgencyVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  agencyId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day of these facts; null: since always',
  })
  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day they no longer hold; null: still hold',
  })
  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  shortName: string | null;

  @Field(() => AgencyKind)
  @Column({ type: 'enum', enum: AgencyKind, enumName: 'agency_kind' })
  kind: AgencyKind;

  @Field(() => AgencyLevel)
  @Column({ type: 'enum', enum: AgencyLevel, enumName: 'agency_level' })
  level: AgencyLevel;

  /** The reorganisation batch that wrote this version (null: a single change or the first version). */
  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  agency?: Agency;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  parent?: Agency | null;
}
