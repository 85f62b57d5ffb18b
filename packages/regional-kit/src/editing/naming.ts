import type { HealthRegion } from '@pallnet/contract';

/**
 * Root fields must be unique across the subgraphs, so each region's editing fields carry its
 * name first: `vestRegisterResourcePerson`, `sorOstRecordEvent`.
 */
export function fieldPrefix(region: HealthRegion): string {
  return region.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** How a region's ids begin, as its seeds write them: `vest-…`, `sor-ost-…`. */
export function idPrefix(region: HealthRegion): string {
  return region.toLowerCase().replace(/_/g, '-');
}

/** A readable id part from a name: 'Nettverksgruppe Sør-Jæren' → 'nettverksgruppe-sor-jaeren'. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
  return slug || 'unit';
}
