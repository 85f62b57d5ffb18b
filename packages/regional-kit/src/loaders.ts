import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, oneLoader } from '@pallnet/subgraph-kit';
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

/** A loader's order: [property, direction] pairs, the first deciding most. */
export type RowOrder = ReadonlyArray<readonly [property: string, direction: 'asc' | 'desc']>;

/** The order of a region's own records: as the source document lists them (`position`), then as entered. */
export const IN_SOURCE_ORDER: RowOrder = [
  ['position', 'asc'],
  ['id', 'asc'],
];

/**
 * The rows of one table whose `key` column holds any of the keys a query level asks for, in one
 * statement, grouped by key in `order`: every level of a query costs one statement per table
 * however many networks (or plans, cycles, …) it touches.
 */
export function rowsBy<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: K,
  order: RowOrder = [['id', 'asc']],
) {
  return groupLoader<T[K], T>(
    // The generic T hides the columns from MikroORM's typed filters; the caller names real ones.
    (keys) => em.find(entity, { [key]: { $in: [...keys] } } as never, { orderBy: Object.fromEntries(order) as never }),
    (row) => row[key],
  );
}

/** A table's rows for every network a query level asks for (see rowsBy). */
export function byNetwork<T extends { networkId: string }>(em: EntityManager, entity: EntityClass<T>, order?: RowOrder) {
  return rowsBy(em, entity, 'networkId', order);
}

/**
 * The loaders of one request. Each answers one level of a query for all networks at once, so a
 * gateway request costs the same number of statements whatever the amount of data.
 */
export function createTemplateLoaders(em: EntityManager, model: RegionalModel) {
  return {
    network: oneLoader<string, NetworkBase>((ids) => em.find(model.network, { id: { $in: [...ids] } }), (n) => n.id),
    unit: oneLoader<string, UnitBase>((ids) => em.find(model.unit, { id: { $in: [...ids] } }), (u) => u.id),
    unitsByNetwork: groupLoader<string, UnitBase>(
      (networkIds) => em.find(model.unit, { networkId: { $in: [...networkIds] } }, { orderBy: { position: 'asc', id: 'asc' } }),
      (unit) => unit.networkId,
    ),
    municipalitiesByNetwork: byNetwork(em, UnitMunicipality),
    figuresByNetwork: byNetwork(em, MembershipFigure),
    eventsByNetwork: byNetwork(em, EventRecord),
    yearReportsByNetwork: byNetwork(em, YearReport),
    focusAreasByNetwork: byNetwork(em, FocusAreaRecord),
    fundingByNetwork: byNetwork(em, FundingRecord),
    jobShadowingByNetwork: byNetwork(em, JobShadowingRecord),
    hospitalUnitsByNetwork: byNetwork(em, HospitalUnitRecord),
    resourcePersonsByNetwork: groupLoader<string, ResourcePerson>(
      (networkIds) => em.find(ResourcePerson, { networkId: { $in: [...networkIds] } }, { orderBy: { name: 'asc', id: 'asc' } }),
      (person) => person.networkId,
    ),
    membershipsByNetwork: byNetwork(em, UnitMembership),
    agreementsByNetwork: groupLoader<string, AgreementRecord>(
      (networkIds) => em.find(AgreementRecord, { networkId: { $in: [...networkIds] } }, { orderBy: { position: 'asc', id: 'asc' } }),
      (record) => record.networkId,
    ),
  };
}

export type TemplateLoaders = ReturnType<typeof createTemplateLoaders>;
