import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanItemStatus } from '@partrack/shared';
import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { AssignmentRole } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';

/** Append-only progress log of a task: the lead's updates and each coordinating agency's contributions. */
@ObjectType()
@Entity('task_update')
@Index(['itemId', 'createdAt'])
export class TaskUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => PlanItem, { onDelete: 'CASCADE' })
  item?: PlanItem;

  @Field(() => ID, { description: 'The agency this update speaks for' })
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  agency?: Agency;

  @Field(() => AssignmentRole)
  @Column({ type: 'enum', enum: AssignmentRole, enumName: 'task_update_role' })
  role: AssignmentRole;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  authorLabel: string | null;

  @Field(() => Int, { nullable: true, description: 'Progress after this update (lead only)' })
  @Column({ type: 'int', nullable: true })
  progress: number | null;

  @Field(() => PlanItemStatus, { nullable: true, description: 'Status after this update (lead only)' })
  @Column({ type: 'enum', enum: PlanItemStatus, enumName: 'task_update_status', nullable: true })
  status: PlanItemStatus | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  evidenceNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  evidenceDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidenceLink: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
