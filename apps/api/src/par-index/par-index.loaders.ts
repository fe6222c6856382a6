import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { ParCriterion } from './par-criterion.entity';
import { ParFrameworksService } from './par-frameworks.service';

export const PAR_CRITERIA_BY_FRAMEWORK = loaderKey<string, ParCriterion[]>('parCriteriaByFramework');

@Injectable()
export class ParIndexLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly frameworks: ParFrameworksService,
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
  }
}
