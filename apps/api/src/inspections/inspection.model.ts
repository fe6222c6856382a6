import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyLevel } from '@partrack/shared';

@ObjectType()
export class InspectionCoverageLine {
  @Field(() => AgencyLevel, { nullable: true, description: 'null for the total' })
  level: AgencyLevel | null;

  @Field(() => Int, { description: 'Agencies the province inspects at this level' })
  agencies: number;

  @Field(() => Int, { description: 'Of them, inspected (an inspection DONE in the plan)' })
  inspected: number;

  @Field(() => Float, { description: 'inspected ÷ agencies × 100, two decimals; 0 without agencies' })
  percent: number;
}

/** The year's coverage (tỷ lệ cơ quan được kiểm tra), what result 1.14 of the plan measures. */
@ObjectType()
export class InspectionCoverageModel {
  @Field(() => ID)
  planId: string;

  @Field(() => Int)
  year: number;

  @Field(() => [InspectionCoverageLine], { description: 'Per level, departments first' })
  levels: InspectionCoverageLine[];

  @Field(() => InspectionCoverageLine)
  total: InspectionCoverageLine;
}
