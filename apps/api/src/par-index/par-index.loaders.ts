import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { ParCriterion } from './par-criterion.entity';
import { ParAssessmentsService } from './par-assessments.service';
import { ParFramework } from './par-framework.entity';
import { ParFrameworksService } from './par-frameworks.service';
import { ParScore } from './par-score.entity';

export const PAR_CRITERIA_BY_FRAMEWORK = loaderKey<string, ParCriterion[]>('parCriteriaByFramework');
export const PAR_SCORES_BY_ASSESSMENT = loaderKey<string, ParScore[]>('parScoresByAssessment');
export const PAR_FRAMEWORK_BY_ID = loaderKey<string, ParFramework | null>('parFrameworkById');

@Injectable()
export class ParIndexLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly frameworks: ParFrameworksService,
    private readonly assessments: ParAssessmentsService,
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
    // Only for relations of rows the caller may already read (an assessment's framework): no scope check here.
    this.registry.register(
      PAR_FRAMEWORK_BY_ID,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.frameworks.byIds(ids);
          return ids.map((id) => rows.find((f) => f.id === id) ?? null);
        }),
    );
  }
}
