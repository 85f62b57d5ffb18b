import type { EntityManager } from '@mikro-orm/postgresql';
import { createRegionalContext, RegionalContext } from '@pallnet/regional-kit';
import { groupLoader, Viewer } from '@pallnet/subgraph-kit';
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
import { innlandetModel } from './model';

export interface InnlandetContext extends RegionalContext {
  innlandet: InnlandetLoaders;
}

export type InnlandetLoaders = ReturnType<typeof createInnlandetLoaders>;

const inSourceOrder = { orderBy: { position: 'asc', id: 'asc' } } as const;

/**
 * The loaders of Innlandet's own tables. Each answers one level of a query for every network
 * (or plan, cycle, period) at once, so a request's statements do not grow with the data.
 */
function createInnlandetLoaders(em: EntityManager) {
  return {
    meetingRulesByNetwork: groupLoader<string, InnlandetMeetingRule>(
      (networkIds) => em.find(InnlandetMeetingRule, { networkId: { $in: [...networkIds] } }, inSourceOrder),
      (rule) => rule.networkId,
    ),
    annualCyclesByNetwork: groupLoader<string, InnlandetAnnualCycle>(
      (networkIds) => em.find(InnlandetAnnualCycle, { networkId: { $in: [...networkIds] } }, { orderBy: { id: 'asc' } }),
      (cycle) => cycle.networkId,
    ),
    periodsByCycle: groupLoader<number, InnlandetCyclePeriod>(
      (cycleIds) => em.find(InnlandetCyclePeriod, { cycleId: { $in: [...cycleIds] } }, inSourceOrder),
      (period) => period.cycleId,
    ),
    activitiesByPeriod: groupLoader<number, InnlandetCycleActivity>(
      (periodIds) => em.find(InnlandetCycleActivity, { periodId: { $in: [...periodIds] } }, inSourceOrder),
      (activity) => activity.periodId,
    ),
    actionPlansByNetwork: groupLoader<string, InnlandetActionPlan>(
      (networkIds) => em.find(InnlandetActionPlan, { networkId: { $in: [...networkIds] } }, inSourceOrder),
      (plan) => plan.networkId,
    ),
    focusAreasByPlan: groupLoader<number, InnlandetFocusArea>(
      (planIds) => em.find(InnlandetFocusArea, { actionPlanId: { $in: [...planIds] } }, inSourceOrder),
      (focusArea) => focusArea.actionPlanId,
    ),
    plannedEventsByFocusArea: groupLoader<number, InnlandetPlannedEvent>(
      (focusAreaIds) => em.find(InnlandetPlannedEvent, { focusAreaId: { $in: [...focusAreaIds] } }, inSourceOrder),
      (event) => event.focusAreaId,
    ),
    governingDocumentsByNetwork: groupLoader<string, InnlandetGoverningDocument>(
      (networkIds) => em.find(InnlandetGoverningDocument, { networkId: { $in: [...networkIds] } }, inSourceOrder),
      (document) => document.networkId,
    ),
  };
}

export function createInnlandetContext(em: EntityManager, viewer: Viewer | null): InnlandetContext {
  return { ...createRegionalContext(em, viewer, innlandetModel), innlandet: createInnlandetLoaders(em) };
}
