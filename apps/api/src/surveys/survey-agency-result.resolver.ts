import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { SurveyAgencyResult } from './survey-results.model';

/** The agency of a result row, batched: a survey of 240 communes costs one statement for their names. */
@Resolver(() => SurveyAgencyResult)
export class SurveyAgencyResultResolver {
  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() row: SurveyAgencyResult, @Ctx() ctx: GqlContext): Promise<Agency | null> {
    return ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId);
  }
}
