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
  NetworkRecord,
  UnitMunicipality,
  YearReport,
} from './entities/template-records';
import type { UnitBase } from './entities/unit-base';
import type { RegionalModel } from './model';

function byNetwork<T extends Pick<NetworkRecord, 'networkId'>>(em: EntityManager, entity: EntityClass<T>) {
  return groupLoader<string, T>(
    (networkIds) => em.find(entity, { networkId: { $in: [...networkIds] } } as never, { orderBy: { id: 'asc' } as never }),
    (record) => record.networkId,
  );
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
