import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';

/** The score of one item of an assessment: the agency's own now; the council's appraisal next. */
@ObjectType()
@Entity('par_score')
@Index(['assessmentId', 'criterionId'], { unique: true })
export class ParScore extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => ParAssessment, { onDelete: 'CASCADE' })
  assessment?: ParAssessment;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => ParCriterion, { onDelete: 'RESTRICT' })
  criterion?: ParCriterion;

  @Field(() => Float, { nullable: true, description: "The agency's own points (tự chấm)" })
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericTransformer })
  selfPoints: number | null;

  @Field(() => String, { nullable: true, description: 'How the agency explains its points' })
  @Column({ type: 'text', nullable: true })
  selfNote: string | null;
}
