import { HealthRegion } from '@pallnet/contract';
import type { RegionalModel } from '@pallnet/regional-kit';
import { MidtNetwork, MidtUnit, midtUnitTypes } from './entities';

export const midtModel: RegionalModel = {
  region: HealthRegion.MIDT,
  network: MidtNetwork,
  unit: MidtUnit,
  unitTypes: midtUnitTypes,
};
