import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { loaderKey } from '../common/graphql/loaders';
import { AgencyGroupsService } from './agency-groups.service';

export const GROUP_MEMBER_IDS = loaderKey<string, string[]>('agencyGroupMemberIds');

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
        new DataLoader(async (ids) => {
          const byGroup = await this.groups.memberIds(ids);
          return ids.map((id) => byGroup.get(id) ?? []);
        }),
    );
  }
}
