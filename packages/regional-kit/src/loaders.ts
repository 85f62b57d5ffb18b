import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { oneLoader, OrderBy, readWhereIn, rowsByKey } from '@pallnet/subgraph-kit';
import type { NetworkBase } from './entities/network-base';
import { ResourcePerson, UnitMembership } from './entities/resource-person.entity';
import {
  AgreementRecord,
  EventRecord,
  FocusAreaRecord,
  FundingRecord,
  HospitalUnitRecord,
  JobShadowingRecord,
  MembershipFigure,
  UnitMunicipality,
  YearReport,
} from './entities/template-records';
import type { UnitBase } from './entities/unit-base';
import type { RegionalModel } from './model';

/** The order of a region's own records: as the source document lists them (`position`), then as entered. */
export const IN_SOURCE_ORDER: OrderBy = [
  ['position', 'asc'],
  ['id', 'asc'],
];

/**
 * The rows of one table whose `key` column holds any of the keys a query level asks for, in one
 * statement, grouped by key in `order`: every level of a query costs one statement per table
 * however many networks (or plans, cycles, …) it touches.
 */
export function rowsBy<T extends object, K extends keyof T & string>(em: EntityManager, entity: EntityClass<T>, key: K, order: OrderBy = [['id', 'asc']]) {
  return rowsByKey<T[K], T>(em, entity, key, order);
}

/** A table's rows for every network a query level asks for (see rowsBy). */
export function byNetwork<T extends { networkId: string }>(em: EntityManager, entity: EntityClass<T>, order?: OrderBy) {
  return rowsBy(em, entity, 'networkId', order);
}

/**
 * The loaders of one request. Each answers one level of a query for all networks at once, so a
 * gateway request costs the same number of statements whatever the amount of data. They read
 * plain rows (readWhereIn), not managed entities: reads change nothing.
 */
export function createTemplateLoaders(em: EntityManager, model: RegionalModel) {
  return {
    network: oneLoader<string, NetworkBase>(
      (ids) => readWhereIn(em, model.network, 'id', ids),
      (n) => n.id,
    ),
    unit: oneLoader<string, UnitBase>(
      (ids) => readWhereIn(em, model.unit, 'id', ids),
      (u) => u.id,
    ),
    unitsByNetwork: rowsByKey<string, UnitBase>(em, model.unit, 'networkId', IN_SOURCE_ORDER),
    municipalitiesByNetwork: byNetwork(em, UnitMunicipality),
    figuresByNetwork: byNetwork(em, MembershipFigure),
    eventsByNetwork: byNetwork(em, EventRecord),
    yearReportsByNetwork: byNetwork(em, YearReport),
    focusAreasByNetwork: byNetwork(em, FocusAreaRecord),
    fundingByNetwork: byNetwork(em, FundingRecord),
    jobShadowingByNetwork: byNetwork(em, JobShadowingRecord),
    hospitalUnitsByNetwork: byNetwork(em, HospitalUnitRecord),
    resourcePersonsByNetwork: rowsByKey<string, ResourcePerson>(em, ResourcePerson, 'networkId', [
      ['name', 'asc'],
      ['id', 'asc'],
    ]),
    membershipsByNetwork: byNetwork(em, UnitMembership),
    agreementsByNetwork: rowsByKey<string, AgreementRecord>(em, AgreementRecord, 'networkId', IN_SOURCE_ORDER),
  };
}

export type TemplateLoaders = ReturnType<typeof createTemplateLoaders>;
