import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanItemKind, PlanItemStatus, ProductType } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';
import { Plan } from './plan.entity';
import { ReformArea } from './reform-area.entity';

/**
 * One node of a plan's tree: expected result (1.x), activity (2.x), task (3.x) or project (đề án).
 * Items of a derived agency plan point at their original (sourceItemId) and read its progress.
 */
@ObjectType()
@Entity('plan_item')
@Index(['planId', 'code'], { unique: true })
@Index(['planId', 'sortOrder'])
@Check(`"progress" BETWEEN 0 AND 100`)
export class PlanItem extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  plan?: Plan;

  @Field(() => PlanItemKind)
  @Column({ type: 'enum', enum: PlanItemKind, enumName: 'plan_item_kind' })
  kind: PlanItemKind;

  @Field({ description: 'As numbered in the plan: 1.3, 2.4, 3.6, DA.1' })
  @Column({ length: 32 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: 'varchar', length: 8, nullable: true })
  areaCode: string | null;

  @ManyToOne(() => ReformArea, { nullable: true, onDelete: 'RESTRICT' })
  area?: ReformArea | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => PlanItem, { nullable: true, onDelete: 'CASCADE' })
  parent?: PlanItem | null;

  @Field(() => Int, { description: 'Position in the document' })
  @Column({ type: 'int' })
  sortOrder: number;

  @Field(() => ProductType, { nullable: true })
  @Column({ type: 'enum', enum: ProductType, enumName: 'product_type', nullable: true })
  productType: ProductType | null;

  @Field(() => String, { nullable: true, description: 'The product cell as written' })
  @Column({ type: 'text', nullable: true })
  productText: string | null;

  @Field(() => String, { nullable: true, description: 'The deadline as written: "Quý II, III", "2022"' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  dueLabel: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Index()
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  fundingText: string | null;

  @Field(() => PlanItemStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: PlanItemStatus,
    enumName: 'plan_item_status',
    default: PlanItemStatus.NOT_STARTED,
  })
  status: PlanItemStatus;

  @Field(() => Int, { description: '0–100' })
  @Column({ type: 'int', default: 0 })
  progress: number;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence document number' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  evidenceNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  evidenceDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidenceLink: string | null;

  @Field(() => ID, { nullable: true, description: 'Original item, for items of a derived agency plan' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  sourceItemId: string | null;

  @ManyToOne(() => PlanItem, { nullable: true, onDelete: 'SET NULL' })
  sourceItem?: PlanItem | null;

  /** Folded code, title and product, for search without diacritics. */
  @Column({ type: 'text', default: '' })
  searchText: string;
}
