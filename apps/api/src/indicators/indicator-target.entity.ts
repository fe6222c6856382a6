import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { AgencyLevel } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Indicator } from './indicator.entity';

/** An override of the plan-wide target: for a level, an agency, and/or a period (a milestone). */
@ObjectType()
@Entity('indicator_target')
@Check(`NOT ("level" IS NOT NULL AND "agency_id" IS NOT NULL)`)
export class IndicatorTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  indicator?: Indicator;

  @Field(() => AgencyLevel, { nullable: true })
  @Column({ type: 'enum', enum: AgencyLevel, enumName: 'indicator_target_level', nullable: true })
  level: AgencyLevel | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  agency?: Agency;

  @Field(() => String, { nullable: true, description: 'Milestone period, e.g. 2022-Q2; null = the year' })
  @Column({ type: 'varchar', length: 7, nullable: true })
  period: string | null;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value: number;
}
