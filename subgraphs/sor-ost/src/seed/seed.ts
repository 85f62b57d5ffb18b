import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AgreementRecord,
  createInSourceOrder,
  EventRecord,
  FocusAreaRecord,
  FundingRecord,
  JobShadowingRecord,
  MembershipFigure,
  seedIntoEmptyDatabase,
  UnitMunicipality,
  YearReport,
} from '@pallnet/regional-kit';
import {
  SorOstActivityReport,
  SorOstAgreementMilestone,
  SorOstExternalActivity,
  SorOstGoal,
  SorOstGoverningDocument,
  SorOstGroupMember,
  SorOstHistoryEntry,
  SorOstLeadershipTerm,
  SorOstNetwork,
  SorOstOperationsGroup,
  SorOstSectorNetwork,
  SorOstSteeringGroup,
  SorOstTalk,
} from '../entities';
import * as source from './source';

/** The report's year; the sectors' focus areas (Satsningsområde) are for the year after. */
const YEAR = 2021;
const PLANS_YEAR = 2022;

/** Loads Palliativt nettverk i Oslo from its annual report 2021 into an empty database. */
export async function seedSorOst(em: EntityManager): Promise<boolean> {
  return seedIntoEmptyDatabase(em, SorOstNetwork, (tx) => {
    const networkId = source.NETWORK_ID;
    tx.create(SorOstNetwork, source.network);

    createInSourceOrder(tx, SorOstHistoryEntry, networkId, source.history);
    createInSourceOrder(tx, AgreementRecord, networkId, source.agreements);
    createInSourceOrder(tx, SorOstAgreementMilestone, networkId, source.agreementMilestones);
    createInSourceOrder(tx, SorOstGoverningDocument, networkId, source.governingDocuments);
    createInSourceOrder(tx, SorOstGoal, networkId, source.goals);
    createInSourceOrder(tx, SorOstExternalActivity, networkId, source.externalActivities);
    createInSourceOrder(tx, SorOstTalk, networkId, source.talks);

    for (const municipality of source.networkMunicipalities) {
      tx.create(UnitMunicipality, { networkId, municipalityNumber: municipality.number, sourceWording: municipality.wording });
    }
    for (const figure of source.networkFigures) tx.create(MembershipFigure, { ...figure, networkId });
    tx.create(YearReport, { ...source.networkYearReport, networkId });
    tx.create(SorOstActivityReport, { ...source.networkActivityReport, networkId });
    for (const event of source.networkEvents) tx.create(EventRecord, { ...event, networkId });
    for (const grant of source.funding) tx.create(FundingRecord, { ...grant, networkId });
    for (const focusArea of source.networkFocusAreas) tx.create(FocusAreaRecord, { ...focusArea, networkId });

    const { members: steeringMembers, activityReport: steeringReport, events: steeringEvents, ...steering } = source.steeringGroup;
    const { members: operationsMembers, activityReport: operationsReport, events: operationsEvents, ...operations } = source.operationsGroup;
    tx.create(SorOstSteeringGroup, { ...steering, networkId, position: 0 });
    tx.create(SorOstOperationsGroup, { ...operations, networkId, position: 1 });
    const groups = [
      { unitId: steering.id, members: steeringMembers, activityReport: steeringReport, events: steeringEvents },
      { unitId: operations.id, members: operationsMembers, activityReport: operationsReport, events: operationsEvents },
    ];
    let memberPosition = 0;
    for (const { unitId, members, activityReport, events } of groups) {
      for (const member of members) tx.create(SorOstGroupMember, { ...member, networkId, unitId, position: memberPosition++ });
      tx.create(SorOstActivityReport, { ...activityReport, networkId, unitId, year: YEAR });
      for (const event of events) tx.create(EventRecord, { ...event, networkId, unitId });
    }

    let position = groups.length;
    let termPosition = 0;
    for (const sector of source.sectorNetworks) {
      const { leadership, figures, yearReport, events, activityReport, focusAreas, jobShadowing, municipalities, ...unit } = sector;
      const unitId = unit.id;
      tx.create(SorOstSectorNetwork, { ...unit, networkId, position: position++ });
      for (const term of leadership) tx.create(SorOstLeadershipTerm, { ...term, networkId, unitId, position: termPosition++ });
      for (const figure of figures) tx.create(MembershipFigure, { ...figure, networkId, unitId });
      tx.create(YearReport, { ...yearReport, networkId, unitId, year: YEAR });
      for (const event of events) tx.create(EventRecord, { ...event, networkId, unitId });
      tx.create(SorOstActivityReport, { ...activityReport, networkId, unitId, year: YEAR });
      for (const focusArea of focusAreas) tx.create(FocusAreaRecord, { ...focusArea, networkId, unitId, year: PLANS_YEAR });
      for (const record of jobShadowing) tx.create(JobShadowingRecord, { ...record, networkId, unitId, year: YEAR });
      for (const municipality of municipalities) {
        tx.create(UnitMunicipality, {
          networkId,
          unitId,
          municipalityNumber: municipality.number,
          sourceWording: municipality.wording,
          note: municipality.note,
        });
      }
    }
  });
}
