import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphDefinition, Viewer } from '@pallnet/subgraph-kit';
import { createRegionalContext, RegionalContext } from './context';
import { createEditingResolvers, UnitKind } from './editing';
import type { RegionalModel } from './model';
import { buildRegionalSchema, DecoratedClass } from './schema';
import type { SeedSyntheticNetworks } from './synthetic';

/** Everything that makes one region: its model, its own resolvers and loaders, its data. */
export interface RegionalSubgraphSpec<TOwnContext extends object> extends RegionalModel {
  /** The service name, also the database's and the folder's: vest, innlandet, midt, sor-ost. */
  name: string;
  defaultPort: number;
  /** Every entity of the region, the kit's own (regionalKitEntities) included. */
  entities: SubgraphDefinition['entities'];
  migrations: SubgraphDefinition['migrations'];
  /** The resolvers of the region's own variant fields. */
  resolvers: DecoratedClass[];
  /** The region's own kinds of unit its editors create and change (each gets its mutations). */
  editableUnits: UnitKind[];
  /** Types only the region's own fields reach, for the schema (rarely needed). */
  orphanedTypes?: DecoratedClass[];
  /** What the region adds to a request's context beside the shared loaders, e.g. `{ vest: loaders }`. */
  ownContext?: (em: EntityManager) => TOwnContext;
  /** Loads the source document's data into an empty database; returns whether it did. */
  seed(em: EntityManager): Promise<boolean>;
  /** Generated networks of the region's shape, for efficiency tests and the benchmark. */
  seedSynthetic: SeedSyntheticNetworks;
}

/** A regional subgraph: what the system runs (a SubgraphDefinition), with its model and synthetic data. */
export interface RegionalSubgraph<TOwnContext extends object = object> extends SubgraphDefinition<RegionalContext & TOwnContext> {
  model: RegionalModel;
  seedSynthetic: SeedSyntheticNetworks;
}

/**
 * One region, declared in one place: the shared contract, register and editing resolvers, the
 * region's own resolvers and loaders, its entities, migrations and seed data, folded into the
 * definition the system and the tests run.
 */
export function defineRegionalSubgraph<TOwnContext extends object = object>(spec: RegionalSubgraphSpec<TOwnContext>): RegionalSubgraph<TOwnContext> {
  const model: RegionalModel = { region: spec.region, network: spec.network, unit: spec.unit, unitTypes: spec.unitTypes };
  const ownContext = spec.ownContext ?? (() => ({}) as TOwnContext);
  return {
    name: spec.name,
    defaultPort: spec.defaultPort,
    entities: spec.entities,
    migrations: spec.migrations,
    model,
    buildSchema: () => buildRegionalSchema(model, [...spec.resolvers, ...createEditingResolvers(model, spec.editableUnits)], spec.orphanedTypes),
    createContext: (em: EntityManager, viewer: Viewer | null) => ({ ...createRegionalContext(em, viewer, model), ...ownContext(em) }),
    seed: spec.seed,
    seedSynthetic: spec.seedSynthetic,
    // Every region's database has the `idempotent_request` table (the kit's safety migration).
    idempotentMutations: true,
  };
}
