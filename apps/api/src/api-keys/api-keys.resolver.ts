import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyInput, CreatedApiKey } from './dto/api-key.input';

const ApiKeyConnection = ConnectionType(ApiKey);

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => ApiKeyConnection)
  @RequirePermission(Permission.API_KEY_MANAGE)
  apiKeys(@Args() page: PageArgs) {
    return this.keys.list(page);
  }

  @Mutation(() => CreatedApiKey)
  @RequirePermission(Permission.API_KEY_MANAGE)
  createApiKey(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<CreatedApiKey> {
    return this.keys.create(caller, input);
  }

  @Mutation(() => ApiKey)
  @RequirePermission(Permission.API_KEY_MANAGE)
  revokeApiKey(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ApiKey> {
    return this.keys.revoke(caller, id);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() key: ApiKey, @Ctx() ctx: GqlContext) {
    return key.agencyId ? ctx.loaders.get(AGENCY_BY_ID).load(key.agencyId) : null;
  }
}
