import type { EntityManager } from '@mikro-orm/postgresql';
import { createRegionalContext, RegionalContext } from '@pallnet/regional-kit';
import { groupLoader, OrderBy, readWhereIn, Viewer } from '@pallnet/subgraph-kit';
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

const inSourceOrder: OrderBy = [['position', 'asc'], ['id', 'asc']];

/**
 * The loaders of Innlandet's own tables. Each answers one level of a query for every network
 * (or plan, cycle, period) at once, so a request's statements do not grow with the data.
 */
function createInnlandetLoaders(em: EntityManager) {
  return {
    meetingRulesByNetwork: groupLoader<string, InnlandetMeetingRule>(
      (networkIds) => readWhereIn(em, InnlandetMeetingRule, 'networkId', networkIds, inSourceOrder),
      (rule) => rule.networkId,
    ),
    annualCyclesByNetwork: groupLoader<string, InnlandetAnnualCycle>(
      (networkIds) => readWhereIn(em, InnlandetAnnualCycle, 'networkId', networkIds, [['id', 'asc']]),
      (cycle) => cycle.networkId,
    ),
    periodsByCycle: groupLoader<number, InnlandetCyclePeriod>(
      (cycleIds) => readWhereIn(em, InnlandetCyclePeriod, 'cycleId', cycleIds, inSourceOrder),
      (period) => period.cycleId,
    ),
    activitiesByPeriod: groupLoader<number, InnlandetCycleActivity>(
      (periodIds) => readWhereIn(em, InnlandetCycleActivity, 'periodId', periodIds, inSourceOrder),
      (activity) => activity.periodId,
    ),
    actionPlansByNetwork: groupLoader<string, InnlandetActionPlan>(
      (networkIds) => readWhereIn(em, InnlandetActionPlan, 'networkId', networkIds, inSourceOrder),
      (plan) => plan.networkId,
    ),
    focusAreasByPlan: groupLoader<number, InnlandetFocusArea>(
      (planIds) => readWhereIn(em, InnlandetFocusArea, 'actionPlanId', planIds, inSourceOrder),
      (focusArea) => focusArea.actionPlanId,
    ),
    plannedEventsByFocusArea: groupLoader<number, InnlandetPlannedEvent>(
      (focusAreaIds) => readWhereIn(em, InnlandetPlannedEvent, 'focusAreaId', focusAreaIds, inSourceOrder),
      (event) => event.focusAreaId,
    ),
    governingDocumentsByNetwork: groupLoader<string, InnlandetGoverningDocument>(
      (networkIds) => readWhereIn(em, InnlandetGoverningDocument, 'networkId', networkIds, inSourceOrder),
      (document) => document.networkId,
    ),
  };
}

export function createInnlandetContext(em: EntityManager, viewer: Viewer | null): InnlandetContext {
  return { ...createRegionalContext(em, viewer, innlandetModel), innlandet: createInnlandetLoaders(em) };
}
