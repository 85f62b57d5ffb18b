/**
 * The shape of a region code in a token (`VEST`, `SOR_OST`, a new region's `NORD`): capital
 * letters, digits and `_`. Tokens are checked for the shape only: the gateway and the subgraphs
 * accept an editor of any region, and each regional subgraph lets an editor change its data only
 * when the token names its own region (regional-kit's access rules). So a new region's editors
 * need no change in the gateway or in the other regions.
 */
const REGION_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}
