import type { HealthRegion } from '@pallnet/contract';
import type { RegionalSubgraph } from '@pallnet/regional-kit';
import { openDatabase, resolveDatabaseUrl } from '@pallnet/subgraph-kit';
import { innlandetSubgraph } from '@pallnet/subgraph-innlandet';
import { midtSubgraph } from '@pallnet/subgraph-midt';
import { nationalSubgraph, NETWORK_TYPE_BY_REGION, NetworkCatalogEntry, REGIONAL_HEALTH_AUTHORITY_OF_REGION } from '@pallnet/subgraph-national';
import { sorOstSubgraph } from '@pallnet/subgraph-sor-ost';
import { vestSubgraph } from '@pallnet/subgraph-vest';

const REGIONS: RegionalSubgraph[] = [vestSubgraph, innlandetSubgraph, midtSubgraph, sorOstSubgraph];

/**
 * 1× data: two synthetic networks per region next to the four real ones, twelve in all; each with
 * six local units of four events a year (and the steering and operations levels, figures,
 * municipalities, focus areas of its region's shape). 10× and 100× have ten and a hundred times
 * as many synthetic networks: 84 and 804 networks.
 */
export const NETWORKS_PER_REGION_AT_1X = 2;
export const UNIT_SHAPE = { unitsPerNetwork: 6, eventsPerUnit: 4 };

/**
 * Grows the running system's data to `multiplier`× by adding the synthetic networks it lacks:
 * each region writes its own through its exported `seedSyntheticNetworks`, on its own database,
 * and the national catalog gets an entry per new network so `networks` lists it. Returns how many
 * networks each region has now (synthetic ones).
 */
export async function growSyntheticData(env: NodeJS.ProcessEnv, from: number, multiplier: number): Promise<number> {
  const start = from * NETWORKS_PER_REGION_AT_1X;
  const count = multiplier * NETWORKS_PER_REGION_AT_1X - start;
  if (count <= 0) return start;
  const catalog: Array<{ id: string; region: HealthRegion }> = [];
  for (const definition of REGIONS) {
    const region = definition.model.region;
    const orm = await openDatabase({ clientUrl: resolveDatabaseUrl(definition.name, env), entities: definition.entities, migrations: definition.migrations });
    try {
      // In slices, so one transaction never holds a hundred networks' worth of entities.
      for (let offset = 0; offset < count; offset += 25) {
        const ids = await definition.seedSynthetic(orm.em.fork(), { networks: Math.min(25, count - offset), ...UNIT_SHAPE }, start + offset);
        catalog.push(...ids.map((id) => ({ id, region })));
      }
    } finally {
      await orm.close();
    }
  }
  const national = await openDatabase({
    clientUrl: resolveDatabaseUrl(nationalSubgraph.name, env),
    entities: nationalSubgraph.entities,
    migrations: nationalSubgraph.migrations,
  });
  try {
    const em = national.em.fork();
    for (const entry of catalog) {
      em.create(NetworkCatalogEntry, {
        ...entry,
        typeName: NETWORK_TYPE_BY_REGION[entry.region],
        regionalHealthAuthority: REGIONAL_HEALTH_AUTHORITY_OF_REGION[entry.region],
      });
    }
    await em.flush();
  } finally {
    await national.close();
  }
  return start + count;
}
