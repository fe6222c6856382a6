import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Survey } from '../survey.entity';

/**
 * That one device answered the online form about one agency on one day, and nothing else: the key is a SHA-256
 * of (server secret, survey, agency, device id, day), so the row cannot be traced back to a device, a person or
 * even an agency without the secret and the device's cookie. Its primary key is what makes "one submission per
 * device a day" hold under concurrency: the second insert of the same key waits for the first and finds it.
 */
@Entity('survey_form_submission')
@Index(['surveyId', 'day'])
export class SurveyFormSubmission {
  /** Hex SHA-256 of the device and day (see survey-form-device.ts) */
  @PrimaryColumn({ type: 'char', length: 64 })
  deviceDayHash: string;

  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  survey?: Survey;

  /** The day in Vietnam, kept so that old rows can be purged by day */
  @Column({ type: 'date' })
  day: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
