import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  isAppraised,
  isSelfScored,
  ParScoringMethod,
  Permission,
  pointsDiffer,
  sumPoints,
  finalPoints,
} from '@partrack/shared';
import { Ctx, CurrentCaller, RequirePermission } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { GqlContext } from '../common/context/request-context';
import { LocalDateScalar } from '../common/graphql/scalars';
import {
  FinaliseParAssessmentInput,
  SaveParAppraisalInput,
  SaveParReappraisalInput,
  SendParAppraisalInput,
} from './dto/par-appraisal.input';
import { ParAppraisalSummary } from './par-appraisal.model';
import { ParAppraisalService } from './par-appraisal.service';
import { ParAssessment } from './par-assessment.entity';
import { selfAssessmentDueOf } from './par-assessments.service';
import { ParCycle } from './par-cycle.entity';
import { PAR_CRITERIA_BY_FRAMEWORK, PAR_CYCLE_BY_ID, PAR_SCORES_BY_ASSESSMENT } from './par-index.loaders';
import { leavesOf } from './par-score-items';

/** The council's mutations on an assessment, and what an assessment shows of its appraisal. */
@Resolver(() => ParAssessment)
export class ParAppraisalResolver {
  constructor(private readonly appraisal: ParAppraisalService) {}

  @Mutation(() => ParAssessment, {
    description:
      "Saves some of the council's first-round points, a reason wherever they differ from the self-score",
  })
  @RequirePermission(Permission.PAR_APPRAISE)
  saveParAppraisal(@CurrentCaller() caller: Caller, @Args('input') input: SaveParAppraisalInput) {
    return this.appraisal.saveAppraisal(caller, input);
  }

  @Mutation(() => ParAssessment, {
    description:
      'Sends the first appraisal to the agency, every item appraised; it may then explain differences',
  })
  @RequirePermission(Permission.PAR_APPRAISE)
  sendParAppraisal(@CurrentCaller() caller: Caller, @Args('input') input: SendParAppraisalInput) {
    return this.appraisal.sendAppraisal(caller, input);
  }

  @Mutation(() => ParAssessment, { description: "Saves the council's answers to the agency's explanations" })
  @RequirePermission(Permission.PAR_APPRAISE)
  saveParReappraisal(@CurrentCaller() caller: Caller, @Args('input') input: SaveParReappraisalInput) {
    return this.appraisal.saveReappraisal(caller, input);
  }

  @Mutation(() => ParAssessment, {
    description: 'Finalises the appraisal once every explanation is answered',
  })
  @RequirePermission(Permission.PAR_APPRAISE)
  finaliseParAssessment(@CurrentCaller() caller: Caller, @Args('input') input: FinaliseParAssessmentInput) {
    return this.appraisal.finalise(caller, input);
  }

  @ResolveField(() => ParCycle, { nullable: true })
  cycle(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParCycle | null> {
    return ctx.loaders.get(PAR_CYCLE_BY_ID).load(row.cycleId);
  }

  @ResolveField(() => LocalDateScalar, {
    description: "The agency's last day to score itself: its extension, else the cycle's",
  })
  async selfAssessmentDeadline(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<string> {
    const cycle = await ctx.loaders.get(PAR_CYCLE_BY_ID).load(row.cycleId);
    return cycle ? selfAssessmentDueOf(row, cycle) : (row.selfAssessmentDue ?? '');
  }

  @ResolveField(() => ParAppraisalSummary)
  async appraisalSummary(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParAppraisalSummary> {
    const [criteria, scores] = await Promise.all([
      ctx.loaders.get(PAR_CRITERIA_BY_FRAMEWORK).load(row.frameworkId),
      ctx.loaders.get(PAR_SCORES_BY_ASSESSMENT).load(row.id),
    ]);
    const leaves = leavesOf(criteria);
    const byCriterion = new Map(scores.map((s) => [s.criterionId, s]));
    const appraised = leaves.filter((c) => isAppraised(c.method));
    const differing = appraised.filter((c) => {
      const score = byCriterion.get(c.id);
      return (
        isSelfScored(c.method) &&
        score?.appraisedPoints != null &&
        pointsDiffer(score.selfPoints, score.appraisedPoints)
      );
    });
    const signed = leaves.map((c) => {
      const score = byCriterion.get(c.id);
      const points = score ? (finalPoints(score) ?? 0) : 0;
      return c.method === ParScoringMethod.PENALTY ? -points : points;
    });
    return {
      toAppraise: appraised.length,
      appraised: appraised.filter((c) => byCriterion.get(c.id)?.appraisedPoints != null).length,
      differences: differing.length,
      explained: scores.filter((s) => s.explanation).length,
      answered: scores.filter((s) => s.explanation && s.reappraisalAnswer !== null).length,
      points: sumPoints(signed),
    };
  }
}
