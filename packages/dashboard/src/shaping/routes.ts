/** The dashboard's pages, addressed by the URL's hash so any static server can serve them. */
export type Route =
  { page: 'overview' } | { page: 'local-units' } | { page: 'network'; id: string } | EditingRoute | { page: 'workbench' } | { page: 'not-found'; path: string };

/** The editors' pages (and analysts' read-only views), under #/redigering. */
export const EDITING_SECTIONS = ['ressurspersoner', 'enheter', 'aktiviteter', 'arstall', 'sykehusenheter', 'dekning', 'logg', 'import', 'arsrapport'] as const;
export type EditingSection = (typeof EDITING_SECTIONS)[number];

/** `#/redigering` (choose a network), `#/redigering/<network>/<section>[/<item>]`. */
export type EditingRoute = { page: 'editing'; networkId: string | null; section: EditingSection; item: string | null };

export interface Location {
  route: Route;
  /** The year asked for in the address, if any. */
  year: number | undefined;
}

/** `#/network/sor-ost-oslo?year=2021` → the network page of sor-ost-oslo for 2021. */
export function parseHash(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const yearText = new URLSearchParams(query).get('year');
  const yearNumber = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  let route: Route;
  if (segments.length === 0) route = { page: 'overview' };
  else if (segments.length === 1 && segments[0] === 'lokale-enheter') route = { page: 'local-units' };
  else if (segments.length === 1 && segments[0] === 'arbeidsbenk') route = { page: 'workbench' };
  else if (segments.length === 2 && segments[0] === 'nettverk') route = { page: 'network', id: segments[1] };
  else if (segments[0] === 'redigering' && segments.length <= 4) route = editingRoute(segments.slice(1), path);
  else route = { page: 'not-found', path };
  return { route, year: yearNumber };
}

export function formatHash(route: Route, year: number | undefined): string {
  const query = year === undefined ? '' : `?year=${year}`;
  switch (route.page) {
    case 'overview':
      return `#/${query}`;
    case 'local-units':
      return `#/lokale-enheter${query}`;
    case 'network':
      return `#/nettverk/${encodeURIComponent(route.id)}${query}`;
    case 'workbench':
      return '#/arbeidsbenk';
    case 'editing': {
      if (route.networkId === null) return `#/redigering${query}`;
      const item = route.item === null ? '' : `/${encodeURIComponent(route.item)}`;
      return `#/redigering/${encodeURIComponent(route.networkId)}/${route.section}${item}${query}`;
    }
    case 'not-found':
      return `#/${route.path}${query}`;
  }
}

function editingRoute([networkId, section = 'ressurspersoner', item]: string[], path: string): Route {
  if (networkId === undefined) return { page: 'editing', networkId: null, section: 'ressurspersoner', item: null };
  if (!(EDITING_SECTIONS as readonly string[]).includes(section)) return { page: 'not-found', path };
  return { page: 'editing', networkId, section: section as EditingSection, item: item ?? null };
}
