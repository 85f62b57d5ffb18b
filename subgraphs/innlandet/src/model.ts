import { HealthRegion } from '@pallnet/contract';
import type { RegionalModel } from '@pallnet/regional-kit';
import { InnlandetNetwork, InnlandetUnit, innlandetUnitTypes } from './entities';

export const innlandetModel: RegionalModel = {
  region: HealthRegion.INNLANDET,
  network: InnlandetNetwork,
  unit: InnlandetUnit,
  unitTypes: innlandetUnitTypes,
};
