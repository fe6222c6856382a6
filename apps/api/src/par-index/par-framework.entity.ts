import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParFrameworkStatus, ParTargetGroup } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { BaseEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { ParBand } from './par-framework.model';

registerEnumType(ParTargetGroup, { name: 'ParTargetGroup' });
registerEnumType(ParFrameworkStatus, { name: 'ParFrameworkStatus' });

/**
 * A PAR Index criteria framework (bộ tiêu chí) of a province for one year and one target group. Edited as a
 * DRAFT; LOCKED once checked (and when an assessment cycle uses it). A locked framework never changes: a
 * correction is a copy with the next revision number.
 */
@ObjectType()
@Entity('par_framework')
@Index(['provinceId', 'year', 'targetGroup', 'revision'], { unique: true })
// The API takes years to 2100; the database only keeps out nonsense (test fixtures use later years).
@Check(`"year" BETWEEN 2000 AND 2999`)
@Check(`"total_points" > 0`)
export class ParFramework extends BaseEntity {
  @Field(() => ID, { description: 'Root agency of the province' })
  @Column({ type: 'uuid' })
  provinceId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  province?: Agency;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => ParTargetGroup)
  @Column({ type: 'enum', enum: ParTargetGroup, enumName: 'par_target_group' })
  targetGroup: ParTargetGroup;

  @Field(() => Int, {
    description: '1 for the first framework of a year and group; a corrected copy is the next',
  })
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'The decision that issued it, e.g. 3463/QĐ-UBND' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  decisionNumber: string | null;

  @Field(() => Float, {
    description: 'Maximum points the index divides by, bonus and penalty aside; usually 100',
  })
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: numericTransformer })
  totalPoints: number;

  @Field(() => [ParBand], { description: 'Ranking bands, highest first' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  bands: ParBand[];

  @Field(() => ParFrameworkStatus)
  @Column({
    type: 'enum',
    enum: ParFrameworkStatus,
    enumName: 'par_framework_status',
    default: ParFrameworkStatus.DRAFT,
  })
  status: ParFrameworkStatus;

  @Field({ description: 'A sample shipped with partrack (bộ tiêu chí mẫu), not an official framework' })
  @Column({ default: false })
  isSample: boolean;

  @Field(() => ID, { nullable: true, description: 'The framework this one was copied from' })
  @Column({ type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @ManyToOne(() => ParFramework, { nullable: true, onDelete: 'SET NULL' })
  copiedFrom?: ParFramework | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;
}
