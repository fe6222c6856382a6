import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { RecordSurveyMeasurementsInput } from './dto/survey-measurements.input';
import { SurveyMeasurementsResult } from './survey-measurements.model';
import { SurveyMeasurementsService } from './survey-measurements.service';

@Resolver()
export class SurveyMeasurementsResolver {
  constructor(private readonly measurements: SurveyMeasurementsService) {}

  @Mutation(() => SurveyMeasurementsResult, {
    description:
      "A survey's satisfaction per agency as DRAFT figures of an indicator's period (then submitted and reviewed as usual)",
  })
  @RequirePermission(Permission.SURVEY_MANAGE)
  recordSurveyMeasurements(
    @CurrentCaller() caller: Caller,
    @Args('input') input: RecordSurveyMeasurementsInput,
  ): Promise<SurveyMeasurementsResult> {
    return this.measurements.record(caller, input);
  }
}
