import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InspectionPlanStatus } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { BaseEntity } from '../database/base.entity';

registerEnumType(InspectionPlanStatus, { name: 'InspectionPlanStatus' });

/**
 * A province's yearly inspection plan (kế hoạch kiểm tra CCHC): a coverage target per level and the agencies
 * to visit. The coordinator adjusts a DRAFT; approval freezes the list (the visits then go on).
 */
@ObjectType()
@Entity('inspection_plan')
@Index(['provinceId', 'year'], { unique: true })
@Check(`"year" BETWEEN 2000 AND 2999`)
@Check(`"coverage_province" BETWEEN 0 AND 100`)
@Check(`"coverage_district" BETWEEN 0 AND 100`)
@Check(`"coverage_commune" BETWEEN 0 AND 100`)
export class InspectionPlan extends BaseEntity {
  @Field(() => ID, { description: 'Root agency of the province' })
  @Column({ type: 'uuid' })
  provinceId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  province?: Agency;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => Int, { description: 'Whole percent of the departments (province level) to inspect' })
  @Column({ type: 'smallint', default: 30 })
  coverageProvince: number;

  @Field(() => Int, { description: 'Whole percent of the district people’s committees to inspect' })
  @Column({ type: 'smallint', default: 30 })
  coverageDistrict: number;

  @Field(() => Int, { description: 'Whole percent of the commune people’s committees to inspect' })
  @Column({ type: 'smallint', default: 30 })
  coverageCommune: number;

  @Field(() => InspectionPlanStatus)
  @Column({
    type: 'enum',
    enum: InspectionPlanStatus,
    enumName: 'inspection_plan_status',
    default: InspectionPlanStatus.DRAFT,
  })
  status: InspectionPlanStatus;
}
