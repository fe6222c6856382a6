import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { Agency } from '../agencies/agency.entity';
import { PlanItem } from './plan-item.entity';

export enum AssignmentRole {
  LEAD = 'LEAD',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(AssignmentRole, { name: 'AssignmentRole' });

/** A lead or coordinating agency (or agency group) of a plan item, with the text it came from. */
@ObjectType()
@Entity('plan_item_agency')
@Index(['agencyId', 'role'])
@Index(['groupId', 'role'])
@Check(`("agency_id" IS NULL) <> ("group_id" IS NULL)`)
export class PlanItemAgency {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => PlanItem, { onDelete: 'CASCADE' })
  item?: PlanItem;

  @Field(() => AssignmentRole)
  @Column({ type: 'enum', enum: AssignmentRole, enumName: 'assignment_role' })
  role: AssignmentRole;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  agency?: Agency | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => AgencyGroup, { nullable: true, onDelete: 'RESTRICT' })
  group?: AgencyGroup | null;

  @Field(() => String, { nullable: true, description: 'The words of the document this came from' })
  @Column({ type: 'text', nullable: true })
  sourceText: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  position: number;
}
