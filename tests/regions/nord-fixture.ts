import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, HealthRegion, Network, OrganisationalUnit } from '@pallnet/contract';
import { defineRegionalSubgraph, NetworkBase, regionalKitEntities, RequiredText, SyntheticSize, UnitBase, UnitInput } from '@pallnet/regional-kit';
import { Directive, Field, InputType, ObjectType } from 'type-graphql';

/*
 * A fifth region built from the kit alone, the way `subgraphs/<name>/` declares one: its own
 * network type, one kind of unit with a variant field, its editing, no own resolvers. The
 * contract's HealthRegion would gain NORD in a real addition (one line); the fixture stands in
 * for that value with a cast, which is all the kit reads it for (names of the editing fields).
 */
const NORD = 'NORD' as HealthRegion;

@Directive('@key(fields: "id")')
@ObjectType({ implements: Network, description: 'A network of the test region Nord.' })
@Entity({ tableName: 'network' })
export class NordNetwork extends NetworkBase {
  get region(): HealthRegion {
    return NORD;
  }
}

@ObjectType()
@Entity({ tableName: 'unit', abstract: true, discriminatorColumn: 'kind' })
export abstract class NordUnit extends UnitBase {}

@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'fjord_group' })
export class NordFjordGroup extends NordUnit {
  get localTerm(): string {
    return 'Fjordgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field({ description: "The fjord the group serves: Nord's own variant field." })
  @Property({ type: 'string' })
  fjord!: string;
}

@InputType({ description: 'A fjord group.' })
export class NordFjordGroupInput extends UnitInput {
  @Field()
  @RequiredText(200)
  fjord!: string;
}

export const nordSubgraph = defineRegionalSubgraph({
  name: 'nord',
  region: NORD,
  defaultPort: 0,
  network: NordNetwork,
  unit: NordUnit,
  unitTypes: [NordFjordGroup],
  entities: [NordNetwork, NordUnit, NordFjordGroup, ...regionalKitEntities],
  migrations: [],
  resolvers: [],
  editableUnits: [{ name: 'FjordGroup', entity: NordFjordGroup, input: NordFjordGroupInput }],
  seed: async () => false,
  seedSynthetic: async (_em, size: SyntheticSize) => Array.from({ length: size.networks }, (_, n) => `nord-synthetic-${n}`),
});
