import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanItem } from '../plans/plan-item.entity';
import { Indicator } from './indicator.entity';

/** Plan items (tasks, results) whose completion the indicator measures. */
@Entity('indicator_plan_item')
export class IndicatorPlanItem {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Indicator;

  @ManyToOne(() => PlanItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItem;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
