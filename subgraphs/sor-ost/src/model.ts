import { HealthRegion } from '@pallnet/contract';
import type { RegionalModel } from '@pallnet/regional-kit';
import { SorOstNetwork, SorOstUnit, sorOstUnitTypes } from './entities';

export const sorOstModel: RegionalModel = {
  region: HealthRegion.SOR_OST,
  network: SorOstNetwork,
  unit: SorOstUnit,
  unitTypes: sorOstUnitTypes,
};
