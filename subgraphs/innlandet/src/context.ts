import type { EntityManager } from '@mikro-orm/postgresql';
import { byNetwork, IN_SOURCE_ORDER, RegionalContext, rowsBy } from '@pallnet/regional-kit';
import {
  InnlandetActionPlan,
  InnlandetAnnualCycle,
  InnlandetCycleActivity,
  InnlandetCyclePeriod,
  InnlandetFocusArea,
  InnlandetGoverningDocument,
  InnlandetMeetingRule,
  InnlandetPlannedEvent,
} from './entities';

export interface InnlandetContext extends RegionalContext {
  innlandet: InnlandetLoaders;
}

export type InnlandetLoaders = ReturnType<typeof createInnlandetLoaders>;

/**
 * The loaders of Innlandet's own tables. Each answers one level of a query for every network
 * (or plan, cycle, period) at once, so a request's statements do not grow with the data.
 */
export function createInnlandetLoaders(em: EntityManager) {
  return {
    meetingRulesByNetwork: byNetwork(em, InnlandetMeetingRule, IN_SOURCE_ORDER),
    annualCyclesByNetwork: byNetwork(em, InnlandetAnnualCycle),
    periodsByCycle: rowsBy(em, InnlandetCyclePeriod, 'cycleId', IN_SOURCE_ORDER),
    activitiesByPeriod: rowsBy(em, InnlandetCycleActivity, 'periodId', IN_SOURCE_ORDER),
    actionPlansByNetwork: byNetwork(em, InnlandetActionPlan, IN_SOURCE_ORDER),
    focusAreasByPlan: rowsBy(em, InnlandetFocusArea, 'actionPlanId', IN_SOURCE_ORDER),
    plannedEventsByFocusArea: rowsBy(em, InnlandetPlannedEvent, 'focusAreaId', IN_SOURCE_ORDER),
    governingDocumentsByNetwork: byNetwork(em, InnlandetGoverningDocument, IN_SOURCE_ORDER),
  };
}
