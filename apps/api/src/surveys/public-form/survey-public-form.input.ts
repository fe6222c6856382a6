import { SURVEY_LEVEL_COUNT, SURVEY_NO_ANSWER } from '@partrack/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { msg } from '../../common/validation/validation-messages';
import { MAX_SURVEY_QUESTIONS } from '../dto/survey.input';

/**
 * The body of the public form's POST (REST, validated by the app's ValidationPipe like every input): a client's
 * mistake is BAD_USER_INPUT naming the field (`answers.2.level`) before anything is read or written. No
 * implicit conversion: "4" is not 4.
 */
export class SurveyFormAnswerInput {
  @IsDefined(msg('validation.required'))
  @IsUUID('all', msg('validation.uuid'))
  questionId: string;

  @IsDefined(msg('validation.required'))
  @IsInt(msg('surveyForm.level'))
  @Min(SURVEY_NO_ANSWER, msg('surveyForm.level'))
  @Max(SURVEY_LEVEL_COUNT, msg('surveyForm.level'))
  level: number;
}

export class SurveyFormSubmissionInput {
  @IsDefined(msg('validation.required'))
  @IsArray(msg('validation.invalid'))
  // At most one answer per question: a longer list must repeat one (the service names which).
  @ArrayMaxSize(MAX_SURVEY_QUESTIONS, msg('validation.invalid'))
  @ValidateNested({ each: true })
  @Type(() => SurveyFormAnswerInput)
  answers: SurveyFormAnswerInput[];
}
