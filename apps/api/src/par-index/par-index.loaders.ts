import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { ParCriterion } from './par-criterion.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksService } from './par-frameworks.service';
import { ParScore } from './par-score.entity';
import { ParEvidence } from './par-evidence.entity';
import { ParEvidenceService } from './par-evidence.service';
import { ParCouncilMember } from './par-appraisal.model';
import { ParCycle } from './par-cycle.entity';
import { ParResponsibility } from './par-responsibility.entity';
import { User } from '../users/user.entity';
import { Actor } from '../common/context/actor';
import { ParStatusCount } from './par-assessment.model';

export const PAR_CRITERIA_BY_FRAMEWORK = loaderKey<string, ParCriterion[]>('parCriteriaByFramework');
export const PAR_SCORES_BY_ASSESSMENT = loaderKey<string, ParScore[]>('parScoresByAssessment');
export const PAR_FRAMEWORK_BY_ID = loaderKey<string, ParFramework | null>('parFrameworkById');
export const PAR_EVIDENCE_BY_ASSESSMENT = loaderKey<string, ParEvidence[]>('parEvidenceByAssessment');
export const PAR_CYCLE_BY_ID = loaderKey<string, ParCycle | null>('parCycleById');
export const PAR_RESPONSIBILITIES_BY_ASSESSMENT = loaderKey<string, ParResponsibility[]>(
  'parResponsibilitiesByAssessment',
);
export const PAR_COUNCIL_MEMBER_BY_ID = loaderKey<string, ParCouncilMember | null>('parCouncilMemberById');
/** Keyed with the request's actor, who decides what is counted; cached by cycle (one actor a request). */
export const PAR_STATUS_COUNTS_BY_CYCLE = loaderKey<
  { actor: Actor; cycleId: string },
  ParStatusCount[],
  string
>('parStatusCountsByCycle');

@Injectable()
export class ParIndexLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly frameworks: ParFrameworksService,
    private readonly assessments: ParAssessmentsService,
    private readonly dataSource: DataSource,
    private readonly evidence: ParEvidenceService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      PAR_CRITERIA_BY_FRAMEWORK,
      () =>
        new DataLoader(async (ids) => {
          const byFramework = await this.frameworks.criteriaOf(ids);
          return ids.map((id) => byFramework.get(id) ?? []);
        }),
    );
    this.registry.register(
      PAR_SCORES_BY_ASSESSMENT,
      () =>
        new DataLoader(async (ids) => {
          const byAssessment = await this.assessments.scoresOf(ids);
          return ids.map((id) => byAssessment.get(id) ?? []);
        }),
    );
    // Evidence of assessments the caller already reads (ParAssessment.evidence): no scope check here.
    this.registry.register(
      PAR_EVIDENCE_BY_ASSESSMENT,
      () =>
        new DataLoader(async (ids) => {
          const byAssessment = await this.evidence.evidenceOf(ids);
          return ids.map((id) => byAssessment.get(id) ?? []);
        }),
    );
    // Only for relations of rows the caller may already read (an assessment's framework): no scope check here.
    this.registry.register(
      PAR_FRAMEWORK_BY_ID,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.frameworks.byIds(ids);
          return ids.map((id) => rows.find((f) => f.id === id) ?? null);
        }),
    );
    // Relations of a cycle or an assessment the caller already reads: no scope check here either.
    this.registry.register(
      PAR_CYCLE_BY_ID,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager.find(ParCycle, { where: { id: In([...ids]) } });
          return ids.map((id) => rows.find((c) => c.id === id) ?? null);
        }),
    );
    this.registry.register(
      PAR_RESPONSIBILITIES_BY_ASSESSMENT,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager.find(ParResponsibility, {
            where: { assessmentId: In([...ids]) },
          });
          return ids.map((id) => rows.filter((r) => r.assessmentId === id));
        }),
    );
    this.registry.register(
      PAR_STATUS_COUNTS_BY_CYCLE,
      () =>
        new DataLoader(
          async (keys) => {
            const ids = keys.map((k) => k.cycleId);
            const byCycle = await this.assessments.statusCountsOf(keys[0].actor, ids);
            return ids.map((id) => byCycle.get(id) ?? []);
          },
          { cacheKeyFn: (k) => k.cycleId },
        ),
    );
    // Council members by name and agency only: their email and role are none of an agency's business.
    this.registry.register(
      PAR_COUNCIL_MEMBER_BY_ID,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager.find(User, {
            where: { id: In([...ids]) },
            select: { id: true, fullName: true, agencyId: true, active: true },
          });
          return ids.map((id) => rows.find((u) => u.id === id) ?? null);
        }),
    );
  }
}
