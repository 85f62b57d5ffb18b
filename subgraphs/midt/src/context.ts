import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createRegionalContext, RegionalContext } from '@pallnet/regional-kit';
import { groupLoader, readWhereIn, Viewer } from '@pallnet/subgraph-kit';
import { MidtHistoricalMunicipality, MidtMandateDuty, MidtParticipant, MidtPrecedingDocument, MidtWebPage } from './entities';
import { midtModel } from './model';

export interface MidtContext extends RegionalContext {
  midt: ReturnType<typeof createMidtLoaders>;
}

/** Every one of Midt's own tables belongs to a network and keeps the document's order. */
interface OrderedNetworkRow {
  networkId: string;
  position: number;
}

/** One statement per query level for all networks at once, in the document's order. */
function byNetwork<T extends OrderedNetworkRow>(em: EntityManager, entity: EntityClass<T>) {
  return groupLoader<string, T>(
    (networkIds) => readWhereIn(em, entity, 'networkId', networkIds, [['position', 'asc'], ['id', 'asc']]),
    (row) => row.networkId,
  );
}

function createMidtLoaders(em: EntityManager) {
  return {
    participantsByNetwork: byNetwork(em, MidtParticipant),
    mandateByNetwork: byNetwork(em, MidtMandateDuty),
    webPagesByNetwork: byNetwork(em, MidtWebPage),
    precedingDocumentsByNetwork: byNetwork(em, MidtPrecedingDocument),
    historicalMunicipalitiesByNetwork: byNetwork(em, MidtHistoricalMunicipality),
  };
}

export function createMidtContext(em: EntityManager, viewer: Viewer | null): MidtContext {
  return { ...createRegionalContext(em, viewer, midtModel), midt: createMidtLoaders(em) };
}
