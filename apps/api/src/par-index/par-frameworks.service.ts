import { Injectable } from '@nestjs/common';
import { checkBands, DEFAULT_PAR_BANDS, ParBand, ParFrameworkStatus } from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Lang } from '../common/i18n/messages';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { versionedUpdate } from '../database/versioned-update';
import {
  CreateParFrameworkInput,
  LockParFrameworkInput,
  ParFrameworkFilter,
  UpdateParFrameworkInput,
} from './dto/par-framework.input';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworkProblem } from './par-framework.model';
import { frameworkProblems } from './par-framework-problems';

/** Ranking bands from the input: checked, highest minimum first. */
export function bandsFrom(input: ParBand[] | undefined, fallback: readonly ParBand[]): ParBand[] {
  const bands = (input ?? fallback).map((b) => ({
    code: b.code.trim(),
    label: b.label.trim(),
    minIndex: b.minIndex,
  }));
  if (checkBands(bands).length > 0) throw badField('bands', 'parIndex.bands');
  return bands.sort((a, b) => b.minIndex - a.minIndex);
}

/**
 * Criteria frameworks of the PAR Index. A framework belongs to one province and is seen only there, like
 * agency groups; outside it, it answers exactly as an id that names nothing. Only DRAFT frameworks change.
 */
@Injectable()
export class ParFrameworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  private visibleTo(actor: Actor, framework: Pick<ParFramework, 'provinceId'>): boolean {
    const root = this.scope.readRoot(actor);
    return root === null || framework.provinceId === root;
  }

  async findOne(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ParFramework> {
    const framework = await em.findOne(ParFramework, { where: { id } });
    if (!framework || !this.visibleTo(actor, framework)) throw notFound('ParFramework', id);
    return framework;
  }

  /**
   * The framework for a change: visible, writable by the caller, still a DRAFT, and locked FOR UPDATE so that
   * edits of its items, the count of items and locking it run one after another.
   */
  async findDraftForUpdate(
    caller: Caller,
    id: string,
    em: EntityManager,
    field = 'id',
  ): Promise<ParFramework> {
    const found = await this.findOne(caller.actor, id, em);
    await this.scope.assertCanWrite(caller.actor, found.provinceId, em, () => notFound('ParFramework', id));
    const framework = await em.findOneOrFail(ParFramework, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (framework.status !== ParFrameworkStatus.DRAFT) throw badField(field, 'parIndex.frameworkLocked');
    return framework;
  }

  async list(
    actor: Actor,
    filter: ParFrameworkFilter | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<ParFramework>> {
    const query = this.dataSource.getRepository(ParFramework).createQueryBuilder('f');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere('f.province_id = :root', { root });
    if (filter?.year !== undefined) query.andWhere('f.year = :year', { year: filter.year });
    if (filter?.targetGroup) query.andWhere('f.target_group = :group', { group: filter.targetGroup });
    return paginate(
      query,
      [
        { expression: 'f.year', value: (f) => f.year },
        { expression: 'f.created_at', value: (f) => f.createdAt },
        { expression: 'f.id', value: (f) => f.id },
      ],
      page,
      true,
    );
  }

  /** Frameworks by id, unscoped: for the relations of rows already read in scope (DataLoader). */
  byIds(ids: readonly string[]): Promise<ParFramework[]> {
    return ids.length
      ? this.dataSource.getRepository(ParFramework).findBy({ id: In([...ids]) })
      : Promise.resolve([]);
  }

  /** Items of each framework in tree order (depth first, siblings by position): one statement for a page. */
  async criteriaOf(frameworkIds: readonly string[]): Promise<Map<string, ParCriterion[]>> {
    const rows = frameworkIds.length
      ? await this.dataSource.getRepository(ParCriterion).find({
          where: { frameworkId: In([...frameworkIds]) },
          order: { position: 'ASC', code: 'ASC' },
        })
      : [];
    const children = new Map<string | null, ParCriterion[]>();
    for (const row of rows) {
      const key = row.parentId ?? `root:${row.frameworkId}`;
      children.set(key, [...(children.get(key) ?? []), row]);
    }
    const result = new Map<string, ParCriterion[]>();
    const visit = (list: ParCriterion[], out: ParCriterion[]) => {
      for (const row of list) {
        out.push(row);
        visit(children.get(row.id) ?? [], out);
      }
    };
    for (const id of frameworkIds) {
      const out: ParCriterion[] = [];
      visit(children.get(`root:${id}`) ?? [], out);
      result.set(id, out);
    }
    return result;
  }

  async problems(framework: ParFramework, lang: Lang): Promise<ParFrameworkProblem[]> {
    const criteria = (await this.criteriaOf([framework.id])).get(framework.id) ?? [];
    return frameworkProblems(framework, criteria, lang);
  }

  /** The province a new framework belongs to: the one named (a root the caller may write in), else the caller's. */
  private async provinceFor(em: EntityManager, actor: Actor, requested: string | undefined): Promise<string> {
    const provinceId = requested ?? actor.provinceRootId;
    if (!provinceId) throw badField('provinceId', 'validation.required');
    const province = await em.findOne(Agency, { where: { id: provinceId } });
    if (!province || !(await this.scope.canRead(actor, provinceId, em)))
      throw badField('provinceId', 'common.notFound', { entity: 'Agency', id: provinceId });
    if (province.parentId !== null) throw badField('provinceId', 'parIndex.notAProvince');
    await this.scope.assertCanWrite(actor, provinceId, em);
    return provinceId;
  }

  /** Where the caller may create a framework: the province named, else the caller's (see provinceFor). */
  async assertCanCreateIn(
    caller: Caller,
    requested: string | undefined,
    em: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    return this.provinceFor(em, caller.actor, requested);
  }

  /** The next revision of a year and group, under a per-province lock so two creations never take the same. */
  async nextRevision(
    em: EntityManager,
    framework: Pick<ParFramework, 'provinceId' | 'year' | 'targetGroup'>,
  ) {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('par_framework:' || $1))`, [framework.provinceId]);
    const [{ max }]: { max: number | null }[] = await em.query(
      'SELECT max(revision) AS max FROM par_framework WHERE province_id = $1 AND year = $2 AND target_group = $3',
      [framework.provinceId, framework.year, framework.targetGroup],
    );
    return (max ?? 0) + 1;
  }

  async create(caller: Caller, input: CreateParFrameworkInput, isSample = false): Promise<ParFramework> {
    const bands = bandsFrom(input.bands, DEFAULT_PAR_BANDS);
    return this.dataSource.transaction(async (em) => {
      const provinceId = await this.provinceFor(em, caller.actor, input.provinceId);
      const fields = { provinceId, year: input.year, targetGroup: input.targetGroup };
      const saved = await em.save(
        em.create(ParFramework, {
          ...fields,
          revision: await this.nextRevision(em, fields),
          name: input.name.trim(),
          decisionNumber: input.decisionNumber?.trim() || null,
          totalPoints: input.totalPoints ?? 100,
          bands,
          isSample,
        }),
      );
      await this.audit.record(em, caller, {
        action: 'parFramework.create',
        entityType: 'ParFramework',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  async update(caller: Caller, input: UpdateParFrameworkInput): Promise<ParFramework> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findDraftForUpdate(caller, input.id, em);
      const after = await versionedUpdate(em, ParFramework, before.id, input.version, {
        name: input.name?.trim() ?? before.name,
        decisionNumber:
          input.decisionNumber === undefined ? before.decisionNumber : input.decisionNumber?.trim() || null,
        totalPoints: input.totalPoints ?? before.totalPoints,
        bands: input.bands ? bandsFrom(input.bands, []) : before.bands,
      });
      await this.audit.record(em, caller, {
        action: 'parFramework.update',
        entityType: 'ParFramework',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Deletes a DRAFT framework with its items. */
  async remove(caller: Caller, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findDraftForUpdate(caller, id, em);
      await em.delete(ParFramework, { id });
      await this.audit.record(em, caller, {
        action: 'parFramework.delete',
        entityType: 'ParFramework',
        entityId: id,
        before,
      });
      return true;
    });
  }

  /** Locks a framework whose items add up; the first problem is named when they do not. */
  async lock(caller: Caller, input: LockParFrameworkInput, lang: Lang): Promise<ParFramework> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findDraftForUpdate(caller, input.id, em);
      const criteria = await em.find(ParCriterion, { where: { frameworkId: before.id } });
      const problems = frameworkProblems(before, criteria, lang);
      if (problems.length > 0)
        throw badField('id', 'parIndex.cannotLock', { count: problems.length, first: problems[0].message });
      const after = await versionedUpdate(em, ParFramework, before.id, input.version, {
        status: ParFrameworkStatus.LOCKED,
        lockedAt: new Date(),
      });
      await this.audit.record(em, caller, {
        action: 'parFramework.lock',
        entityType: 'ParFramework',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }
}
