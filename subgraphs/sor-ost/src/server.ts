import { HealthRegion } from '@pallnet/contract';
import { defineRegionalSubgraph } from '@pallnet/regional-kit';
import { migrations } from '../migrations';
import { createSorOstLoaders } from './context';
import { entities, SorOstNetwork, SorOstOperationsGroup, SorOstSectorNetwork, SorOstSteeringGroup, SorOstUnit, sorOstUnitTypes } from './entities';
import { SorOstOperationsGroupResolver, SorOstSteeringGroupResolver } from './resolvers/sor-ost-governance-group.resolver';
import { SorOstNetworkResolver } from './resolvers/sor-ost-network.resolver';
import { SorOstSectorNetworkResolver } from './resolvers/sor-ost-sector-network.resolver';
import { SorOstUnitResolver } from './resolvers/sor-ost-unit.resolver';
import { SorOstOperationsGroupInput, SorOstSectorNetworkInput, SorOstSteeringGroupInput } from './resolvers/types/sor-ost-unit.inputs';
import { seedSorOst } from './seed/seed';
import { seedSyntheticNetworks } from './seed/synthetic';

/** The Sør-Øst subgraph: Palliativt nettverk i Oslo, as its annual report 2021 describes it. */
export const sorOstSubgraph = defineRegionalSubgraph({
  name: 'sor-ost',
  region: HealthRegion.SOR_OST,
  defaultPort: 4005,
  network: SorOstNetwork,
  unit: SorOstUnit,
  unitTypes: sorOstUnitTypes,
  entities,
  migrations,
  resolvers: [SorOstNetworkResolver, SorOstUnitResolver, SorOstSteeringGroupResolver, SorOstOperationsGroupResolver, SorOstSectorNetworkResolver],
  editableUnits: [
    { name: 'SteeringGroup', entity: SorOstSteeringGroup, input: SorOstSteeringGroupInput },
    { name: 'OperationsGroup', entity: SorOstOperationsGroup, input: SorOstOperationsGroupInput },
    { name: 'SectorNetwork', entity: SorOstSectorNetwork, input: SorOstSectorNetworkInput },
  ],
  ownContext: (em) => ({ sorOst: createSorOstLoaders(em) }),
  seed: seedSorOst,
  seedSynthetic: seedSyntheticNetworks,
});
