import { buildFederatedSchema } from '@pallnet/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import { NETWORK_TYPE_BY_REGION, networkReferenceTypes } from './network-reference';
import { resolveMunicipalityReference } from './resolvers/municipality.reference';
import { MunicipalityResolver } from './resolvers/municipality.resolver';
import { NetworkCatalogResolver } from './resolvers/network-catalog.resolver';
import { resolveNetworkReference } from './resolvers/network.reference';
import { RegionResolver } from './resolvers/region.resolver';

export function buildNationalSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [MunicipalityResolver, NetworkCatalogResolver, RegionResolver],
      orphanedTypes: networkReferenceTypes,
    },
    {
      Municipality: { __resolveReference: resolveMunicipalityReference },
      ...Object.fromEntries(Object.values(NETWORK_TYPE_BY_REGION).map((typeName) => [typeName, { __resolveReference: resolveNetworkReference }])),
    },
  );
}
