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
// The API takes years to 2100; the database only keeps out nonsense (test fixtures use later years).
@Check(`"year" BETWEEN 2000 AND 2999`)
@Check(`"explanation_days" BETWEEN 1 AND 60`)
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
    default: ParCycleStatus.OPEN,
  })
  status: ParCycleStatus;

  @Field(() => LocalDateScalar, { description: 'Last day agencies may score themselves (inclusive)' })
  @Column({ type: 'date' })
  selfAssessmentDue: string;

  @Field(() => LocalDateScalar, { description: "The council's target for its first appraisals" })
  @Column({ type: 'date' })
  appraisalDue: string;

  @Field(() => Int, { description: 'Days an agency has to explain, counted from the appraisal being sent' })
  @Column({ type: 'int', default: 5 })
  explanationDays: number;

  @Field(() => LocalDateScalar, { description: 'When the results are to be published' })
  @Column({ type: 'date' })
  publicationDue: string;

  @Field(() => [ID], { description: 'The frameworks scored with, one per target group' })
  @Column({ type: 'uuid', array: true })
  frameworkIds: string[];

  @Field({
    description:
      'Whether the satisfaction surveys were held this year; without them the SURVEY items leave the maximum ' +
      'and the rest is scaled to 100',
  })
  @Column({ default: true })
  surveyHeld: boolean;

  @Field(() => [ID], { description: 'Users of the appraisal council (hội đồng thẩm định)' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  councilUserIds: string[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  publishedByLabel: string | null;
}
