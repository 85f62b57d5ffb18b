import { buildRegionalSchema } from '@pallnet/regional-kit';
import type { GraphQLSchema } from 'graphql';
import { sorOstModel } from './model';
import { sorOstEditingResolvers } from './resolvers/sor-ost-editing.resolver';
import { SorOstOperationsGroupResolver, SorOstSteeringGroupResolver } from './resolvers/sor-ost-governance-group.resolver';
import { SorOstNetworkResolver } from './resolvers/sor-ost-network.resolver';
import { SorOstSectorNetworkResolver } from './resolvers/sor-ost-sector-network.resolver';
import { SorOstUnitResolver } from './resolvers/sor-ost-unit.resolver';

export function buildSorOstSchema(): Promise<GraphQLSchema> {
  return buildRegionalSchema(sorOstModel, [
    SorOstNetworkResolver,
    SorOstUnitResolver,
    SorOstSteeringGroupResolver,
    SorOstOperationsGroupResolver,
    SorOstSectorNetworkResolver,
    ...sorOstEditingResolvers,
  ]);
}
