import { HealthRegion } from '@pallnet/contract';
import { defineRegionalSubgraph } from '@pallnet/regional-kit';
import { migrations } from '../migrations';
import { createInnlandetLoaders } from './context';
import {
  entities,
  InnlandetClinicalCommittee,
  InnlandetCooperationCommittee,
  InnlandetNetwork,
  InnlandetResourceNurseNetwork,
  InnlandetUnit,
  innlandetUnitTypes,
  InnlandetWorkingGroup,
} from './entities';
import { InnlandetActionPlanResolver } from './resolvers/innlandet-action-plan.resolver';
import { InnlandetAnnualCycleResolver } from './resolvers/innlandet-annual-cycle.resolver';
import { InnlandetCycleActivityResolver } from './resolvers/innlandet-cycle-activity.resolver';
import { InnlandetCyclePeriodResolver } from './resolvers/innlandet-cycle-period.resolver';
import { InnlandetFocusAreaResolver } from './resolvers/innlandet-focus-area.resolver';
import { InnlandetMeetingRuleResolver } from './resolvers/innlandet-meeting-rule.resolver';
import { InnlandetNetworkResolver } from './resolvers/innlandet-network.resolver';
import { InnlandetUnitResolver } from './resolvers/innlandet-unit.resolver';
import {
  InnlandetClinicalCommitteeInput,
  InnlandetCooperationCommitteeInput,
  InnlandetResourceNurseNetworkInput,
  InnlandetWorkingGroupInput,
} from './resolvers/types/innlandet-unit.inputs';
import { seedInnlandet } from './seed/seed';
import { seedSyntheticNetworks } from './seed/synthetic';

/** The Innlandet subgraph: Sykehuset Innlandet's network of resource nurses, as its action plan 2020-2021 describes it. */
export const innlandetSubgraph = defineRegionalSubgraph({
  name: 'innlandet',
  region: HealthRegion.INNLANDET,
  defaultPort: 4003,
  network: InnlandetNetwork,
  unit: InnlandetUnit,
  unitTypes: innlandetUnitTypes,
  entities,
  migrations,
  resolvers: [
    InnlandetNetworkResolver,
    InnlandetUnitResolver,
    InnlandetMeetingRuleResolver,
    InnlandetAnnualCycleResolver,
    InnlandetCyclePeriodResolver,
    InnlandetCycleActivityResolver,
    InnlandetActionPlanResolver,
    InnlandetFocusAreaResolver,
  ],
  editableUnits: [
    { name: 'CooperationCommittee', entity: InnlandetCooperationCommittee, input: InnlandetCooperationCommitteeInput },
    { name: 'ClinicalCommittee', entity: InnlandetClinicalCommittee, input: InnlandetClinicalCommitteeInput },
    { name: 'WorkingGroup', entity: InnlandetWorkingGroup, input: InnlandetWorkingGroupInput },
    { name: 'ResourceNurseNetwork', entity: InnlandetResourceNurseNetwork, input: InnlandetResourceNurseNetworkInput },
  ],
  ownContext: (em) => ({ innlandet: createInnlandetLoaders(em) }),
  seed: seedInnlandet,
  seedSynthetic: seedSyntheticNetworks,
});
