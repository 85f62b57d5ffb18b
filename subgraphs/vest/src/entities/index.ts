import { regionalKitEntities } from '@pallnet/regional-kit';
import { VestNetworkGroup } from './vest-network-group.entity';
import { VestNetwork } from './vest-network.entity';
import { VestObligation } from './vest-obligation.entity';
import { VestOperationsGroup } from './vest-operations-group.entity';
import { VestSteeringGroup } from './vest-steering-group.entity';
import { VestUnit } from './vest-unit.entity';

export { VestNetwork, VestNetworkGroup, VestObligation, VestOperationsGroup, VestSteeringGroup, VestUnit };

export const vestUnitTypes = [VestSteeringGroup, VestOperationsGroup, VestNetworkGroup];

export const entities = [VestNetwork, VestUnit, ...vestUnitTypes, VestObligation, ...regionalKitEntities];
