import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyLevel, ReportRoundKind } from '@partrack/shared';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { BaseEntity } from '../database/base.entity';

registerEnumType(ReportRoundKind, { name: 'ReportRoundKind' });

/**
 * One reporting round of a province (đợt báo cáo): the Q1, H1, Q3 or YEAR report of a year, or an ad hoc
 * request with its own dates. Every reporting agency gets an agency report in it.
 */
@ObjectType()
@Entity('reporting_round')
@Index(['provinceId', 'kind', 'year'], { unique: true, where: `"kind" <> 'AD_HOC'` })
export class ReportingRound extends BaseEntity {
  @Field(() => ID, { description: 'Root agency of the province' })
  @Column({ type: 'uuid' })
  provinceId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  province?: Agency;

  @Field(() => ReportRoundKind)
  @Column({ type: 'enum', enum: ReportRoundKind, enumName: 'report_round_kind' })
  kind: ReportRoundKind;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Column({ length: 300 })
  title: string;

  @Field({ description: 'Period whose results are reported, e.g. 2022-Q1' })
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Field(() => LocalDateScalar, { description: 'Data cut-off window, first day' })
  @Column({ type: 'date' })
  dataFrom: string;

  @Field(() => LocalDateScalar, { description: 'Data cut-off window, last day' })
  @Column({ type: 'date' })
  dataTo: string;

  @Field(() => LocalDateScalar, { description: "The province's own due date" })
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  dueProvince: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  dueDistrict: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  dueCommune: string;

  @Field(() => [AgencyLevel], { description: 'Levels whose agencies report in this round' })
  @Column({ type: 'enum', enum: AgencyLevel, enumName: 'report_round_level', array: true })
  levels: AgencyLevel[];
}
