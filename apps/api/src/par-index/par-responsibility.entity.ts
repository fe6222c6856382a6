import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';

/**
 * Who answers for an item of the province's own national self-assessment (3.34): e.g. the institutions area
 * to Sở Tư pháp. An assignment covers the item and everything below it; the nearest one wins.
 */
@ObjectType()
@Entity('par_responsibility')
export class ParResponsibility {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => ParAssessment, { onDelete: 'CASCADE' })
  assessment?: ParAssessment;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => ParCriterion, { onDelete: 'CASCADE' })
  criterion?: ParCriterion;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;
}
