import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportKind, ReportingPeriod as SharedReportingPeriod } from '@partrack/shared';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(ReportKind, { name: 'ReportKind' });

/** One periodic report of the national rule, with the province's internal due dates. */
@ObjectType()
export class ReportingPeriod {
  @Field(() => ReportKind)
  kind: ReportKind;

  @Field(() => Int)
  year: number;

  @Field()
  period: string;

  @Field(() => LocalDateScalar)
  dataFrom: string;

  @Field(() => LocalDateScalar)
  dataTo: string;

  @Field(() => LocalDateScalar, {
    description: 'Legal date of the province report (day 20 of the last month)',
  })
  dueDate: string;

  @Field(() => LocalDateScalar)
  dueProvince: string;

  @Field(() => LocalDateScalar)
  dueDistrict: string;

  @Field(() => LocalDateScalar)
  dueCommune: string;
}

export function toReportingPeriod(p: SharedReportingPeriod): ReportingPeriod {
  return {
    kind: p.kind,
    year: p.year,
    period: p.period,
    dataFrom: p.window.from,
    dataTo: p.window.to,
    dueDate: p.dueDate,
    dueProvince: p.internalDueDates.PROVINCE,
    dueDistrict: p.internalDueDates.DISTRICT,
    dueCommune: p.internalDueDates.COMMUNE,
  };
}
