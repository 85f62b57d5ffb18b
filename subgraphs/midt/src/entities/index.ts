import { regionalKitEntities } from '@pallnet/regional-kit';
import { MidtCooperationCommittee } from './midt-cooperation-committee.entity';
import { MidtHistoricalMunicipality } from './midt-historical-municipality.entity';
import { MidtLocalResourceGroup } from './midt-local-resource-group.entity';
import { MidtMandateDuty } from './midt-mandate-duty.entity';
import { MidtNetwork } from './midt-network.entity';
import { MidtParticipant } from './midt-participant.entity';
import { MidtPrecedingDocument } from './midt-preceding-document.entity';
import { MidtProfessionalCouncil } from './midt-professional-council.entity';
import { MidtProfessionalNetwork } from './midt-professional-network.entity';
import { MidtUnit } from './midt-unit.entity';
import { MidtWebPage } from './midt-web-page.entity';

export {
  MidtCooperationCommittee,
  MidtHistoricalMunicipality,
  MidtLocalResourceGroup,
  MidtMandateDuty,
  MidtNetwork,
  MidtParticipant,
  MidtPrecedingDocument,
  MidtProfessionalCouncil,
  MidtProfessionalNetwork,
  MidtUnit,
  MidtWebPage,
};

export const midtUnitTypes = [MidtCooperationCommittee, MidtProfessionalCouncil, MidtProfessionalNetwork, MidtLocalResourceGroup];

/** Midt's own tables besides network and unit; each has a network_id column. */
export const midtVariantEntities = [MidtParticipant, MidtMandateDuty, MidtWebPage, MidtPrecedingDocument, MidtHistoricalMunicipality];

export const entities = [MidtNetwork, MidtUnit, ...midtUnitTypes, ...midtVariantEntities, ...regionalKitEntities];
