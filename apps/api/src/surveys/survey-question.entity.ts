import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Survey } from './survey.entity';

/**
 * One question of a survey, in an aspect (khía cạnh: access to the service, procedures, civil servants,
 * results, handling of feedback). Replaced as a whole while the survey is a DRAFT, so it has no version.
 */
@ObjectType()
@Entity('survey_question')
@Index(['surveyId', 'code'], { unique: true })
@Index(['surveyId', 'position'], { unique: true })
export class SurveyQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  survey?: Survey;

  @Field({ description: 'Short code, unique in the survey, used as the XLSX column: 1.1, 2.3…' })
  @Column({ length: 20 })
  code: string;

  @Field({ description: 'Code of the aspect the question belongs to' })
  @Column({ length: 20 })
  aspectCode: string;

  @Field()
  @Column({ length: 200 })
  aspectTitle: string;

  @Field(() => Int, { description: 'Order in the survey, from 1' })
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ length: 500 })
  text: string;
}
