import { buildRegionalSchema } from '@pallnet/regional-kit';
import type { GraphQLSchema } from 'graphql';
import { innlandetModel } from './model';
import { innlandetEditingResolvers } from './resolvers/innlandet-editing.resolver';
import { InnlandetActionPlanResolver } from './resolvers/innlandet-action-plan.resolver';
import { InnlandetAnnualCycleResolver } from './resolvers/innlandet-annual-cycle.resolver';
import { InnlandetCycleActivityResolver } from './resolvers/innlandet-cycle-activity.resolver';
import { InnlandetCyclePeriodResolver } from './resolvers/innlandet-cycle-period.resolver';
import { InnlandetFocusAreaResolver } from './resolvers/innlandet-focus-area.resolver';
import { InnlandetMeetingRuleResolver } from './resolvers/innlandet-meeting-rule.resolver';
import { InnlandetNetworkResolver } from './resolvers/innlandet-network.resolver';
import { InnlandetUnitResolver } from './resolvers/innlandet-unit.resolver';

export function buildInnlandetSchema(): Promise<GraphQLSchema> {
  return buildRegionalSchema(innlandetModel, [
    InnlandetNetworkResolver,
    InnlandetUnitResolver,
    InnlandetMeetingRuleResolver,
    InnlandetAnnualCycleResolver,
    InnlandetCyclePeriodResolver,
    InnlandetCycleActivityResolver,
    InnlandetActionPlanResolver,
    InnlandetFocusAreaResolver,
    ...innlandetEditingResolvers,
  ]);
}
