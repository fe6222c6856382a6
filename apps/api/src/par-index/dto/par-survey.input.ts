import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsUUID, ValidateNested } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { IsText } from '../../common/validation/validators';
import { ParXlsxFileInput } from './par-xlsx-file.input';

/** A filled survey points template (par-survey-xlsx.ts) for a cycle. */
@InputType()
export class ImportParSurveyPointsInput extends ParXlsxFileInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  cycleId: string;
}

/** One survey item of the cycle's frameworks and the survey whose results give its points. */
@InputType()
export class ParSurveySourceInput {
  @Field({ description: 'The code of a SURVEY item, e.g. "8.1" (every framework of the cycle that has it)' })
  @IsText(50)
  criterionCode: string;

  @Field(() => ID, { description: "The survey whose satisfaction of each agency gives the item's points" })
  @IsUUID('all', msg('validation.uuid'))
  surveyId: string;
}

/** Survey items' points from satisfaction surveys held in partrack (instead of a filled template). */
@InputType()
export class ApplyParSurveyResultsInput {
  @Field(() => ID)
  @IsUUID('all', msg('validation.uuid'))
  cycleId: string;

  @Field(() => [ParSurveySourceInput])
  @IsArray()
  @ArrayMinSize(1, msg('validation.notEmptyList'))
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ParSurveySourceInput)
  sources: ParSurveySourceInput[];

  @Field({ defaultValue: true, description: 'Check only; nothing is written' })
  @IsBoolean()
  dryRun: boolean;
}
