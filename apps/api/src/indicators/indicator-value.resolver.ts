import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency } from '../agencies/agency.entity';
import { AGENCY_BY_ID } from '../agencies/agency.loaders';
import { Ctx } from '../common/auth/auth.decorators';
import { GqlContext } from '../common/context/request-context';
import { IndicatorValue } from './indicator-value.model';

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @ResolveField(() => Agency)
  agency(@Parent() value: IndicatorValue, @Ctx() ctx: GqlContext) {
    return ctx.loaders.get(AGENCY_BY_ID).load(value.agencyId);
  }
}
