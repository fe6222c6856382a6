import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isSelfScored, ParAssessmentStatus, ParScoringMethod, Permission, sumPoints } from '@partrack/shared';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { SubmitParExplanationsInput } from './dto/par-appraisal.input';
import { SaveParSelfScoresInput, SubmitParSelfAssessmentInput } from './dto/par-assessment.input';
import { ParAssessment } from './par-assessment.entity';
import { ParSelfSummary } from './par-assessment.model';
import { ParAssessmentsService } from './par-assessments.service';
import { ParFramework } from './par-framework.entity';
import {
  PAR_CRITERIA_BY_FRAMEWORK,
  PAR_FRAMEWORK_BY_ID,
  PAR_SCORES_BY_ASSESSMENT,
} from './par-index.loaders';
import { ParScore } from './par-score.entity';

const ParAssessmentConnection = ConnectionType(ParAssessment);

@Resolver(() => ParAssessment)
export class ParAssessmentsResolver {
  constructor(private readonly assessments: ParAssessmentsService) {}

  @Query(() => ParAssessmentConnection, { description: "A cycle's assessments, by agency name" })
  @RequirePermission(Permission.PAR_READ)
  parAssessments(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args() page: PageArgs,
    @Args('status', {
      type: () => [ParAssessmentStatus],
      nullable: true,
      description: 'Only assessments at these steps (all when empty or left out)',
    })
    status?: ParAssessmentStatus[] | null,
  ) {
    return this.assessments.list(caller.actor, cycleId, page, status);
  }

  @Query(() => ParAssessment)
  @RequirePermission(Permission.PAR_READ)
  parAssessment(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ParAssessment> {
    return this.assessments.findOne(caller.actor, id);
  }

  @Mutation(() => ParAssessment, {
    description: "Saves some of the agency's own scores (tự chấm) of a DRAFT",
  })
  @RequirePermission(Permission.PAR_SELF_ASSESS)
  saveParSelfScores(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SaveParSelfScoresInput,
  ): Promise<ParAssessment> {
    return this.assessments.saveSelfScores(caller, input);
  }

  @Mutation(() => ParAssessment, { description: 'Sends the self-assessment, every self-scored item scored' })
  @RequirePermission(Permission.PAR_SELF_SUBMIT)
  submitParSelfAssessment(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SubmitParSelfAssessmentInput,
  ): Promise<ParAssessment> {
    return this.assessments.submit(caller, input);
  }

  @Mutation(() => ParAssessment, {
    description: "Sends the agency's explanations of the appraisal's differences (none: it accepts them)",
  })
  @RequirePermission(Permission.PAR_SELF_SUBMIT)
  submitParExplanations(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SubmitParExplanationsInput,
  ): Promise<ParAssessment> {
    return this.assessments.submitExplanations(caller, input);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<Agency | null> {
    return ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId);
  }

  @ResolveField(() => ParFramework, { nullable: true })
  framework(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParFramework | null> {
    return ctx.loaders.get(PAR_FRAMEWORK_BY_ID).load(row.frameworkId);
  }

  @ResolveField(() => [ParScore], {
    description: 'The scores entered so far',
    // One batched statement per page, at most one row per item (500): priced as a few objects, not ten.
    complexity: 5,
  })
  scores(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParScore[]> {
    return ctx.loaders.get(PAR_SCORES_BY_ASSESSMENT).load(row.id);
  }

  @ResolveField(() => ParSelfSummary)
  async selfSummary(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParSelfSummary> {
    const [criteria, scores] = await Promise.all([
      ctx.loaders.get(PAR_CRITERIA_BY_FRAMEWORK).load(row.frameworkId),
      ctx.loaders.get(PAR_SCORES_BY_ASSESSMENT).load(row.id),
    ]);
    const parents = new Set(criteria.map((c) => c.parentId));
    const items = new Map(
      criteria.filter((c) => !parents.has(c.id) && isSelfScored(c.method)).map((c) => [c.id, c]),
    );
    const entered = scores.filter((s) => s.selfPoints !== null && items.has(s.criterionId));
    const signed = entered.map((s) =>
      items.get(s.criterionId)?.method === ParScoringMethod.PENALTY
        ? -(s.selfPoints ?? 0)
        : (s.selfPoints ?? 0),
    );
    return { toScore: items.size, scored: entered.length, selfPoints: sumPoints(signed) };
  }
}
