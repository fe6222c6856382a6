import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { IsText } from '../../common/validation/validators';

/** A survey's satisfaction, agency by agency, as the figures of a satisfaction indicator (Part I, 85 %). */
@InputType()
export class RecordSurveyMeasurementsInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  surveyId: string;

  @Field(() => ID, {
    description: 'An ACTIVE indicator, best a RATIO of PERCENT (satisfied ÷ valid answers)',
  })
  @IsUUID('all', msg('validation.uuid'))
  indicatorId: string;

  @Field({ description: "The indicator's period the figures are for: 2022, 2022-H1 or 2022-Q3" })
  @IsText(10)
  period: string;
}
