import type { EntityManager } from '@mikro-orm/postgresql';
import { HealthRegion, RegionalHealthAuthority } from '@pallnet/contract';
import { readMunicipalityRegister } from '@pallnet/municipality-register';
import { Municipality, NetworkCatalogEntry, Region } from '../entities';
import { NETWORK_TYPE_BY_REGION } from '../network-reference';

const REGIONS: Array<Pick<Region, 'code' | 'name'>> = [
  { code: HealthRegion.VEST, name: 'Helse Vest' },
  { code: HealthRegion.INNLANDET, name: 'Innlandet' },
  { code: HealthRegion.MIDT, name: 'Helse Midt-Norge' },
  { code: HealthRegion.SOR_OST, name: 'Helse Sør-Øst' },
];

/**
 * The networks described by the source documents; each id is the one its region seeds. Each
 * network's regional health authority: Stavanger's in Helse Vest, Nord-Trøndelag's in Helse
 * Midt-Norge, and both Sykehuset Innlandet's (its plan: «i region sør-øst») and Oslo's in Helse Sør-Øst.
 */
const CATALOG: Array<Pick<NetworkCatalogEntry, 'id' | 'region' | 'regionalHealthAuthority'>> = [
  { id: 'vest-helse-stavanger', region: HealthRegion.VEST, regionalHealthAuthority: RegionalHealthAuthority.HELSE_VEST },
  { id: 'innlandet-sykehuset-innlandet', region: HealthRegion.INNLANDET, regionalHealthAuthority: RegionalHealthAuthority.HELSE_SOR_OST },
  { id: 'midt-nord-trondelag', region: HealthRegion.MIDT, regionalHealthAuthority: RegionalHealthAuthority.HELSE_MIDT_NORGE },
  { id: 'sor-ost-oslo', region: HealthRegion.SOR_OST, regionalHealthAuthority: RegionalHealthAuthority.HELSE_SOR_OST },
];

/** Loads the regions, the municipality register and the network catalog into an empty database. */
export async function seedNational(em: EntityManager): Promise<boolean> {
  if ((await em.count(Region)) > 0) return false;
  await em.transactional(async (tx) => {
    for (const region of REGIONS) tx.create(Region, region);
    for (const municipality of readMunicipalityRegister()) tx.create(Municipality, municipality);
    for (const entry of CATALOG) {
      tx.create(NetworkCatalogEntry, { ...entry, typeName: NETWORK_TYPE_BY_REGION[entry.region] });
    }
  });
  return true;
}
