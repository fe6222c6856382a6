import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParCriterionLevel, ParScoringMethod } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { ParFramework } from './par-framework.entity';
import { ParDataRule } from './par-data-rule.model';
import { ParScaleOption } from './par-framework.model';

registerEnumType(ParCriterionLevel, { name: 'ParCriterionLevel' });
registerEnumType(ParScoringMethod, { name: 'ParScoringMethod' });

/**
 * An item of a framework: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành
 * phần). Items with children are scored by adding them up; leaves carry the scoring method.
 */
@ObjectType()
@Entity('par_criterion')
@Index(['frameworkId', 'code'], { unique: true })
@Index(['frameworkId', 'parentId', 'position'])
@Check(`"max_points" >= 0`)
export class ParCriterion extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  frameworkId: string;

  @ManyToOne(() => ParFramework, { onDelete: 'CASCADE' })
  framework?: ParFramework;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ParCriterion, { nullable: true, onDelete: 'CASCADE' })
  parent?: ParCriterion | null;

  @Field(() => ParCriterionLevel)
  @Column({ type: 'enum', enum: ParCriterionLevel, enumName: 'par_criterion_level' })
  level: ParCriterionLevel;

  @Field({ description: 'e.g. "1", "1.2", "1.2.3"; unique in the framework' })
  @Column({ length: 20 })
  code: string;

  @Field(() => Int, { description: 'Order among its siblings' })
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 7, scale: 2, transformer: numericTransformer })
  maxPoints: number;

  @Field(() => ParScoringMethod, {
    nullable: true,
    description: 'Set on leaves; null on items with children',
  })
  @Column({ type: 'enum', enum: ParScoringMethod, enumName: 'par_scoring_method', nullable: true })
  method: ParScoringMethod | null;

  @Field(() => [ParScaleOption], { nullable: true, description: 'The choices of a MANUAL leaf' })
  @Column({ type: 'jsonb', nullable: true })
  scale: ParScaleOption[] | null;

  @Field(() => String, { nullable: true, description: 'How to score it and which evidence to attach' })
  @Column({ type: 'text', nullable: true })
  guidance: string | null;

  @Field({ description: 'Scoring it without evidence needs a written reason' })
  @Column({ default: false })
  evidenceRequired: boolean;

  @Field(() => ParDataRule, {
    nullable: true,
    description: 'How a DATA leaf reads the records; null: appraised',
  })
  @Column({ type: 'jsonb', nullable: true })
  dataRule: ParDataRule | null;
}
