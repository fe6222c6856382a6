import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../../common/graphql/scalars';

export enum ReorganisationStatus {
  APPLIED = 'APPLIED',
  UNDONE = 'UNDONE',
}
registerEnumType(ReorganisationStatus, { name: 'ReorganisationStatus' });

/** What a batch found before it wrote: enough to put every touched agency back exactly (undo). */
export interface ReorganisationSnapshot {
  agencies: { id: string; validTo: string | null; successorId: string | null }[];
  versions: {
    id: string;
    agencyId: string;
    effectiveFrom: string | null;
    effectiveTo: string | null;
    parentId: string | null;
    name: string;
    shortName: string | null;
    kind: string;
    level: string;
    batchId: string | null;
  }[];
  groupMembers: { groupId: string; agencyId: string }[];
  /** Groups of provinces the batch may merge away (their province follows the merge). */
  groupProvinces?: { groupId: string; provinceId: string }[];
}

/**
 * One reorganisation: many dated changes with one effective date, applied all-or-nothing and audited as one
 * event (docs/reorganisation.md). Undone as a whole while nothing written later depends on it.
 */
@ObjectType({ description: 'A batch of agency changes with one effective date (docs/reorganisation.md)' })
@Entity('agency_reorganisation')
export class AgencyReorganisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Its legal basis (resolution, decision)' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decision: string | null;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  effectiveDate: string;

  @Field(() => ReorganisationStatus)
  @Column({ type: 'enum', enum: ReorganisationStatus, enumName: 'reorganisation_status' })
  status: ReorganisationStatus;

  /** The province whose readers see it (null: it touched more than one root, admins only). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  provinceId: string | null;

  @Field(() => String, { nullable: true, description: 'Who applied it, by name' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  appliedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  appliedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  undoneBy: string | null;

  /** The operations as applied (normalised input). */
  @Column({ type: 'jsonb' })
  operations: object[];

  @Field(() => Int)
  @Column({ type: 'int' })
  operationCount: number;

  @Column({ type: 'jsonb' })
  snapshot: ReorganisationSnapshot;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  createdAgencyIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  affectedAgencyIds: string[];
}
