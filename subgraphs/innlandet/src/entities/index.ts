import { regionalKitEntities } from '@pallnet/regional-kit';
import { InnlandetActionPlan } from './innlandet-action-plan.entity';
import { InnlandetAnnualCycle } from './innlandet-annual-cycle.entity';
import { InnlandetClinicalCommittee } from './innlandet-clinical-committee.entity';
import { InnlandetCooperationCommittee } from './innlandet-cooperation-committee.entity';
import { InnlandetCycleActivity } from './innlandet-cycle-activity.entity';
import { InnlandetCyclePeriod } from './innlandet-cycle-period.entity';
import { InnlandetFocusArea, InnlandetTimingKind } from './innlandet-focus-area.entity';
import { InnlandetDocumentCategory, InnlandetGoverningDocument } from './innlandet-governing-document.entity';
import { InnlandetMeetingRule } from './innlandet-meeting-rule.entity';
import { InnlandetNetwork } from './innlandet-network.entity';
import { InnlandetPlannedEvent } from './innlandet-planned-event.entity';
import { InnlandetResourceNurseNetwork } from './innlandet-resource-nurse-network.entity';
import { InnlandetUnit } from './innlandet-unit.entity';
import { InnlandetWorkingGroup } from './innlandet-working-group.entity';

export {
  InnlandetActionPlan,
  InnlandetAnnualCycle,
  InnlandetClinicalCommittee,
  InnlandetCooperationCommittee,
  InnlandetCycleActivity,
  InnlandetCyclePeriod,
  InnlandetDocumentCategory,
  InnlandetFocusArea,
  InnlandetGoverningDocument,
  InnlandetMeetingRule,
  InnlandetNetwork,
  InnlandetPlannedEvent,
  InnlandetResourceNurseNetwork,
  InnlandetTimingKind,
  InnlandetUnit,
  InnlandetWorkingGroup,
};

/** The levels of the organisation chart, top first. */
export const innlandetUnitTypes = [InnlandetCooperationCommittee, InnlandetClinicalCommittee, InnlandetWorkingGroup, InnlandetResourceNurseNetwork];

/** Innlandet's own tables beside the network and unit tables; each has a network_id column. */
export const innlandetVariantEntities = [
  InnlandetMeetingRule,
  InnlandetAnnualCycle,
  InnlandetCyclePeriod,
  InnlandetCycleActivity,
  InnlandetActionPlan,
  InnlandetFocusArea,
  InnlandetPlannedEvent,
  InnlandetGoverningDocument,
];

export const entities = [InnlandetNetwork, InnlandetUnit, ...innlandetUnitTypes, ...innlandetVariantEntities, ...regionalKitEntities];
