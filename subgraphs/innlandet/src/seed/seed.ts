import type { EntityManager } from '@mikro-orm/postgresql';
import { AgreementRecord, createInSourceOrder, FocusAreaRecord, MembershipFigure, seedIntoEmptyDatabase } from '@pallnet/regional-kit';
import {
  InnlandetActionPlan,
  InnlandetAnnualCycle,
  InnlandetClinicalCommittee,
  InnlandetCooperationCommittee,
  InnlandetCycleActivity,
  InnlandetCyclePeriod,
  InnlandetFocusArea,
  InnlandetGoverningDocument,
  InnlandetMeetingRule,
  InnlandetNetwork,
  InnlandetPlannedEvent,
  InnlandetResourceNurseNetwork,
  InnlandetWorkingGroup,
} from '../entities';
import * as source from './source';

/** Loads Sykehuset Innlandet's network from its action plan into an empty database, in one transaction. */
export async function seedInnlandet(em: EntityManager): Promise<boolean> {
  return seedIntoEmptyDatabase(em, InnlandetNetwork, async (tx) => {
    const networkId = source.NETWORK_ID;
    tx.create(InnlandetNetwork, source.network);
    createInSourceOrder(tx, AgreementRecord, networkId, source.agreements);

    tx.create(InnlandetCooperationCommittee, { ...source.cooperationCommittee, networkId, position: 0 });
    tx.create(InnlandetClinicalCommittee, { ...source.clinicalCommittee, networkId, position: 1 });
    tx.create(InnlandetWorkingGroup, { ...source.workingGroup, networkId, position: 2 });
    tx.create(InnlandetResourceNurseNetwork, { ...source.resourceNurseNetwork, networkId, position: 3 });

    // The 170 belong to no year-end: undated, so memberCount without a year answers it and memberCount(year) stays null.
    for (const unitId of [null, source.UNIT_IDS.resourceNurses]) {
      tx.create(MembershipFigure, { networkId, unitId, year: null, count: source.membership.count, note: source.membership.note });
    }
    createInSourceOrder(tx, InnlandetMeetingRule, networkId, source.meetingRules);
    createInSourceOrder(tx, InnlandetGoverningDocument, networkId, source.governingDocuments);
    for (const year of source.focusAreaYears) {
      for (const focusArea of source.focusAreas) {
        tx.create(FocusAreaRecord, { networkId, year, title: focusArea.title, status: null, note: source.FOCUS_AREA_NOTE });
      }
    }

    // Periods and focus areas point at their parents' generated ids, so the parents are flushed first.
    const cycle = tx.create(InnlandetAnnualCycle, { ...source.annualCycle, networkId });
    const plan = tx.create(InnlandetActionPlan, { ...source.actionPlan, networkId });
    await tx.flush();

    const periods = source.cyclePeriods.map(({ activities, ...period }, position) => ({
      activities,
      row: tx.create(InnlandetCyclePeriod, { ...period, networkId, cycleId: cycle.id, position }),
    }));
    const focusAreas = source.focusAreas.map(({ plannedEvents, ...focusArea }, position) => ({
      plannedEvents: plannedEvents ?? [],
      row: tx.create(InnlandetFocusArea, { ...focusArea, networkId, actionPlanId: plan.id, position }),
    }));
    await tx.flush();

    for (const { activities, row } of periods) {
      activities.forEach((activity, position) => tx.create(InnlandetCycleActivity, { ...activity, networkId, periodId: row.id, position }));
    }
    for (const { plannedEvents, row } of focusAreas) {
      plannedEvents.forEach((event, position) => tx.create(InnlandetPlannedEvent, { ...event, networkId, focusAreaId: row.id, position }));
    }
  });
}
