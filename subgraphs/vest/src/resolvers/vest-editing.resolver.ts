import { createEditingResolvers } from '@pallnet/regional-kit';
import { VestNetworkGroup, VestOperationsGroup, VestSteeringGroup } from '../entities';
import { vestModel } from '../model';
import { VestNetworkGroupInput, VestOperationsGroupInput, VestSteeringGroupInput } from './types/vest-unit.inputs';

/** What Vest's editors can change: the shared register and records, and Vest's own kinds of unit. */
export const vestEditingResolvers = createEditingResolvers(vestModel, [
  { name: 'SteeringGroup', entity: VestSteeringGroup, input: VestSteeringGroupInput },
  { name: 'OperationsGroup', entity: VestOperationsGroup, input: VestOperationsGroupInput },
  { name: 'NetworkGroup', entity: VestNetworkGroup, input: VestNetworkGroupInput },
]);
