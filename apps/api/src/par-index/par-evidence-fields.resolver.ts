import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { ParAssessment } from './par-assessment.entity';
import { ParEvidence } from './par-evidence.entity';
import { PAR_EVIDENCE_BY_ASSESSMENT } from './par-index.loaders';

/** An assessment's evidence, batched per request so a page of assessments costs one statement. */
@Resolver(() => ParAssessment)
export class ParEvidenceFieldsResolver {
  @ResolveField(() => [ParEvidence], {
    description: 'Evidence of every item, oldest first',
    // Batched (one statement per page) and bounded (20 per item): priced as a few objects.
    complexity: 5,
  })
  evidence(@Parent() row: ParAssessment, @Ctx() ctx: GqlContext): Promise<ParEvidence[]> {
    return ctx.loaders.get(PAR_EVIDENCE_BY_ASSESSMENT).load(row.id);
  }
}
