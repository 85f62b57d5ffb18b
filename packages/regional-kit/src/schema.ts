import { buildFederatedSchema, ReferenceResolvers } from '@pallnet/subgraph-kit';
import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { RegionalContext } from './context';
import { contractResolvers } from './contract.resolvers';
import { validateArgument } from './editing/validation';
import type { NetworkBase } from './entities/network-base';
import type { UnitBase } from './entities/unit-base';
import type { RegionalModel } from './model';
import { registerResolvers } from './register.resolvers';

/** A class type-graphql reads decorators from: a resolver or an object type (type-graphql's own `Function`). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type DecoratedClass = Function;

/**
 * A regional subgraph's schema: the shared contract and register resolvers, the region's own
 * resolvers for its variant and its editing (see createEditingResolvers), and `_entities` for
 * its network type and every one of its unit types.
 */
export function buildRegionalSchema(model: RegionalModel, ownResolvers: DecoratedClass[], orphanedTypes: DecoratedClass[] = []): Promise<GraphQLSchema> {
  const references: ReferenceResolvers = {
    [model.network.name]: {
      __resolveReference: (reference: { id: string }, ctx: RegionalContext): Promise<NetworkBase | null> => ctx.loaders.network.load(reference.id),
    },
  };
  for (const unitType of model.unitTypes) {
    references[unitType.name] = {
      __resolveReference: async (reference: { id: string }, ctx: RegionalContext): Promise<UnitBase | null> => {
        const unit = await ctx.loaders.unit.load(reference.id);
        return unit instanceof unitType ? unit : null;
      },
    };
  }
  return buildFederatedSchema(
    {
      resolvers: [...contractResolvers, ...registerResolvers, ...ownResolvers] as unknown as NonEmptyArray<DecoratedClass>,
      orphanedTypes: [model.network, ...model.unitTypes, ...orphanedTypes],
      // Every input is checked with class-validator before a resolver runs (BAD_USER_INPUT naming field and rule).
      validateFn: validateArgument,
    },
    references,
  );
}
