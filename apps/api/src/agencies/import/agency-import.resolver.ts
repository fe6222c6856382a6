import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { RequirePermission, CurrentCaller } from '../../common/auth/auth.decorators';
import { Caller } from '../../common/context/caller';
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
    @CurrentCaller() caller: Caller,
    @Args('input') input: ImportAgenciesInput,
  ): Promise<AgencyImportResult> {
    return this.importer.import(caller, input.format, input.content, input.dryRun ?? true);
  }
}
