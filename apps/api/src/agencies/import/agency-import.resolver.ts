import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { Ctx, RequirePermission } from '../../common/auth/auth.decorators';
import { callerOf } from '../../common/context/caller';
import { GqlContext } from '../../common/context/request-context';
import { AgencyImportResult, ImportAgenciesInput } from './agency-import.model';
import { AgencyImportService } from './agency-import.service';

@Resolver()
export class AgencyImportResolver {
  constructor(private readonly importer: AgencyImportService) {}

  @Mutation(() => AgencyImportResult, {
    description: 'Upsert agencies by code from YAML, CSV or JSON; all or nothing',
  })
  @RequirePermission(Permission.AGENCY_IMPORT)
  importAgencies(
    @Ctx() ctx: GqlContext,
    @Args('input') input: ImportAgenciesInput,
  ): Promise<AgencyImportResult> {
    return this.importer.import(callerOf(ctx), input.format, input.content, input.dryRun ?? true);
  }
}
