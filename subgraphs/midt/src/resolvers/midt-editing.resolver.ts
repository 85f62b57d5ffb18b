import { createEditingResolvers } from '@pallnet/regional-kit';
import { MidtCooperationCommittee, MidtLocalResourceGroup, MidtProfessionalCouncil, MidtProfessionalNetwork } from '../entities';
import { midtModel } from '../model';
import {
  MidtCooperationCommitteeInput,
  MidtLocalResourceGroupInput,
  MidtProfessionalCouncilInput,
  MidtProfessionalNetworkInput,
} from './types/midt-unit.inputs';

/** What Midt's editors can change: the shared register and records, and Midt's own kinds of unit. */
export const midtEditingResolvers = createEditingResolvers(midtModel, [
  { name: 'CooperationCommittee', entity: MidtCooperationCommittee, input: MidtCooperationCommitteeInput },
  { name: 'ProfessionalCouncil', entity: MidtProfessionalCouncil, input: MidtProfessionalCouncilInput },
  { name: 'ProfessionalNetwork', entity: MidtProfessionalNetwork, input: MidtProfessionalNetworkInput },
  { name: 'LocalResourceGroup', entity: MidtLocalResourceGroup, input: MidtLocalResourceGroupInput },
]);
