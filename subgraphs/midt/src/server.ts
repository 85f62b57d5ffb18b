import { HealthRegion } from '@pallnet/contract';
import { defineRegionalSubgraph } from '@pallnet/regional-kit';
import { migrations } from '../migrations';
import { createMidtLoaders } from './context';
import {
  entities,
  MidtCooperationCommittee,
  MidtLocalResourceGroup,
  MidtNetwork,
  MidtProfessionalCouncil,
  MidtProfessionalNetwork,
  MidtUnit,
  midtUnitTypes,
} from './entities';
import { MidtHistoricalMunicipalityResolver } from './resolvers/midt-historical-municipality.resolver';
import { MidtLocalResourceGroupResolver } from './resolvers/midt-local-resource-group.resolver';
import { MidtMandateDutyResolver } from './resolvers/midt-mandate-duty.resolver';
import { MidtNetworkResolver } from './resolvers/midt-network.resolver';
import { MidtProfessionalNetworkResolver } from './resolvers/midt-professional-network.resolver';
import {
  MidtCooperationCommitteeInput,
  MidtLocalResourceGroupInput,
  MidtProfessionalCouncilInput,
  MidtProfessionalNetworkInput,
} from './resolvers/types/midt-unit.inputs';
import { seedMidt } from './seed/seed';
import { seedSyntheticNetworks } from './seed/synthetic';

/** The Midt subgraph: Helse Nord-Trøndelag's network, as its description of the network gives it. */
export const midtSubgraph = defineRegionalSubgraph({
  name: 'midt',
  region: HealthRegion.MIDT,
  defaultPort: 4004,
  network: MidtNetwork,
  unit: MidtUnit,
  unitTypes: midtUnitTypes,
  entities,
  migrations,
  resolvers: [
    MidtNetworkResolver,
    MidtMandateDutyResolver,
    MidtProfessionalNetworkResolver,
    MidtLocalResourceGroupResolver,
    MidtHistoricalMunicipalityResolver,
  ],
  editableUnits: [
    { name: 'CooperationCommittee', entity: MidtCooperationCommittee, input: MidtCooperationCommitteeInput },
    { name: 'ProfessionalCouncil', entity: MidtProfessionalCouncil, input: MidtProfessionalCouncilInput },
    { name: 'ProfessionalNetwork', entity: MidtProfessionalNetwork, input: MidtProfessionalNetworkInput },
    { name: 'LocalResourceGroup', entity: MidtLocalResourceGroup, input: MidtLocalResourceGroupInput },
  ],
  ownContext: (em) => ({ midt: createMidtLoaders(em) }),
  seed: seedMidt,
  seedSynthetic: seedSyntheticNetworks,
});
