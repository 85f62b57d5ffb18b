import type { HealthRegion } from '../generated/graphql';

export interface RegionName {
  code: HealthRegion;
  name: string;
}

/** The region's name from the national register (Query.regions), else its code. */
export function regionName(code: HealthRegion, regions: readonly RegionName[] | undefined): string {
  return regions?.find((region) => region.code === code)?.name ?? code;
}

/** The gateway names a region's subgraph like its code: `sor-ost` serves SOR_OST. */
export function regionCodeOfService(serviceName: string): string {
  return serviceName.replace(/-/g, '_').toUpperCase();
}
