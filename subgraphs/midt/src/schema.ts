import { buildRegionalSchema } from '@pallnet/regional-kit';
import type { GraphQLSchema } from 'graphql';
import { midtModel } from './model';
import { midtEditingResolvers } from './resolvers/midt-editing.resolver';
import { MidtHistoricalMunicipalityResolver } from './resolvers/midt-historical-municipality.resolver';
import { MidtLocalResourceGroupResolver } from './resolvers/midt-local-resource-group.resolver';
import { MidtMandateDutyResolver } from './resolvers/midt-mandate-duty.resolver';
import { MidtNetworkResolver } from './resolvers/midt-network.resolver';
import { MidtProfessionalNetworkResolver } from './resolvers/midt-professional-network.resolver';

export function buildMidtSchema(): Promise<GraphQLSchema> {
  return buildRegionalSchema(midtModel, [
    MidtNetworkResolver,
    MidtMandateDutyResolver,
    MidtProfessionalNetworkResolver,
    MidtLocalResourceGroupResolver,
    MidtHistoricalMunicipalityResolver,
    ...midtEditingResolvers,
  ]);
}
