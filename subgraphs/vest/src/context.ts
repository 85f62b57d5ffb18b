import type { EntityManager } from '@mikro-orm/postgresql';
import { byNetwork, RegionalContext } from '@pallnet/regional-kit';
import { VestObligation } from './entities';

export interface VestContext extends RegionalContext {
  vest: ReturnType<typeof createVestLoaders>;
}

/** The loaders of Vest's own tables (see the kit's byNetwork). */
export function createVestLoaders(em: EntityManager) {
  return {
    obligationsByNetwork: byNetwork(em, VestObligation, [['position', 'asc']]),
  };
}
