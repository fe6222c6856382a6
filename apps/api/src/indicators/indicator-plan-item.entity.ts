import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanItem } from '../plans/plan-item.entity';
import { Indicator } from './indicator.entity';

/** Plan items (tasks, results) whose completion the indicator measures. */
@Entity('indicator_plan_item')
export class IndicatorPlanItem {
  @PrimaryColumn({ type: 'uuid' })
  indicatorId: string;

  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  indicator?: Indicator;

  @ManyToOne(() => PlanItem, { onDelete: 'CASCADE' })
  item?: PlanItem;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
