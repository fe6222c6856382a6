import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParCycleStatus } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';

registerEnumType(ParCycleStatus, { name: 'ParCycleStatus' });

/**
 * A province's PAR Index year (kỳ đánh giá): the frameworks it scores with, one per target group, and its
 * deadlines. Opening it locks the frameworks and gives every agency of the groups an assessment.
 */
@ObjectType()
@Entity('par_cycle')
@Index(['provinceId', 'year'], { unique: true })
@Check(`"year" BETWEEN 2000 AND 2100`)
export class ParCycle extends BaseEntity {
  @Field(() => ID, { description: 'Root agency of the province' })
  @Column({ type: 'uuid' })
  provinceId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  province?: Agency;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Column({ length: 300 })
  name: string;

  @Field(() => ParCycleStatus)
  @Column({
    type: 'enum',
    enum: ParCycleStatus,
    enumName: 'par_cycle_status',
    default: ParCycleStatus.SELF_ASSESSMENT,
  })
  status: ParCycleStatus;

  @Field(() => LocalDateScalar, { description: 'Last day agencies may score themselves (inclusive)' })
  @Column({ type: 'date' })
  selfAssessmentDue: string;

  @Field(() => [ID], { description: 'The frameworks scored with, one per target group' })
  @Column({ type: 'uuid', array: true })
  frameworkIds: string[];
}
