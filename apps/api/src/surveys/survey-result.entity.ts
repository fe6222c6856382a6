import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { SurveyQuestion } from './survey-question.entity';
import { Survey } from './survey.entity';

/**
 * How many answers one question got at one level for one agency. Counts, not respondents: both XLSX shapes and
 * (later) the online form end here, and no personal answer is kept. Level 0 = no answer or invalid.
 */
@Entity('survey_result')
@Check(`"level" BETWEEN 0 AND 5`)
@Check(`"count" >= 0`)
export class SurveyResult {
  @PrimaryColumn({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  survey?: Survey;

  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  question?: SurveyQuestion;

  @PrimaryColumn({ type: 'smallint' })
  level: number;

  @Column({ type: 'int' })
  count: number;
}
