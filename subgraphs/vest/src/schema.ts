import { buildRegionalSchema } from '@pallnet/regional-kit';
import type { GraphQLSchema } from 'graphql';
import { vestModel } from './model';
import { VestNetworkResolver } from './resolvers/vest-network.resolver';

export function buildVestSchema(): Promise<GraphQLSchema> {
  return buildRegionalSchema(vestModel, [VestNetworkResolver]);
}
