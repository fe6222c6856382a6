import { Inject, Injectable } from '@nestjs/common';
import {
  PublicSurveyForm,
  PublicSurveyFormAspect,
  SURVEY_FORM_REASONS,
  SURVEY_LEVEL_LABELS,
  SURVEY_LEVELS,
  SURVEY_NO_ANSWER,
  SurveyResultSource,
  SurveyScope,
  SurveyStatus,
} from '@partrack/shared';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { AgencyTreeRepository } from '../../agencies/agency-tree.repository';
import { badField, DomainError, FieldProblem, badInput, notFound } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-code';
import { todayInVietnam } from '../../common/time/vietnam-time';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SurveyQuestion } from '../survey-question.entity';
import { Survey } from '../survey.entity';
import { deviceDayHash } from './survey-form-device';
import { SurveyFormSubmission } from './survey-form-submission.entity';
import { SurveyFormSubmissionInput } from './survey-public-form.input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface FormTarget {
  survey: Survey;
  agency: Agency;
}

/** The device's one submission of the day about the agency; nothing comes back when it already exists. */
const RECORD_DEVICE_DAY_SQL = `
  INSERT INTO survey_form_submission (device_day_hash, survey_id, day) VALUES ($1, $2, $3)
  ON CONFLICT (device_day_hash) DO NOTHING RETURNING device_day_hash`;

/** Adds one to each (question, level) count of the agency; one statement whatever the number of questions. */
const ADD_ANSWERS_SQL = `
  INSERT INTO survey_result (survey_id, agency_id, question_id, level, count)
  SELECT $1, $2, a.question_id, a.level, 1 FROM unnest($3::uuid[], $4::smallint[]) AS a(question_id, level)
  ON CONFLICT (survey_id, agency_id, question_id, level) DO UPDATE SET count = survey_result.count + 1`;

/** One more respondent; the source stays what it was when an import or the demo came first. */
const ADD_RESPONDENT_SQL = `
  INSERT INTO survey_respondents (survey_id, agency_id, respondents, source, updated_at)
  VALUES ($1, $2, 1, $3, now())
  ON CONFLICT (survey_id, agency_id)
  DO UPDATE SET respondents = survey_respondents.respondents + 1, updated_at = now()`;

/**
 * The public, anonymous online form of an OPEN survey for one agency it covers (docs/surveys.md "The online
 * form"). No caller: anything that is not an open survey and a covered agency answers NOT_FOUND exactly like an
 * id that names nothing. A submission only adds to the counts, so no answer of a person is kept.
 */
@Injectable()
export class SurveyPublicFormService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tree: AgencyTreeRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async form(surveyId: string, agencyId: string, deviceId: string | null): Promise<PublicSurveyForm> {
    const em = this.dataSource.manager;
    const today = todayInVietnam();
    const { survey, agency } = await this.target(em, surveyId, agencyId, today);
    const questions = await this.questions(em, survey.id);
    const answeredToday =
      deviceId !== null &&
      (await em.exists(SurveyFormSubmission, {
        where: { deviceDayHash: this.hash(survey.id, agency.id, deviceId, today) },
      }));
    return {
      survey: { id: survey.id, title: survey.title, year: survey.year, period: survey.period },
      agency: { id: agency.id, name: agency.name },
      levels: SURVEY_LEVELS.map((level) => ({ level, ...SURVEY_LEVEL_LABELS[level] })),
      aspects: aspectsOf(questions),
      answeredToday,
    };
  }

  /**
   * Adds one respondent's answers to the agency's counts, once per device a day. One transaction: the survey row
   * is share-locked (parallel submissions go together; an import or a status change waits), the device-day row
   * is inserted first (a second one of the same key waits for the first and then finds it), then the counts
   * are added in place, so parallel submissions never lose one.
   */
  async submit(
    surveyId: string,
    agencyId: string,
    deviceId: string,
    input: SurveyFormSubmissionInput,
  ): Promise<void> {
    const today = todayInVietnam();
    await this.dataSource.transaction(async (em) => {
      const { survey, agency } = await this.target(em, surveyId, agencyId, today, true);
      const questions = await this.questions(em, survey.id);
      const levels = levelsByQuestion(questions, input);
      const inserted = await em.query<{ device_day_hash: string }[]>(RECORD_DEVICE_DAY_SQL, [
        this.hash(survey.id, agency.id, deviceId, today),
        survey.id,
        today,
      ]);
      if (inserted.length === 0) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'surveyForm.alreadyAnswered',
          {},
          { reason: SURVEY_FORM_REASONS.alreadyAnswered },
        );
      }
      // Sorted by question, so parallel submissions lock the count rows in the same order (no deadlock).
      const ids = [...levels.keys()].sort();
      await em.query(ADD_ANSWERS_SQL, [survey.id, agency.id, ids, ids.map((id) => levels.get(id))]);
      await em.query(ADD_RESPONDENT_SQL, [survey.id, agency.id, SurveyResultSource.ONLINE]);
    });
  }

  private hash(surveyId: string, agencyId: string, deviceId: string, day: string): string {
    return deviceDayHash(this.config.jwtSecret, surveyId, agencyId, deviceId, day);
  }

  /** The open survey and the agency it covers, or NOT_FOUND for anything else (closed, draft, foreign, ended). */
  private async target(
    em: EntityManager,
    surveyId: string,
    agencyId: string,
    today: string,
    lock = false,
  ): Promise<FormTarget> {
    if (!UUID.test(surveyId)) throw badField('surveyId', 'validation.uuid');
    if (!UUID.test(agencyId)) throw badField('agencyId', 'validation.uuid');
    const survey = await em.findOne(Survey, {
      where: { id: surveyId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!survey || survey.status !== SurveyStatus.OPEN) throw notFound('Survey', surveyId);
    const missing = () => notFound('Survey', surveyId);
    if (survey.scope === SurveyScope.AGENCY && survey.agencyId !== agencyId) throw missing();
    const agency = await em.findOne(Agency, { where: { id: agencyId } });
    if (!agency) throw missing();
    if (survey.scope !== SurveyScope.AGENCY) {
      const active = agency.validFrom <= today && (agency.validTo === null || agency.validTo > today);
      if (!active || !(await this.tree.isWithin(agency.id, survey.provinceId, em))) throw missing();
    }
    return { survey, agency };
  }

  private questions(em: EntityManager, surveyId: string): Promise<SurveyQuestion[]> {
    return em.find(SurveyQuestion, { where: { surveyId }, order: { position: 'ASC' } });
  }
}

/** Questions grouped by aspect, in the survey's order. */
export function aspectsOf(questions: readonly SurveyQuestion[]): PublicSurveyFormAspect[] {
  const aspects: { code: string; title: string; questions: { id: string; code: string; text: string }[] }[] =
    [];
  for (const q of questions) {
    let aspect = aspects.find((a) => a.code === q.aspectCode);
    if (!aspect) aspects.push((aspect = { code: q.aspectCode, title: q.aspectTitle, questions: [] }));
    aspect.questions.push({ id: q.id, code: q.code, text: q.text });
  }
  return aspects;
}

/**
 * The level of every question of the survey (0 for a question left out), or BAD_USER_INPUT naming each answer
 * that is not the survey's or repeats one, and `answers` when nothing was answered on the scale.
 */
export function levelsByQuestion(
  questions: readonly Pick<SurveyQuestion, 'id'>[],
  input: SurveyFormSubmissionInput,
): Map<string, number> {
  const levels = new Map<string, number>(questions.map((q) => [q.id, SURVEY_NO_ANSWER]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  input.answers.forEach((answer, i) => {
    const id = answer.questionId.toLowerCase();
    if (!levels.has(id))
      problems.push({ field: `answers.${i}.questionId`, key: 'surveyForm.unknownQuestion' });
    else if (seen.has(id))
      problems.push({ field: `answers.${i}.questionId`, key: 'surveyForm.duplicateQuestion' });
    else levels.set(id, answer.level);
    seen.add(id);
  });
  if (problems.length) throw badInput(problems);
  if (![...levels.values()].some((level) => level !== SURVEY_NO_ANSWER))
    throw badField('answers', 'surveyForm.empty');
  return levels;
}
