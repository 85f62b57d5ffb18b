import { buildRegionalSchema } from '@pallnet/regional-kit';
import type { GraphQLSchema } from 'graphql';
import { vestModel } from './model';
import { vestEditingResolvers } from './resolvers/vest-editing.resolver';
import { VestNetworkResolver } from './resolvers/vest-network.resolver';

export function buildVestSchema(): Promise<GraphQLSchema> {
  return buildRegionalSchema(vestModel, [VestNetworkResolver, ...vestEditingResolvers]);
}
