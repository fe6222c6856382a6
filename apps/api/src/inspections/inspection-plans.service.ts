import { Injectable } from '@nestjs/common';
import {
  AgencyLevel,
  computeInspectionCoverage,
  DEFAULT_INSPECTION_COVERAGE,
  InspectionPlanStatus,
  InspectionStatus,
  proposeInspectionSample,
  scoreInspectionCandidate,
} from '@partrack/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AgencyScopeService } from '../agencies/agency-scope.service';
import { AgencyTreeRepository } from '../agencies/agency-tree.repository';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/context/actor';
import { Caller } from '../common/context/caller';
import { badField, notFound } from '../common/errors/domain-error';
import { Connection } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { VersionedInput } from '../common/graphql/versioned.input';
import { versionedUpdate } from '../database/versioned-update';
import {
  AdjustInspectionPlanInput,
  InspectionCoverageInput,
  InspectionPlanFilter,
  ProposeInspectionsInput,
} from './dto/inspection.input';
import { InspectionCandidatesReader, isInspectable } from './inspection-candidates.reader';
import { InspectionNotifications } from './inspection-notifications';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionCoverageModel } from './inspection.model';
import { Inspection } from './inspection.entity';

/** The plan's coverage targets by level (the sampling's input). */
function coverageByLevel(plan: InspectionCoverageInput): Partial<Record<AgencyLevel, number>> {
  return {
    [AgencyLevel.PROVINCE]: plan.coverageProvince ?? DEFAULT_INSPECTION_COVERAGE,
    [AgencyLevel.DISTRICT]: plan.coverageDistrict ?? DEFAULT_INSPECTION_COVERAGE,
    [AgencyLevel.COMMUNE]: plan.coverageCommune ?? DEFAULT_INSPECTION_COVERAGE,
  };
}

/**
 * Yearly inspection plans: proposed by the stratified sampling (libs/shared inspection-sampling.ts), adjusted by
 * the coordinator while a DRAFT, approved. Seen only in their province; elsewhere NOT_FOUND, like a missing id.
 */
@Injectable()
export class InspectionPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: AgencyScopeService,
    private readonly tree: AgencyTreeRepository,
    private readonly reader: InspectionCandidatesReader,
    private readonly audit: AuditService,
    private readonly notify: InspectionNotifications,
  ) {}

  async findOne(
    actor: Actor,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<InspectionPlan> {
    const plan = await em.findOne(InspectionPlan, { where: { id } });
    const root = this.scope.readRoot(actor);
    if (!plan || (root !== null && plan.provinceId !== root)) throw notFound('InspectionPlan', id);
    return plan;
  }

  /** The plan for a change: visible, in the caller's write scope, locked FOR UPDATE. */
  async findForUpdate(caller: Caller, id: string, em: EntityManager): Promise<InspectionPlan> {
    const found = await this.findOne(caller.actor, id, em);
    await this.scope.assertCanWrite(caller.actor, found.provinceId, em, () => notFound('InspectionPlan', id));
    return em.findOneOrFail(InspectionPlan, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  list(
    actor: Actor,
    filter: InspectionPlanFilter | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<InspectionPlan>> {
    const query = this.dataSource.getRepository(InspectionPlan).createQueryBuilder('p');
    const root = this.scope.readRoot(actor);
    if (root) query.andWhere('p.province_id = :root', { root });
    if (filter?.year !== undefined) query.andWhere('p.year = :year', { year: filter.year });
    return paginate(
      query,
      [
        { expression: 'p.year', value: (p) => p.year },
        { expression: 'p.id', value: (p) => p.id },
      ],
      page,
      true,
    );
  }

  /** The province a new plan belongs to: the one named (a root the caller may write in), else the caller's. */
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

  /**
   * The year's plan with the proposed sample. One plan per province and year: two coordinators proposing at
   * once are serialised by an advisory lock on (province, year), and the second is told the plan exists.
   */
  async propose(caller: Caller, input: ProposeInspectionsInput): Promise<InspectionPlan> {
    return this.dataSource.transaction(async (em) => {
      const provinceId = await this.provinceFor(em, caller.actor, input.provinceId);
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `inspection_plan:${provinceId}:${input.year}`,
      ]);
      if (await em.exists(InspectionPlan, { where: { provinceId, year: input.year } }))
        throw badField('year', 'inspection.planExists', { year: input.year });
      const targets = coverageByLevel(input);
      const plan = await em.save(
        em.create(InspectionPlan, {
          provinceId,
          year: input.year,
          coverageProvince: targets[AgencyLevel.PROVINCE],
          coverageDistrict: targets[AgencyLevel.DISTRICT],
          coverageCommune: targets[AgencyLevel.COMMUNE],
        }),
      );
      const agencies = await this.reader.agencies(em, provinceId, input.year);
      const candidates = await this.reader.candidates(em, provinceId, input.year, agencies);
      const proposal = proposeInspectionSample(candidates, { year: input.year, coverageByLevel: targets });
      const rows = proposal.flatMap((level) =>
        level.chosen.map((c) => ({
          planId: plan.id,
          agencyId: c.candidate.id,
          proposed: true,
          score: c.score,
          reasons: [...c.reasons],
        })),
      );
      if (rows.length) await em.insert(Inspection, rows);
      await this.audit.record(em, caller, {
        action: 'inspectionPlan.propose',
        entityType: 'InspectionPlan',
        entityId: plan.id,
        after: { ...plan, proposed: rows.map((r) => ({ agencyId: r.agencyId, reasons: r.reasons })) },
      });
      return plan;
    });
  }

  /** Agencies added (scored as the sampling would, so the list says why), inspections dropped, targets changed. */
  async adjust(caller: Caller, input: AdjustInspectionPlanInput): Promise<InspectionPlan> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findForUpdate(caller, input.id, em);
      const adding = [...new Set(input.addAgencyIds ?? [])];
      const removing = [...new Set(input.removeInspectionIds ?? [])];
      if ((adding.length || removing.length) && before.status !== InspectionPlanStatus.DRAFT)
        throw badField(adding.length ? 'addAgencyIds' : 'removeInspectionIds', 'inspection.notDraft');
      const added = await this.addable(em, before, adding);
      if (removing.length) {
        const found = await em.find(Inspection, { where: { id: In(removing), planId: before.id } });
        const missing = removing.find((id) => !found.some((f) => f.id === id));
        if (missing)
          throw badField('removeInspectionIds', 'common.notFound', { entity: 'Inspection', id: missing });
        if (found.some((f) => f.status !== InspectionStatus.PLANNED))
          throw badField('removeInspectionIds', 'inspection.notPlanned');
        await em.delete(Inspection, { id: In(removing) });
      }
      if (added.length) await em.insert(Inspection, added);
      const after = await versionedUpdate(em, InspectionPlan, before.id, input.version, {
        coverageProvince: input.coverageProvince ?? before.coverageProvince,
        coverageDistrict: input.coverageDistrict ?? before.coverageDistrict,
        coverageCommune: input.coverageCommune ?? before.coverageCommune,
      });
      await this.audit.record(em, caller, {
        action: 'inspectionPlan.adjust',
        entityType: 'InspectionPlan',
        entityId: before.id,
        before,
        after: { ...after, added: added.map((a) => a.agencyId), removed: removing },
      });
      return after;
    });
  }

  /** Rows for the agencies to add: each inspectable in the plan's province and not yet in it. */
  private async addable(em: EntityManager, plan: InspectionPlan, ids: string[]) {
    if (!ids.length) return [];
    const roots = await this.tree.provinceRoots(ids, em);
    const agencies = await em.find(Agency, { where: { id: In(ids) } });
    for (const id of ids) {
      const agency = agencies.find((a) => a.id === id);
      if (!agency || roots.get(id) !== plan.provinceId)
        throw badField('addAgencyIds', 'common.notFound', { entity: 'Agency', id });
      if (!isInspectable(agency)) throw badField('addAgencyIds', 'inspection.notInspectable', { id });
    }
    const present = await em.find(Inspection, { where: { planId: plan.id, agencyId: In(ids) } });
    if (present.length)
      throw badField('addAgencyIds', 'inspection.alreadyPlanned', { id: present[0].agencyId });
    const candidates = await this.reader.candidates(em, plan.provinceId, plan.year, agencies);
    return candidates.map((candidate) => {
      const scored = scoreInspectionCandidate(candidate, plan.year);
      return {
        planId: plan.id,
        agencyId: candidate.id,
        proposed: false,
        score: scored.score,
        reasons: [...scored.reasons],
      };
    });
  }

  async approve(caller: Caller, input: VersionedInput): Promise<InspectionPlan> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.findForUpdate(caller, input.id, em);
      if (before.status !== InspectionPlanStatus.DRAFT) throw badField('id', 'inspection.notDraft');
      const after = await versionedUpdate(em, InspectionPlan, before.id, input.version, {
        status: InspectionPlanStatus.APPROVED,
      });
      // The list is final: every agency with a month learns it now (later schedules tell theirs themselves).
      await this.notify.scheduled(em, after, await em.find(Inspection, { where: { planId: after.id } }));
      await this.audit.record(em, caller, {
        action: 'inspectionPlan.approve',
        entityType: 'InspectionPlan',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** Coverage per level and in total: agencies with an inspection DONE in the plan ÷ agencies to inspect. */
  async coverage(actor: Actor, planId: string): Promise<InspectionCoverageModel> {
    const plan = await this.findOne(actor, planId);
    const em = this.dataSource.manager;
    const agencies = await this.reader.agencies(em, plan.provinceId, plan.year);
    const done = await em.find(Inspection, {
      select: { agencyId: true },
      where: { planId: plan.id, status: InspectionStatus.DONE },
    });
    const result = computeInspectionCoverage(
      agencies,
      done.map((d) => d.agencyId),
    );
    return { planId: plan.id, year: plan.year, levels: [...result.levels], total: result.total };
  }
}
