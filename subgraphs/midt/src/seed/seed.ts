import type { EntityManager } from '@mikro-orm/postgresql';
import { AgreementRecord, createInSourceOrder, seedIntoEmptyDatabase, UnitMunicipality } from '@pallnet/regional-kit';
import {
  MidtCooperationCommittee,
  MidtHistoricalMunicipality,
  MidtLocalResourceGroup,
  MidtMandateDuty,
  MidtNetwork,
  MidtParticipant,
  MidtPrecedingDocument,
  MidtProfessionalCouncil,
  MidtProfessionalNetwork,
  MidtWebPage,
} from '../entities';
import * as source from './source';

/** Loads Helse Nord-Trøndelag's network from its source document into an empty database. */
export async function seedMidt(em: EntityManager): Promise<boolean> {
  return seedIntoEmptyDatabase(em, MidtNetwork, (tx) => {
    const networkId = source.NETWORK_ID;
    tx.create(MidtNetwork, source.network);
    createInSourceOrder(tx, AgreementRecord, networkId, source.agreements);
    createInSourceOrder(tx, MidtPrecedingDocument, networkId, source.precedingDocuments);
    createInSourceOrder(tx, MidtParticipant, networkId, source.participants);
    createInSourceOrder(tx, MidtMandateDuty, networkId, source.mandate);
    createInSourceOrder(tx, MidtWebPage, networkId, source.webPages);

    let position = 0;
    for (const committee of source.cooperationCommittees) {
      tx.create(MidtCooperationCommittee, { ...committee, networkId, position: position++ });
    }
    tx.create(MidtProfessionalCouncil, { ...source.professionalCouncil, networkId, position: position++ });
    for (const unit of source.professionalNetworks) {
      tx.create(MidtProfessionalNetwork, { ...unit, networkId, position: position++ });
    }
    let historyPosition = 0;
    for (const { municipalities, ...group } of source.localResourceGroups) {
      tx.create(MidtLocalResourceGroup, { ...group, networkId, position: position++ });
      for (const municipality of municipalities) {
        tx.create(UnitMunicipality, {
          networkId,
          unitId: group.id,
          municipalityNumber: municipality.number,
          sourceWording: municipality.wording,
          note: municipality.namedInDocument ? null : group.municipalityNote,
        });
        tx.create(MidtHistoricalMunicipality, {
          ...municipality.history,
          networkId,
          unitId: group.id,
          namedInDocument: municipality.namedInDocument,
          position: historyPosition++,
        });
      }
    }
  });
}
