import type { EntityManager } from '@mikro-orm/postgresql';
import { byNetwork, IN_SOURCE_ORDER, RegionalContext } from '@pallnet/regional-kit';
import {
  SorOstActivityReport,
  SorOstAgreementMilestone,
  SorOstExternalActivity,
  SorOstGoal,
  SorOstGoverningDocument,
  SorOstGroupMember,
  SorOstHistoryEntry,
  SorOstLeadershipTerm,
  SorOstTalk,
} from './entities';

export interface SorOstContext extends RegionalContext {
  sorOst: SorOstLoaders;
}

/** The loaders of Sør-Øst's own tables: unit fields load their network's rows and pick their own. */
export function createSorOstLoaders(em: EntityManager) {
  return {
    historyByNetwork: byNetwork(em, SorOstHistoryEntry, IN_SOURCE_ORDER),
    agreementMilestonesByNetwork: byNetwork(em, SorOstAgreementMilestone, IN_SOURCE_ORDER),
    governingDocumentsByNetwork: byNetwork(em, SorOstGoverningDocument, IN_SOURCE_ORDER),
    groupMembersByNetwork: byNetwork(em, SorOstGroupMember, IN_SOURCE_ORDER),
    leadershipByNetwork: byNetwork(em, SorOstLeadershipTerm, IN_SOURCE_ORDER),
    activityReportsByNetwork: byNetwork(em, SorOstActivityReport, IN_SOURCE_ORDER),
    goalsByNetwork: byNetwork(em, SorOstGoal, IN_SOURCE_ORDER),
    externalActivitiesByNetwork: byNetwork(em, SorOstExternalActivity, IN_SOURCE_ORDER),
    talksByNetwork: byNetwork(em, SorOstTalk, IN_SOURCE_ORDER),
  };
}

export type SorOstLoaders = ReturnType<typeof createSorOstLoaders>;
