import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { AgencyGroupsService } from './agency-groups.service';

export const GROUP_MEMBER_IDS = 'agencyGroupMemberIds';

@Injectable()
export class AgencyGroupLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly groups: AgencyGroupsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      GROUP_MEMBER_IDS,
      () =>
        new DataLoader<string, string[]>(async (ids) => {
          const byGroup = await this.groups.memberIds(ids);
          return ids.map((id) => byGroup.get(id) ?? []);
        }),
    );
  }
}
