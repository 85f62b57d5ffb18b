import type { EntityManager } from '@mikro-orm/postgresql';
import { AgreementRecord, createInSourceOrder, seedIntoEmptyDatabase, UnitMunicipality } from '@pallnet/regional-kit';
import { VestNetwork, VestNetworkGroup, VestObligation, VestOperationsGroup, VestSteeringGroup } from '../entities';
import * as source from './source';

/** Loads Helse Stavanger's network from its source document into an empty database. */
export async function seedVest(em: EntityManager): Promise<boolean> {
  return seedIntoEmptyDatabase(em, VestNetwork, (tx) => {
    const networkId = source.NETWORK_ID;
    tx.create(VestNetwork, source.network);
    createInSourceOrder(tx, AgreementRecord, networkId, source.agreements);

    let position = 0;
    tx.create(VestSteeringGroup, { ...source.steeringGroup, networkId, position: position++ });
    for (const group of source.operationsGroups) {
      tx.create(VestOperationsGroup, { ...group, networkId, parentId: source.steeringGroup.id, position: position++ });
    }
    for (const { municipalities, ...group } of source.networkGroups) {
      // Nurses' network groups meet at least every half year (section 8.3).
      tx.create(VestNetworkGroup, { ...group, networkId, plannedMeetingsPerYear: 2, position: position++ });
      for (const municipality of municipalities) {
        tx.create(UnitMunicipality, {
          networkId,
          unitId: group.id,
          municipalityNumber: municipality.number,
          sourceWording: municipality.wording,
        });
      }
    }
    createInSourceOrder(tx, VestObligation, networkId, source.obligations);
  });
}
