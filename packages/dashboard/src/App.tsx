import { lazy, Suspense, useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { SessionControl } from './components/SessionControl';
import { YearPicker } from './components/YearPicker';
import { ReportYearsDocument } from './generated/graphql';
import { LocalUnitsPage } from './pages/LocalUnitsPage';
import { EditingPage } from './pages/editing/EditingPage';
import { NetworkPage } from './pages/NetworkPage';
import { OverviewPage } from './pages/OverviewPage';
import { formatHash, Route } from './shaping/routes';
import { defaultYear, latestActiveYear } from './shaping/years';
import { useHashLocation } from './use-hash-location';

// The workbench brings GraphiQL and its editor: loaded only when its page is opened.
const WorkbenchPage = lazy(() => import('./workbench/WorkbenchPage'));

/** Pages that show no year: they neither wait for one nor offer the year picker. */
const YEARLESS_PAGES: ReadonlySet<Route['page']> = new Set(['workbench']);

export function App() {
  const { route, year: askedYear } = useHashLocation();
  const yearless = YEARLESS_PAGES.has(route.page);
  const [years] = useQuery({ query: ReportYearsDocument, pause: askedYear !== undefined || yearless });
  const mainRef = useRef<HTMLElement>(null);
  const year = askedYear ?? (years.fetching && !years.data ? undefined : defaultYear(latestActiveYear(years.data?.networks ?? []), new Date()));

  // A new page moves the keyboard focus to its content, as a page load would.
  const pageKey =
    route.page === 'network' ? `network/${route.id}` : route.page === 'editing' ? `editing/${route.networkId}/${route.section}/${route.item}` : route.page;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pageKey]);

  const goToYear = (next: number) => {
    window.location.hash = formatHash(route, next);
  };

  return (
    <>
      <a
        className="skip-link"
        href="#innhold"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Hopp til innholdet
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-title">
            <a href={formatHash({ page: 'overview' }, askedYear)}>Kompetansenettverk i palliasjon</a>
            <span className="site-subtitle">Nasjonal sammenligning av nettverkene i kreftomsorg og lindrende behandling</span>
          </p>
          <nav aria-label="Sider">
            <ul className="site-nav">
              <NavLink route={{ page: 'overview' }} current={route} year={askedYear}>
                Nasjonal oversikt
              </NavLink>
              <NavLink route={{ page: 'local-units' }} current={route} year={askedYear}>
                Lokale enheter side om side
              </NavLink>
              <NavLink route={{ page: 'editing', networkId: null, section: 'ressurspersoner', item: null }} current={route} year={askedYear}>
                Redigering
              </NavLink>
              <NavLink route={{ page: 'workbench' }} current={route} year={askedYear}>
                Arbeidsbenk
              </NavLink>
            </ul>
          </nav>
          {year !== undefined && !yearless && <YearPicker year={year} onChange={goToYear} />}
          <SessionControl />
        </div>
      </header>
      <main id="innhold" ref={mainRef} tabIndex={-1} className="page">
        <Page route={route} year={year} />
      </main>
      <footer className="site-footer">
        Tall fra nettverkenes egne dokumenter gjennom den nasjonale GraphQL-føderasjonen. «–» betyr at tallet ikke er kjent.
      </footer>
    </>
  );
}

function Page({ route, year }: { route: Route; year: number | undefined }) {
  if (route.page === 'workbench') {
    return (
      <Suspense fallback={<p aria-busy="true">Henter arbeidsbenken …</p>}>
        <WorkbenchPage />
      </Suspense>
    );
  }
  if (year === undefined) return <p aria-busy="true">Henter …</p>;
  switch (route.page) {
    case 'overview':
      return <OverviewPage year={year} />;
    case 'local-units':
      return <LocalUnitsPage year={year} />;
    case 'network':
      return <NetworkPage id={route.id} year={year} />;
    case 'editing':
      return <EditingPage route={route} year={year} />;
    case 'not-found':
      return (
        <>
          <h1>Fant ikke siden</h1>
          <p>
            Adressen «{route.path}» viser ingen side. <a href={formatHash({ page: 'overview' }, year)}>Til den nasjonale oversikten</a>
          </p>
        </>
      );
  }
}

function NavLink({ route, current, year, children }: { route: Route; current: Route; year: number | undefined; children: string }) {
  const isCurrent = route.page === current.page;
  return (
    <li>
      <a href={formatHash(route, year)} aria-current={isCurrent ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}
