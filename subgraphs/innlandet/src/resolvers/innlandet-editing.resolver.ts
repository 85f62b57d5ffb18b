import { createEditingResolvers } from '@pallnet/regional-kit';
import { InnlandetClinicalCommittee, InnlandetCooperationCommittee, InnlandetResourceNurseNetwork, InnlandetWorkingGroup } from '../entities';
import { innlandetModel } from '../model';
import {
  InnlandetClinicalCommitteeInput,
  InnlandetCooperationCommitteeInput,
  InnlandetResourceNurseNetworkInput,
  InnlandetWorkingGroupInput,
} from './types/innlandet-unit.inputs';

/** What Innlandet's editors can change: the shared register and records, and Innlandet's own kinds of unit. */
export const innlandetEditingResolvers = createEditingResolvers(innlandetModel, [
  { name: 'CooperationCommittee', entity: InnlandetCooperationCommittee, input: InnlandetCooperationCommitteeInput },
  { name: 'ClinicalCommittee', entity: InnlandetClinicalCommittee, input: InnlandetClinicalCommitteeInput },
  { name: 'WorkingGroup', entity: InnlandetWorkingGroup, input: InnlandetWorkingGroupInput },
  { name: 'ResourceNurseNetwork', entity: InnlandetResourceNurseNetwork, input: InnlandetResourceNurseNetworkInput },
]);
