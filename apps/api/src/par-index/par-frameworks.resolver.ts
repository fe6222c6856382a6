import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, scoredMaximum } from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import {
  CopyParFrameworkInput,
  CreateParFrameworkInput,
  ImportParFrameworkInput,
  LockParFrameworkInput,
  ParFrameworkFilter,
  UpdateParFrameworkInput,
} from './dto/par-framework.input';
import { ParCriterion } from './par-criterion.entity';
import { ParFramework } from './par-framework.entity';
import { ParFrameworkProblem } from './par-framework.model';
import { frameworkNodes, frameworkProblems } from './par-framework-problems';
import { ParFrameworkBuilder } from './par-framework.builder';
import { ParFrameworksService } from './par-frameworks.service';
import { ParFrameworkImportResult } from './par-framework-import.model';
import { ParFrameworkXlsxService } from './par-framework-xlsx.service';
import { ExportedFile } from '../common/graphql/exported-file.model';
import { PAR_CRITERIA_BY_FRAMEWORK } from './par-index.loaders';

const ParFrameworkConnection = ConnectionType(ParFramework);

@Resolver(() => ParFramework)
export class ParFrameworksResolver {
  constructor(
    private readonly frameworks: ParFrameworksService,
    private readonly xlsx: ParFrameworkXlsxService,
    private readonly builder: ParFrameworkBuilder,
  ) {}

  @Query(() => ParFrameworkConnection, {
    description: "The province's PAR Index frameworks, newest year first",
  })
  @RequirePermission(Permission.PAR_READ)
  parFrameworks(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => ParFrameworkFilter, nullable: true }) filter?: ParFrameworkFilter,
  ) {
    return this.frameworks.list(caller.actor, filter, page);
  }

  @Query(() => ParFramework)
  @RequirePermission(Permission.PAR_READ)
  parFramework(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ParFramework> {
    return this.frameworks.findOne(caller.actor, id);
  }

  @Mutation(() => ParFramework)
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  createParFramework(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateParFrameworkInput,
  ): Promise<ParFramework> {
    return this.frameworks.create(caller, input);
  }

  @Mutation(() => ParFramework, { description: 'Name, decision, total and bands of a DRAFT framework' })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  updateParFramework(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateParFrameworkInput,
  ): Promise<ParFramework> {
    return this.frameworks.update(caller, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a DRAFT framework and its items' })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  deleteParFramework(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.frameworks.remove(caller, id);
  }

  @Mutation(() => ParFramework, {
    description: 'Locks a DRAFT whose items add up; refused with the problems otherwise',
  })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  lockParFramework(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: LockParFrameworkInput,
  ): Promise<ParFramework> {
    return this.frameworks.lock(caller, input, ctx.lang);
  }

  @Mutation(() => ParFramework, {
    description: 'A DRAFT copy for another year (or a new revision), items included',
  })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  copyParFramework(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CopyParFrameworkInput,
  ): Promise<ParFramework> {
    return this.builder.copy(caller, input);
  }

  @Query(() => ExportedFile, { description: 'The blank XLSX template of a framework, with its guide sheet' })
  @RequirePermission(Permission.PAR_READ)
  parFrameworkTemplate(): Promise<ExportedFile> {
    return this.xlsx.template();
  }

  @Query(() => ExportedFile, { description: 'A framework as XLSX, in the import template layout' })
  @RequirePermission(Permission.PAR_READ)
  exportParFramework(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.xlsx.export(caller.actor, id);
  }

  @Mutation(() => ParFrameworkImportResult, {
    description:
      'A new DRAFT framework from the XLSX template: all or nothing, problems by line; dry run by default',
  })
  @RequirePermission(Permission.PAR_FRAMEWORK_MANAGE)
  importParFramework(
    @CurrentCaller() caller: Caller,
    @Ctx() ctx: GqlContext,
    @Args('input') input: ImportParFrameworkInput,
  ): Promise<ParFrameworkImportResult> {
    return this.xlsx.import(caller, input, ctx.lang);
  }

  @ResolveField(() => [ParCriterion], {
    description: 'Areas, criteria and sub-criteria in tree order (depth first, siblings by position)',
    // Batched (one statement per page) and bounded (500 items): priced as a few objects, not ten.
    complexity: 5,
  })
  criteria(@Parent() framework: ParFramework, @Ctx() ctx: GqlContext): Promise<ParCriterion[]> {
    return ctx.loaders.get(PAR_CRITERIA_BY_FRAMEWORK).load(framework.id);
  }

  @ResolveField(() => Float, { description: 'What the scored items add up to (bonus and penalty aside)' })
  async scoredMaximum(@Parent() framework: ParFramework, @Ctx() ctx: GqlContext): Promise<number> {
    return scoredMaximum(frameworkNodes(await ctx.loaders.get(PAR_CRITERIA_BY_FRAMEWORK).load(framework.id)));
  }

  @ResolveField(() => [ParFrameworkProblem], {
    description: 'What keeps it from being locked; empty when it adds up',
  })
  async problems(@Parent() framework: ParFramework, @Ctx() ctx: GqlContext): Promise<ParFrameworkProblem[]> {
    const criteria = await ctx.loaders.get(PAR_CRITERIA_BY_FRAMEWORK).load(framework.id);
    return frameworkProblems(framework, criteria, ctx.lang);
  }
}
