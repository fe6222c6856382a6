import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorState,
  IndicatorUnit,
} from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Plan } from '../plans/plan.entity';

registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(IndicatorAggregation, { name: 'IndicatorAggregation' });
registerEnumType(IndicatorFrequency, { name: 'IndicatorFrequency' });
registerEnumType(IndicatorState, { name: 'IndicatorState' });

/**
 * A key indicator (chỉ tiêu) of a plan. `target` is the plan-wide year target; overrides per level, agency
 * and period live in indicator_target. Only ACTIVE indicators take figures.
 */
@ObjectType()
@Entity('indicator')
@Index(['planId', 'code'], { unique: true })
export class Indicator extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  plan?: Plan;

  @Field()
  @Column({ length: 64 })
  code: string;

  @Field()
  @Column({ length: 500 })
  nameVi: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Reform area code I–VII' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  areaCode: string | null;

  @Field(() => IndicatorUnit)
  @Column({ type: 'enum', enum: IndicatorUnit, enumName: 'indicator_unit' })
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection)
  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction' })
  direction: IndicatorDirection;

  @Field(() => IndicatorAggregation)
  @Column({ type: 'enum', enum: IndicatorAggregation, enumName: 'indicator_aggregation' })
  aggregation: IndicatorAggregation;

  @Field(() => IndicatorFrequency)
  @Column({ type: 'enum', enum: IndicatorFrequency, enumName: 'indicator_frequency' })
  frequency: IndicatorFrequency;

  @Field(() => [AgencyLevel], { description: 'Agency levels that enter figures' })
  @Column({
    type: 'enum',
    enum: AgencyLevel,
    enumName: 'indicator_reporting_level',
    array: true,
  })
  reportingLevels: AgencyLevel[];

  @Field({ description: 'Figures accumulate through the year (status pro-rates the target)' })
  @Column({ default: false })
  cumulative: boolean;

  @Field(() => Float, { nullable: true, description: 'Plan-wide target for the year' })
  @Column({ type: 'double precision', nullable: true })
  target: number | null;

  @Field(() => IndicatorState)
  @Column({ type: 'enum', enum: IndicatorState, enumName: 'indicator_state', default: IndicatorState.DRAFT })
  state: IndicatorState;

  @Field(() => String, { nullable: true, description: 'Sentence of the plan the indicator comes from' })
  @Column({ type: 'text', nullable: true })
  sourceText: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  sourceLine: number | null;

  @Field(() => [String], { description: 'What the extractor was unsure about' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  draftNotes: string[];

  @Column({ type: 'text', default: '' })
  searchText: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
