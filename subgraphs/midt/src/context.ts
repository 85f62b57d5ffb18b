import type { EntityManager } from '@mikro-orm/postgresql';
import { byNetwork, IN_SOURCE_ORDER, RegionalContext } from '@pallnet/regional-kit';
import { MidtHistoricalMunicipality, MidtMandateDuty, MidtParticipant, MidtPrecedingDocument, MidtWebPage } from './entities';

export interface MidtContext extends RegionalContext {
  midt: ReturnType<typeof createMidtLoaders>;
}

/** The loaders of Midt's own tables: every one belongs to a network and keeps the document's order. */
export function createMidtLoaders(em: EntityManager) {
  return {
    participantsByNetwork: byNetwork(em, MidtParticipant, IN_SOURCE_ORDER),
    mandateByNetwork: byNetwork(em, MidtMandateDuty, IN_SOURCE_ORDER),
    webPagesByNetwork: byNetwork(em, MidtWebPage, IN_SOURCE_ORDER),
    precedingDocumentsByNetwork: byNetwork(em, MidtPrecedingDocument, IN_SOURCE_ORDER),
    historicalMunicipalitiesByNetwork: byNetwork(em, MidtHistoricalMunicipality, IN_SOURCE_ORDER),
  };
}
