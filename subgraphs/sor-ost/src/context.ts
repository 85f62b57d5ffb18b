import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createRegionalContext, RegionalContext } from '@pallnet/regional-kit';
import { groupLoader, readWhereIn, Viewer } from '@pallnet/subgraph-kit';
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
import type { SorOstRecord } from './entities/sor-ost-record';
import { sorOstModel } from './model';

export interface SorOstContext extends RegionalContext {
  sorOst: SorOstLoaders;
}

/**
 * One loader per own table, keyed by network: unit fields load their network's rows and pick
 * their own, so every level of a query costs one statement per table however many networks
 * and units it touches.
 */
function byNetwork<T extends SorOstRecord>(em: EntityManager, entity: EntityClass<T>) {
  return groupLoader<string, T>(
    (networkIds) => readWhereIn(em, entity, 'networkId', networkIds, [['position', 'asc'], ['id', 'asc']]),
    (record) => record.networkId,
  );
}

function createSorOstLoaders(em: EntityManager) {
  return {
    historyByNetwork: byNetwork(em, SorOstHistoryEntry),
    agreementMilestonesByNetwork: byNetwork(em, SorOstAgreementMilestone),
    governingDocumentsByNetwork: byNetwork(em, SorOstGoverningDocument),
    groupMembersByNetwork: byNetwork(em, SorOstGroupMember),
    leadershipByNetwork: byNetwork(em, SorOstLeadershipTerm),
    activityReportsByNetwork: byNetwork(em, SorOstActivityReport),
    goalsByNetwork: byNetwork(em, SorOstGoal),
    externalActivitiesByNetwork: byNetwork(em, SorOstExternalActivity),
    talksByNetwork: byNetwork(em, SorOstTalk),
  };
}

export type SorOstLoaders = ReturnType<typeof createSorOstLoaders>;

export function createSorOstContext(em: EntityManager, viewer: Viewer | null): SorOstContext {
  return { ...createRegionalContext(em, viewer, sorOstModel), sorOst: createSorOstLoaders(em) };
}
