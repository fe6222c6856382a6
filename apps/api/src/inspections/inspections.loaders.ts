import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { InspectionFinding } from './inspection-finding.entity';
import { InspectionsService } from './inspections.service';

export const FINDINGS_BY_INSPECTION = loaderKey<string, InspectionFinding[]>(
  'inspectionFindingsByInspection',
);

@Injectable()
export class InspectionsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly inspections: InspectionsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      FINDINGS_BY_INSPECTION,
      () =>
        new DataLoader(async (ids) => {
          const byInspection = await this.inspections.findingsOf(ids);
          return ids.map((id) => byInspection.get(id) ?? []);
        }),
    );
  }
}
