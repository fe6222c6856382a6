import { Injectable } from '@nestjs/common';
import { addDays, ParFrameworkStatus, parTargetGroupOf } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { paginate } from '../common/graphql/keyset-pagination';
import { Lang } from '../common/i18n/messages';
import { todayInVietnam } from '../common/time/vietnam-time';
import { OpenParCycleInput } from './dto/par-assessment.input';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';
import { ParCycle } from './par-cycle.entity';
import { ParFramework } from './par-framework.entity';
import { checkedCouncil } from './par-council';
import { frameworkProblems } from './par-framework-problems';
import { ParFrameworksService } from './par-frameworks.service';

/**
 * The yearly PAR Index cycles of a province. Seen in the province only, like its frameworks; opened by the
 * coordinator, which locks the frameworks it uses and gives every agency of their groups an assessment.
 */
@Injectable()
export class ParCyclesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly frameworks: ParFrameworksService,
    private readonly audit: AuditService,
  ) {}

  async findOne(actor: Actor, id: string, em: EntityManager = this.dataSource.manager): Promise<ParCycle> {
    const cycle = await em.findOne(ParCycle, { where: { id } });
    const root = this.scope.readRoot(actor);
    if (!cycle || (root !== null && cycle.provinceId !== root)) throw notFound('ParCycle', id);
    return cycle;
  }

  async list(actor: Actor, year: number | undefined, page: { first?: number; after?: string | null }) {
    const query = this.dataSource.getRepository(ParCycle).createQueryBuilder('c');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere('c.province_id = :root', { root });
    if (year !== undefined) query.andWhere('c.year = :year', { year });
    const keys = [
      { expression: 'c.year', value: (c: ParCycle) => c.year },
      { expression: 'c.id', value: (c: ParCycle) => c.id },
    ];
    return paginate<ParCycle>(query, keys, page, true);
  }

  async open(caller: Caller, input: OpenParCycleInput, lang: Lang = 'vi'): Promise<ParCycle> {
    const dueYear = Number(input.selfAssessmentDue.slice(0, 4));
    if (dueYear < input.year || dueYear > input.year + 1)
      throw badField('selfAssessmentDue', 'parIndex.dueDate', { year: input.year });
    const appraisalDue = input.appraisalDue ?? addDays(input.selfAssessmentDue, 30);
    const publicationDue = input.publicationDue ?? addDays(appraisalDue, 30);
    if (appraisalDue < input.selfAssessmentDue) throw badField('appraisalDue', 'parIndex.dueOrder');
    if (publicationDue < appraisalDue) throw badField('publicationDue', 'parIndex.dueOrder');
    return this.dataSource.transaction(async (em) => {
      const provinceId = await this.frameworks.assertCanCreateIn(caller, input.provinceId, em);
      // One cycle a year: two coordinators opening it at once must not both pass the check below.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('par_cycle:' || $1))`, [provinceId]);
      if (await em.exists(ParCycle, { where: { provinceId, year: input.year } }))
        throw badField('year', 'parIndex.cycleExists', { year: input.year });
      const frameworks = await this.checkedFrameworks(em, provinceId, input, lang);
      const councilUserIds = await checkedCouncil(
        em,
        this.tree,
        provinceId,
        input.councilUserIds ?? [],
        'councilUserIds',
      );
      const cycle = await em.save(
        em.create(ParCycle, {
          provinceId,
          year: input.year,
          name: input.name.trim(),
          selfAssessmentDue: input.selfAssessmentDue,
          appraisalDue,
          explanationDays: input.explanationDays ?? 5,
          publicationDue,
          councilUserIds,
          surveyHeld: input.surveyHeld ?? true,
          frameworkIds: frameworks.map((f) => f.id),
        }),
      );
      const created = await this.createAssessments(em, cycle, frameworks);
      await this.audit.record(em, caller, {
        action: 'parCycle.open',
        entityType: 'ParCycle',
        entityId: cycle.id,
        after: { ...cycle, assessments: created },
      });
      return cycle;
    });
  }

  /** The frameworks named: of the province and the year, one per group; DRAFTs that add up are locked here. */
  private async checkedFrameworks(
    em: EntityManager,
    provinceId: string,
    input: OpenParCycleInput,
    lang: Lang,
  ) {
    const ids = [...new Set(input.frameworkIds)];
    const found = await em.find(ParFramework, {
      where: { id: In(ids) },
      lock: { mode: 'pessimistic_write' },
    });
    const frameworks = ids.map((id) => {
      const framework = found.find((f) => f.id === id && f.provinceId === provinceId);
      if (!framework) throw badField('frameworkIds', 'common.notFound', { entity: 'ParFramework', id });
      if (framework.year !== input.year)
        throw badField('frameworkIds', 'parIndex.frameworkYear', {
          name: framework.name,
          frameworkYear: framework.year,
          year: input.year,
        });
      return framework;
    });
    if (new Set(frameworks.map((f) => f.targetGroup)).size !== frameworks.length)
      throw badField('frameworkIds', 'parIndex.frameworkGroupTwice');
    for (const framework of frameworks.filter((f) => f.status === ParFrameworkStatus.DRAFT)) {
      const criteria = await em.find(ParCriterion, { where: { frameworkId: framework.id } });
      const problems = frameworkProblems(framework, criteria, lang);
      if (problems.length > 0)
        throw badField('frameworkIds', 'parIndex.cannotLock', {
          count: problems.length,
          first: problems[0].message,
        });
      await em.update(
        ParFramework,
        { id: framework.id },
        { status: ParFrameworkStatus.LOCKED, lockedAt: new Date() },
      );
    }
    return frameworks;
  }

  /**
   * An assessment for every agency of the province in a group with a framework, as the hierarchy stood at the
   * end of the year (or today, for the current year): merged or abolished agencies are not scored.
   */
  private async createAssessments(em: EntityManager, cycle: ParCycle, frameworks: ParFramework[]) {
    const today = todayInVietnam();
    const yearEnd = `${cycle.year}-12-31`;
    const ids = await this.tree.subtreeIds(
      cycle.provinceId,
      { validOn: yearEnd < today ? yearEnd : today },
      em,
    );
    const agencies = ids.length ? await em.find(Agency, { where: { id: In(ids) } }) : [];
    const frameworkOf = new Map(frameworks.map((f) => [f.targetGroup, f.id]));
    const rows = agencies.flatMap((agency) => {
      const group = parTargetGroupOf(agency);
      const frameworkId = group ? frameworkOf.get(group) : undefined;
      return frameworkId ? [{ cycleId: cycle.id, agencyId: agency.id, frameworkId }] : [];
    });
    if (rows.length) await em.insert(ParAssessment, rows);
    return rows.length;
  }
}
