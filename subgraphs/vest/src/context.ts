import type { EntityManager } from '@mikro-orm/postgresql';
import { createRegionalContext, RegionalContext } from '@pallnet/regional-kit';
import { groupLoader, readWhereIn, Viewer } from '@pallnet/subgraph-kit';
import { VestObligation } from './entities';
import { vestModel } from './model';

export interface VestContext extends RegionalContext {
  vest: ReturnType<typeof createVestLoaders>;
}

function createVestLoaders(em: EntityManager) {
  return {
    obligationsByNetwork: groupLoader<string, VestObligation>(
      (networkIds) => readWhereIn(em, VestObligation, 'networkId', networkIds, [['position', 'asc']]),
      (obligation) => obligation.networkId,
    ),
  };
}

export function createVestContext(em: EntityManager, viewer: Viewer | null): VestContext {
  return { ...createRegionalContext(em, viewer, vestModel), vest: createVestLoaders(em) };
}
