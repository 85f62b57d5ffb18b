import { HealthRegion } from '@pallnet/contract';
import type { RegionalModel } from '@pallnet/regional-kit';
import { VestNetwork, VestUnit, vestUnitTypes } from './entities';

export const vestModel: RegionalModel = {
  region: HealthRegion.VEST,
  network: VestNetwork,
  unit: VestUnit,
  unitTypes: vestUnitTypes,
};
