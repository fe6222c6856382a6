import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { InspectionFinding } from './inspection-finding.entity';
import { InspectionsService } from './inspections.service';
import { InspectionTeamUser } from './team/inspection-team-member.model';
import { InspectionTeamReader } from './team/inspection-team.reader';

export const FINDINGS_BY_INSPECTION = loaderKey<string, InspectionFinding[]>(
  'inspectionFindingsByInspection',
);
/** Team members by user id: the teams of a page of inspections in one statement. */
export const TEAM_USER_BY_ID = loaderKey<string, InspectionTeamUser | null>('inspectionTeamUserById');

@Injectable()
export class InspectionsLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly inspections: InspectionsService,
    private readonly team: InspectionTeamReader,
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
    this.registry.register(
      TEAM_USER_BY_ID,
      () =>
        new DataLoader(async (ids) => {
          const users = await this.team.usersByIds(ids);
          return ids.map((id) => users.get(id) ?? null);
        }),
    );
  }
}
