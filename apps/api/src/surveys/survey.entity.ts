import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SurveyScope, SurveySector, SurveyStatus } from '@partrack/shared';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { BaseEntity } from '../database/base.entity';

registerEnumType(SurveyScope, { name: 'SurveyScope' });
registerEnumType(SurveySector, { name: 'SurveySector' });
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });

/**
 * A satisfaction survey (khảo sát sự hài lòng, SIPAS-style) of a province: its questions grouped into aspects,
 * asked about one agency's desk, a service sector or the whole province, for one period. Questions change only
 * while it is a DRAFT, because results refer to them.
 */
@ObjectType()
@Entity('survey')
@Index(['provinceId', 'year'])
@Check(`"year" BETWEEN 2000 AND 2999`)
@Check(`"satisfied_levels" BETWEEN 1 AND 4`)
@Check(`("scope" = 'AGENCY') = ("agency_id" IS NOT NULL)`)
@Check(`("scope" = 'SECTOR') = ("sector" IS NOT NULL)`)
export class Survey extends BaseEntity {
  @Field(() => ID, { description: 'Root agency of the province' })
  @Column({ type: 'uuid' })
  provinceId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  province?: Agency;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field({ description: 'The period surveyed: 2022, 2022-H1 or 2022-Q3, inside the year' })
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Field()
  @Column({ length: 300 })
  title: string;

  @Field(() => SurveyScope)
  @Column({ type: 'enum', enum: SurveyScope, enumName: 'survey_scope' })
  scope: SurveyScope;

  @Field(() => ID, { nullable: true, description: 'The agency asked about, for an AGENCY survey' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT', nullable: true })
  agency?: Agency | null;

  @Field(() => SurveySector, { nullable: true, description: 'The service sector, for a SECTOR survey' })
  @Column({ type: 'enum', enum: SurveySector, enumName: 'survey_sector', nullable: true })
  sector: SurveySector | null;

  @Field(() => Int, {
    description: 'How many top levels of the scale count as satisfied: 2 = "hài lòng" and "rất hài lòng"',
  })
  @Column({ type: 'smallint', default: 2 })
  satisfiedLevels: number;

  @Field(() => SurveyStatus)
  @Column({ type: 'enum', enum: SurveyStatus, enumName: 'survey_status', default: SurveyStatus.DRAFT })
  status: SurveyStatus;

  @Field({ description: 'A sample shipped with partrack (khảo sát mẫu), not a real survey' })
  @Column({ default: false })
  isSample: boolean;
}
