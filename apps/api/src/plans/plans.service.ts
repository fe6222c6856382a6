import { versionedWrite } from '../database/versioned-update';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { foldVietnamese, PlanStatus } from '@partrack/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { escapeLike } from '../common/sql/escape-like';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { subtreeCondition } from '../agencies/agency-tree.repository';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { definedFields } from '../common/object/defined-fields';
import { CreatePlanInput, PlanFilter, UpdatePlanInput } from './dto/plan.input';
import { Plan } from './plan.entity';

export const planSearchText = (code: string, title: string) => foldVietnamese(`${code} ${title}`);

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly audit: AuditService,
  ) {}

  /** A plan is readable when its owner agency is. */
  async findOne(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<Plan> {
    const plan = await manager.findOne(Plan, { where: { id } });
    if (!plan || !(await this.scope.canRead(actor, plan.ownerAgencyId, manager))) throw notFound('Plan', id);
    return plan;
  }

  /** For writes: readable, and the owner agency inside the caller's write scope. */
  async findWritable(caller: Caller, id: string, manager: EntityManager): Promise<Plan> {
    const plan = await this.findOne(caller.actor, id, manager);
    await this.scope.assertCanWrite(caller.actor, plan.ownerAgencyId, manager);
    return plan;
  }

  list(
    actor: Actor,
    filter: PlanFilter = {},
    page: { first?: number; after?: string | null },
  ): Promise<Connection<Plan>> {
    const query = this.plans
      .createQueryBuilder('plan')
      .innerJoin(Agency, 'owner', 'owner.id = plan.owner_agency_id');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere(subtreeCondition('owner'), { scopeRoot: root });
    if (filter.year) query.andWhere('plan.year = :year', { year: filter.year });
    if (filter.status) query.andWhere('plan.status = :status', { status: filter.status });
    if (filter.ownerAgencyId)
      query.andWhere('plan.owner_agency_id = :owner', { owner: filter.ownerAgencyId });
    if (filter.search?.trim()) {
      query.andWhere(`plan.search_text LIKE :s ESCAPE '\\'`, {
        s: `%${escapeLike(foldVietnamese(filter.search))}%`,
      });
    }
    return paginate(
      query,
      [
        { expression: 'plan.year', value: (p) => -p.year },
        { expression: 'plan.code', value: (p) => p.code },
        { expression: 'plan.id', value: (p) => p.id },
      ],
      page,
    );
  }

  /**
   * The signing agency must be one the caller can read: another province's would show its name through
   * `signerAgency`, so it answers like an id that names nothing.
   */
  private async assertSignerReadable(
    em: EntityManager,
    actor: Actor,
    id: string | null | undefined,
  ): Promise<void> {
    if (!id) return;
    if (!(await em.exists(Agency, { where: { id } })) || !(await this.scope.canRead(actor, id, em)))
      throw badField('signerAgencyId', 'common.notFound', { entity: 'Agency', id });
  }

  private async assertCodeFree(em: EntityManager, code: string): Promise<void> {
    if (await em.exists(Plan, { where: { code } }))
      throw badField('code', 'common.duplicate', { value: code });
  }

  async create(caller: Caller, input: CreatePlanInput, manager?: EntityManager): Promise<Plan> {
    const work = async (em: EntityManager) => {
      if (!(await this.scope.canRead(caller.actor, input.ownerAgencyId, em)))
        throw notFound('Agency', input.ownerAgencyId);
      await this.scope.assertCanWrite(caller.actor, input.ownerAgencyId, em);
      await this.assertSignerReadable(em, caller.actor, input.signerAgencyId);
      await this.assertCodeFree(em, input.code);
      const saved = await em.save(
        em.create(Plan, {
          code: input.code,
          title: input.title.trim(),
          year: input.year,
          ownerAgencyId: input.ownerAgencyId,
          decisionNumber: input.decisionNumber ?? null,
          decisionDate: input.decisionDate ?? null,
          signerAgencyId: input.signerAgencyId ?? null,
          status: PlanStatus.DRAFT,
          parentPlanId: null,
          searchText: planSearchText(input.code, input.title),
        }),
      );
      await this.audit.record(em, caller, {
        action: 'plan.create',
        entityType: 'Plan',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  async update(caller: Caller, input: UpdatePlanInput): Promise<Plan> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findWritable(caller, input.id, em);
      await this.assertSignerReadable(em, caller.actor, input.signerAgencyId);
      const { title, status, decisionNumber, decisionDate, signerAgencyId } = input;
      const patch: Partial<Plan> = definedFields({ status, decisionNumber, decisionDate, signerAgencyId });
      if (title !== undefined) {
        patch.title = title.trim();
        patch.searchText = planSearchText(before.code, patch.title);
      }
      await versionedWrite(em, Plan, before.id, input.version, patch);
      const after = await em.findOneOrFail(Plan, { where: { id: before.id } });
      await this.audit.record(em, caller, {
        action: 'plan.update',
        entityType: 'Plan',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }
}
