import { HealthRegion } from '@pallnet/contract';
import { defineRegionalSubgraph } from '@pallnet/regional-kit';
import { migrations } from '../migrations';
import { createVestLoaders } from './context';
import { entities, VestNetwork, VestNetworkGroup, VestOperationsGroup, VestSteeringGroup, VestUnit, vestUnitTypes } from './entities';
import { VestNetworkResolver } from './resolvers/vest-network.resolver';
import { VestNetworkGroupInput, VestOperationsGroupInput, VestSteeringGroupInput } from './resolvers/types/vest-unit.inputs';
import { seedVest } from './seed/seed';
import { seedSyntheticNetworks } from './seed/synthetic';

/** The Vest subgraph: Helse Stavanger's network, as its agreement of 25.10.2023 describes it. */
export const vestSubgraph = defineRegionalSubgraph({
  name: 'vest',
  region: HealthRegion.VEST,
  defaultPort: 4002,
  network: VestNetwork,
  unit: VestUnit,
  unitTypes: vestUnitTypes,
  entities,
  migrations,
  resolvers: [VestNetworkResolver],
  editableUnits: [
    { name: 'SteeringGroup', entity: VestSteeringGroup, input: VestSteeringGroupInput },
    { name: 'OperationsGroup', entity: VestOperationsGroup, input: VestOperationsGroupInput },
    { name: 'NetworkGroup', entity: VestNetworkGroup, input: VestNetworkGroupInput },
  ],
  ownContext: (em) => ({ vest: createVestLoaders(em) }),
  seed: seedVest,
  seedSynthetic: seedSyntheticNetworks,
});
