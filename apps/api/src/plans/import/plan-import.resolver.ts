import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { RequirePermission, CurrentCaller } from '../../common/auth/auth.decorators';
import { Caller } from '../../common/context/caller';
import { ImportPlanDocumentInput } from './plan-import.input';
import { PlanImportResult } from './plan-import-result.model';
import { PlanImportService } from './plan-import.service';

@Resolver()
export class PlanImportResolver {
  constructor(private readonly importer: PlanImportService) {}

  @Mutation(() => PlanImportResult, {
    description: 'Parse a plan document; with dryRun false, write it all or nothing',
  })
  @RequirePermission(Permission.PLAN_MANAGE)
  importPlanDocument(
    @CurrentCaller() caller: Caller,
    @Args('input') input: ImportPlanDocumentInput,
  ): Promise<PlanImportResult> {
    return this.importer.import(caller, input);
  }
}
