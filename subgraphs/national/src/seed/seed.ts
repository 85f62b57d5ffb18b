import type { EntityManager } from '@mikro-orm/postgresql';
import { HealthRegion } from '@pallnet/contract';
import { readMunicipalityRegister } from '@pallnet/municipality-register';
import { Municipality, Region } from '../entities';

const REGIONS: Array<Pick<Region, 'code' | 'name'>> = [
  { code: HealthRegion.VEST, name: 'Helse Vest' },
  { code: HealthRegion.INNLANDET, name: 'Innlandet' },
  { code: HealthRegion.MIDT, name: 'Helse Midt-Norge' },
  { code: HealthRegion.SOR_OST, name: 'Helse Sør-Øst' },
];

/**
 * Loads the regions and the municipality register into an empty database. The network catalog is
 * not seeded: its networks arrive by migration (migrations/Migration20261130000000.ts).
 */
export async function seedNational(em: EntityManager): Promise<boolean> {
  if ((await em.count(Region)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const region of REGIONS) tx.create(Region, region);
    for (const municipality of readMunicipalityRegister()) tx.create(Municipality, municipality);
  });
  return true;
}
