import { regionalKitEntities } from '@pallnet/regional-kit';
import { SorOstActivityReport } from './sor-ost-activity-report.entity';
import { SorOstAgreementMilestone } from './sor-ost-agreement-milestone.entity';
import { SorOstExternalActivity } from './sor-ost-external-activity.entity';
import { SorOstGoal } from './sor-ost-goal.entity';
import { SorOstGoalKind } from './sor-ost-goal-kind.enum';
import { SorOstGoverningDocument } from './sor-ost-governing-document.entity';
import { SorOstGroupMember } from './sor-ost-group-member.entity';
import { SorOstHistoryEntry } from './sor-ost-history-entry.entity';
import { SorOstLeadershipTerm } from './sor-ost-leadership-term.entity';
import { SorOstNetwork } from './sor-ost-network.entity';
import { SorOstOperationsGroup } from './sor-ost-operations-group.entity';
import { SorOstSectorNetwork } from './sor-ost-sector-network.entity';
import { SorOstSteeringGroup } from './sor-ost-steering-group.entity';
import { SorOstTalk } from './sor-ost-talk.entity';
import { SorOstUnit } from './sor-ost-unit.entity';

export {
  SorOstActivityReport,
  SorOstAgreementMilestone,
  SorOstExternalActivity,
  SorOstGoal,
  SorOstGoalKind,
  SorOstGoverningDocument,
  SorOstGroupMember,
  SorOstHistoryEntry,
  SorOstLeadershipTerm,
  SorOstNetwork,
  SorOstOperationsGroup,
  SorOstSectorNetwork,
  SorOstSteeringGroup,
  SorOstTalk,
  SorOstUnit,
};

export const sorOstUnitTypes = [SorOstSteeringGroup, SorOstOperationsGroup, SorOstSectorNetwork];

/** The region's own tables besides `network` and `unit`; each has a network_id column. */
export const sorOstRecordEntities = [
  SorOstHistoryEntry,
  SorOstAgreementMilestone,
  SorOstGoverningDocument,
  SorOstGroupMember,
  SorOstLeadershipTerm,
  SorOstActivityReport,
  SorOstGoal,
  SorOstExternalActivity,
  SorOstTalk,
];

export const entities = [SorOstNetwork, SorOstUnit, ...sorOstUnitTypes, ...sorOstRecordEntities, ...regionalKitEntities];
