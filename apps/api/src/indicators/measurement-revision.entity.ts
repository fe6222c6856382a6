import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MeasurementStatus } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { HistoryEntity } from '../database/history.entity';
import { FigureColumn, FigureNoteColumn } from './measurement-figures';
import { Measurement } from './measurement.entity';

export enum MeasurementAction {
  RECORD = 'RECORD',
  IMPORT = 'IMPORT',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
}
registerEnumType(MeasurementAction, { name: 'MeasurementAction' });

/** Append-only history: every version of a measurement and every review step, never updated. */
@ObjectType()
@Entity('measurement_revision')
@Index(['measurementId', 'createdAt'])
export class MeasurementRevision extends HistoryEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  measurementId: string;

  @ManyToOne(() => Measurement, { onDelete: 'CASCADE' })
  measurement?: Measurement;

  @Field(() => Int, { description: 'Version of the measurement after this step' })
  @Column({ type: 'int' })
  measurementVersion: number;

  @Field(() => MeasurementAction)
  @Column({ type: 'enum', enum: MeasurementAction, enumName: 'measurement_action' })
  action: MeasurementAction;

  @Field(() => MeasurementStatus)
  @Column({ type: 'enum', enum: MeasurementStatus, enumName: 'measurement_revision_status' })
  status: MeasurementStatus;

  @FigureColumn()
  value: number | null;

  @FigureColumn()
  numerator: number | null;

  @FigureColumn()
  denominator: number | null;

  @FigureNoteColumn()
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Reason given when returning or reopening' })
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
