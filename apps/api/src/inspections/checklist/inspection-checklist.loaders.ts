import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { loaderKey } from '../../common/graphql/loaders';
import { InspectionChecklistItem } from './inspection-checklist-item.entity';
import { InspectionChecklistService } from './inspection-checklist.service';

export const CHECKLIST_BY_INSPECTION = loaderKey<string, InspectionChecklistItem[]>(
  'inspectionChecklistByInspection',
);

@Injectable()
export class InspectionChecklistLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly checklists: InspectionChecklistService,
  ) {}

  onModuleInit(): void {
    // Checklists of inspections the caller already reads (Inspection.checklist): no scope check here.
    this.registry.register(
      CHECKLIST_BY_INSPECTION,
      () =>
        new DataLoader(async (ids) => {
          const byInspection = await this.checklists.checklistsOf(ids);
          return ids.map((id) => byInspection.get(id) ?? []);
        }),
    );
  }
}
