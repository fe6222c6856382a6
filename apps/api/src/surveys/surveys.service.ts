import { Injectable } from '@nestjs/common';
import { DEFAULT_SATISFIED_LEVELS, SurveyStatus } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { versionedUpdate } from '../database/versioned-update';
import { CreateSurveyInput, SurveyFilter, UpdateSurveyInput } from './dto/survey.input';
import { checkedPeriod, checkScope, checkStatusChange, questionRows } from './survey-definition';
import { SurveyQuestion } from './survey-question.entity';
import { Survey } from './survey.entity';

/**
 * Satisfaction survey definitions. A survey belongs to one province and is seen only there; outside it, it
 * answers exactly as an id that names nothing. Coordinators of the province write them.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly audit: AuditService,
  ) {}

  private visibleTo(actor: Actor, survey: Pick<Survey, 'provinceId'>): boolean {
    const root = this.scope.readRoot(actor);
    return root === null || survey.provinceId === root;
  }

  async findOne(actor: Actor, id: string, em: EntityManager = this.dataSource.manager): Promise<Survey> {
    const survey = await em.findOne(Survey, { where: { id } });
    if (!survey || !this.visibleTo(actor, survey)) throw notFound('Survey', id);
    return survey;
  }

  /** The survey for a change: visible, writable by the caller, locked FOR UPDATE. */
  async findForUpdate(caller: Caller, id: string, em: EntityManager): Promise<Survey> {
    const found = await this.findOne(caller.actor, id, em);
    await this.scope.assertCanWrite(caller.actor, found.provinceId, em, () => notFound('Survey', id));
    return em.findOneOrFail(Survey, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(
    actor: Actor,
    filter: SurveyFilter | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Survey>> {
    const query = this.dataSource.getRepository(Survey).createQueryBuilder('s');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere('s.province_id = :root', { root });
    if (filter?.year !== undefined) query.andWhere('s.year = :year', { year: filter.year });
    if (filter?.status) query.andWhere('s.status = :status', { status: filter.status });
    return paginate(
      query,
      [
        { expression: 's.year', value: (s) => s.year },
        { expression: 's.created_at', value: (s) => s.createdAt },
        { expression: 's.id', value: (s) => s.id },
      ],
      page,
      true,
    );
  }

  /** Questions of each survey in order: one statement for a page of surveys (DataLoader). */
  async questionsOf(surveyIds: readonly string[]): Promise<Map<string, SurveyQuestion[]>> {
    const rows = surveyIds.length
      ? await this.dataSource.getRepository(SurveyQuestion).find({
          where: { surveyId: In([...surveyIds]) },
          order: { position: 'ASC' },
        })
      : [];
    const result = new Map<string, SurveyQuestion[]>(surveyIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.surveyId)?.push(row);
    return result;
  }

  /** The province a new survey belongs to: the one named (a root the caller may write in), else the caller's. */
  private async provinceFor(em: EntityManager, actor: Actor, requested: string | undefined): Promise<string> {
    const provinceId = requested ?? actor.provinceRootId;
    if (!provinceId) throw badField('provinceId', 'validation.required');
    const ancestors = await this.tree.ancestorIds(provinceId, em);
    if (ancestors.length === 0 || !(await this.scope.canRead(actor, provinceId, em)))
      throw badField('provinceId', 'common.notFound', { entity: 'Agency', id: provinceId });
    if (ancestors.length > 1) throw badField('provinceId', 'parIndex.notAProvince');
    await this.scope.assertCanWrite(actor, provinceId, em);
    return provinceId;
  }

  /** The agency an AGENCY survey asks about: in the survey's province, or it names nothing. */
  private async checkAgency(em: EntityManager, agencyId: string, provinceId: string): Promise<void> {
    if (!(await this.tree.ancestorIds(agencyId, em)).includes(provinceId))
      throw badField('agencyId', 'common.notFound', { entity: 'Agency', id: agencyId });
  }

  async create(caller: Caller, input: CreateSurveyInput, isSample = false): Promise<Survey> {
    checkScope(input);
    const period = checkedPeriod(input.period, input.year);
    const questions = questionRows(input.questions);
    return this.dataSource.transaction(async (em) => {
      const provinceId = await this.provinceFor(em, caller.actor, input.provinceId);
      if (input.agencyId) await this.checkAgency(em, input.agencyId, provinceId);
      const saved = await em.save(
        em.create(Survey, {
          provinceId,
          year: input.year,
          period,
          title: input.title.trim(),
          scope: input.scope,
          agencyId: input.agencyId ?? null,
          sector: input.sector ?? null,
          satisfiedLevels: input.satisfiedLevels ?? DEFAULT_SATISFIED_LEVELS,
          isSample,
        }),
      );
      await em.insert(
        SurveyQuestion,
        questions.map((q) => ({ ...q, surveyId: saved.id })),
      );
      await this.audit.record(em, caller, {
        action: 'survey.create',
        entityType: 'Survey',
        entityId: saved.id,
        after: { ...saved, questions },
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateSurveyInput): Promise<Survey> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findForUpdate(caller, input.id, em);
      const period = input.period === undefined ? before.period : checkedPeriod(input.period, before.year);
      const status = checkStatusChange(before.status, input.status);
      const questions = input.questions ? questionRows(input.questions) : null;
      if (questions && before.status !== SurveyStatus.DRAFT) throw badField('questions', 'survey.notDraft');
      const after = await versionedUpdate(em, Survey, before.id, input.version, {
        period,
        status,
        title: input.title?.trim() ?? before.title,
        satisfiedLevels: input.satisfiedLevels ?? before.satisfiedLevels,
      });
      if (questions) {
        // A DRAFT has no results (imports need an OPEN survey), so its questions can simply be replaced.
        await em.delete(SurveyQuestion, { surveyId: before.id });
        await em.insert(
          SurveyQuestion,
          questions.map((q) => ({ ...q, surveyId: before.id })),
        );
      }
      await this.audit.record(em, caller, {
        action: 'survey.update',
        entityType: 'Survey',
        entityId: before.id,
        before,
        after: questions ? { ...after, questions } : after,
      });
      return after;
    });
  }
}
