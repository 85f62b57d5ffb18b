import { buildFederatedSchema } from '@pallnet/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { networkReferenceTypes } from './network-reference';
import { resolveMunicipalityReference } from './resolvers/municipality.reference';
import { MunicipalityResolver } from './resolvers/municipality.resolver';
import { NetworkCatalogResolver } from './resolvers/network-catalog.resolver';
import { RegionResolver } from './resolvers/region.resolver';

export function buildNationalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [MunicipalityResolver, NetworkCatalogResolver, RegionResolver],
      orphanedTypes: networkReferenceTypes,
    },
    { Municipality: { __resolveReference: resolveMunicipalityReference } },
  );
}
