import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanItemKind, PlanItemStatus, PlanStatus, ProductType } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';

registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(PlanItemKind, { name: 'PlanItemKind' });
registerEnumType(PlanItemStatus, { name: 'PlanItemStatus' });
registerEnumType(ProductType, { name: 'ProductType' });

/** A yearly reform plan: the province's, or an agency's own plan derived from it (parentPlanId). */
@ObjectType()
@Entity('plan')
@Check(`"year" BETWEEN 2000 AND 2100`)
export class Plan extends BaseEntity {
  @Field()
  @Index({ unique: true })
  @Column({ length: 64 })
  code: string;

  @Field()
  @Column({ length: 500 })
  title: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Issuing decision number, e.g. 3590/QĐ-UBND' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => ID, { nullable: true, description: 'Agency that signed the decision' })
  @Column({ type: 'uuid', nullable: true })
  signerAgencyId: string | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  signerAgency?: Agency | null;

  @Field(() => ID, { description: 'Agency whose plan this is; scope of the plan' })
  @Index()
  @Column({ type: 'uuid' })
  ownerAgencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  ownerAgency?: Agency;

  @Field(() => PlanStatus)
  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Field(() => ID, { nullable: true, description: 'The plan this one was derived from' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentPlanId: string | null;

  @ManyToOne(() => Plan, { nullable: true, onDelete: 'RESTRICT' })
  parentPlan?: Plan | null;

  @Column({ type: 'text', default: '' })
  searchText: string;
}
