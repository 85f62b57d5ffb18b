import { createEditingResolvers } from '@pallnet/regional-kit';
import { SorOstOperationsGroup, SorOstSectorNetwork, SorOstSteeringGroup } from '../entities';
import { sorOstModel } from '../model';
import { SorOstOperationsGroupInput, SorOstSectorNetworkInput, SorOstSteeringGroupInput } from './types/sor-ost-unit.inputs';

/** What Sør-Øst's editors can change: the shared register and records, and Sør-Øst's own kinds of unit. */
export const sorOstEditingResolvers = createEditingResolvers(sorOstModel, [
  { name: 'SteeringGroup', entity: SorOstSteeringGroup, input: SorOstSteeringGroupInput },
  { name: 'OperationsGroup', entity: SorOstOperationsGroup, input: SorOstOperationsGroupInput },
  { name: 'SectorNetwork', entity: SorOstSectorNetwork, input: SorOstSectorNetworkInput },
]);
