import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';

/**
 * The score of one item of an assessment: the agency's own, the council's first appraisal with its reason,
 * the agency's explanation, and the council's second appraisal with its answer.
 */
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

  @Field(() => String, {
    nullable: true,
    description: 'Why an item that requires evidence is scored without any',
  })
  @Column({ type: 'text', nullable: true })
  noEvidenceReason: string | null;

  @Field(() => Float, { nullable: true, description: "The council's points (điểm thẩm định)" })
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericTransformer })
  appraisedPoints: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the appraisal differs from the self-score',
  })
  @Column({ type: 'text', nullable: true })
  appraisalReason: string | null;

  @Field(() => String, { nullable: true, description: "The agency's explanation (giải trình)" })
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "The council's second appraisal, answering the explanation",
  })
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numericTransformer })
  reappraisedPoints: number | null;

  @Field(() => String, { nullable: true, description: "The council's answer to the explanation" })
  @Column({ type: 'text', nullable: true })
  reappraisalAnswer: string | null;
}
