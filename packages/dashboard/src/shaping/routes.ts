/** The dashboard's pages, addressed by the URL's hash so any static server can serve them. */
export type Route =
  | { page: 'overview' }
  | { page: 'local-units' }
  | { page: 'network'; id: string }
  | { page: 'workbench' }
  | { page: 'not-found'; path: string };

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
    case 'not-found':
      return `#/${route.path}${query}`;
  }
}
