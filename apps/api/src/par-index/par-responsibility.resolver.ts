import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { ParResponsibility } from './par-responsibility.entity';

/** An assignment's agency, by the request's loader. */
@Resolver(() => ParResponsibility)
export class ParResponsibilityResolver {
  @ResolveField(() => Agency, { nullable: true })
  agency(@Parent() row: ParResponsibility, @Ctx() ctx: GqlContext): Promise<Agency | null> {
    return ctx.loaders.get(AGENCY_BY_ID).load(row.agencyId);
  }
}
