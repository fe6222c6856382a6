import { SurveyResultSource } from '@partrack/shared';
import { Check, Column, Entity, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Survey } from './survey.entity';

/**
 * How many people answered a survey about one agency, and where the counts came from. One row per survey and
 * agency: an import replaces the agency's counts and this row together.
 */
@Entity('survey_respondents')
@Check(`"respondents" >= 0`)
export class SurveyRespondents {
  @PrimaryColumn({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  survey?: Survey;

  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @Column({ type: 'int' })
  respondents: number;

  @Column({ type: 'enum', enum: SurveyResultSource, enumName: 'survey_result_source' })
  source: SurveyResultSource;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
