import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InspectionFindingSeverity, InspectionFindingStatus } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';
import { PlanItem } from '../plans/plan-item.entity';
import { Inspection } from './inspection.entity';

registerEnumType(InspectionFindingSeverity, { name: 'InspectionFindingSeverity' });
registerEnumType(InspectionFindingStatus, { name: 'InspectionFindingStatus' });

/**
 * A finding (tồn tại, hạn chế) of an inspection. Each one has a corrective task led by the inspected agency,
 * tracked like any task; a re-inspection closes the finding or keeps it open.
 */
@ObjectType()
@Entity('inspection_finding')
@Index(['inspectionId', 'position'], { unique: true })
export class InspectionFinding extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  inspectionId: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  inspection?: Inspection;

  @Field(() => Int, { description: 'Order in the inspection, from 1' })
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ length: 2000 })
  text: string;

  @Field(() => InspectionFindingSeverity)
  @Column({ type: 'enum', enum: InspectionFindingSeverity, enumName: 'inspection_finding_severity' })
  severity: InspectionFindingSeverity;

  @Field(() => LocalDateScalar, { description: 'By when the agency remedies it (the task’s due date)' })
  @Column({ type: 'date' })
  deadline: string;

  @Field(() => ID, { nullable: true, description: 'The corrective task; null if a planner deleted it' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @ManyToOne(() => PlanItem, { onDelete: 'SET NULL', nullable: true })
  task?: PlanItem | null;

  @Field(() => InspectionFindingStatus)
  @Column({
    type: 'enum',
    enum: InspectionFindingStatus,
    enumName: 'inspection_finding_status',
    default: InspectionFindingStatus.OPEN,
  })
  status: InspectionFindingStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The re-inspection that closed it' })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the last re-inspection found' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  reviewNote: string | null;
}
