import { useQuery } from 'urql';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { EditingNetworksDocument } from '../../generated/graphql';
import { useSession } from '../../session';
import { regionName } from '../../shaping/regions';
import { EDITING_SECTIONS, EditingRoute, EditingSection, formatHash } from '../../shaping/routes';
import { useDocumentTitle } from '../../use-document-title';
import { AnnualReportSection } from './AnnualReportSection';
import { AuditLogSection } from './AuditLogSection';
import { CoverageSection } from './CoverageSection';
import { EventsSection } from './EventsSection';
import { HospitalUnitsSection } from './HospitalUnitsSection';
import { ImportSection } from './ImportSection';
import { RegisterSection } from './RegisterSection';
import { EditingScope, READ_ONLY_SECTIONS, SECTION_LABEL } from './scope';
import { UnitsSection } from './UnitsSection';
import { YearSection } from './YearSection';

const ROLE_LABEL = { editor: 'redaktør', analyst: 'analytiker' } as const;

/** #/redigering: the editors' pages for their own region's networks, read-only views for analysts. */
export function EditingPage({ route, year }: { route: EditingRoute; year: number }) {
  const session = useSession();
  useDocumentTitle('Redigering');
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous') {
    return (
      <>
        <h1>Redigering</h1>
        <p className="lead">
          Her holder de regionale kompetansesentrene registeret over ressurspersoner, aktiviteter og årstall oppdatert. Logg inn med brukeren din for å se
          sidene for din region.
        </p>
        <button type="button" className="button" onClick={() => session.signIn(`/${formatHash(route, year)}`)}>
          Logg inn
        </button>
      </>
    );
  }
  return <SignedIn route={route} year={year} />;
}

function SignedIn({ route, year }: { route: EditingRoute; year: number }) {
  const session = useSession();
  const [result] = useQuery({ query: EditingNetworksDocument });
  if (session.status !== 'signed-in') return null;
  const { user } = session;
  if (!result.data) return result.error ? <QueryFailure error={result.error} /> : <Loading />;
  const networks = result.data.networks.filter((network): network is NonNullable<typeof network> => network !== null);
  const regions = result.data.regions;
  const mine = user.role === 'editor' ? networks.filter((network) => network.region === user.region) : networks;
  const who = `${user.name} (${ROLE_LABEL[user.role]}${user.region ? `, ${regionName(user.region as never, regions)}` : ''})`;

  if (route.networkId === null) {
    return (
      <>
        <h1>Redigering</h1>
        <p className="lead">Innlogget som {who}.</p>
        {user.role === 'analyst' && (
          <p>Som analytiker ser du alle regionenes data, men kan ikke endre dem. Kontaktopplysninger vises bare for regionens egne redaktører.</p>
        )}
        <h2>{user.role === 'editor' ? 'Dine nettverk' : 'Nettverkene'}</h2>
        {mine.length === 0 ? (
          <p>Det er ingen nettverk i din region.</p>
        ) : (
          <ul className="cards">
            {mine.map((network) => (
              <li key={network.id} className="card">
                <p className="card__title">
                  <a href={formatHash({ page: 'editing', networkId: network.id, section: 'ressurspersoner', item: null }, year)}>{network.name}</a>
                </p>
                <p>{regionName(network.region, regions)}</p>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  const network = networks.find((candidate) => candidate.id === route.networkId);
  if (!network) {
    return (
      <>
        <h1>Fant ikke nettverket</h1>
        <p>
          Det finnes ikke noe nettverk «{route.networkId}»{result.error ? ', eller regionen det hører til svarer ikke' : ''}.{' '}
          <a href={formatHash({ page: 'editing', networkId: null, section: 'ressurspersoner', item: null }, year)}>Til dine nettverk</a>
        </p>
      </>
    );
  }
  const ownRegion = user.role === 'editor' && user.region === network.region;
  if (user.role === 'editor' && !ownRegion) {
    return (
      <>
        <h1>Ikke din region</h1>
        <p role="alert">
          Du er redaktør for {regionName(user.region as never, regions)}. {network.name} hører til {regionName(network.region, regions)}, og redigeringssidene
          for det er bare for den regionens redaktører.
        </p>
        <p>
          <a href={formatHash({ page: 'network', id: network.id }, year)}>Se den offentlige siden for {network.name}</a> ·{' '}
          <a href={formatHash({ page: 'editing', networkId: null, section: 'ressurspersoner', item: null }, year)}>Til dine nettverk</a>
        </p>
      </>
    );
  }
  const sections: readonly EditingSection[] = ownRegion ? EDITING_SECTIONS : READ_ONLY_SECTIONS;
  const section = sections.includes(route.section) ? route.section : 'ressurspersoner';
  const scope: EditingScope = { network, regionName: regionName(network.region, regions), user, canEdit: ownRegion, year, item: route.item };
  return (
    <>
      <p className="breadcrumb">
        <a href={formatHash({ page: 'editing', networkId: null, section: 'ressurspersoner', item: null }, year)}>Redigering</a> / {network.name}
      </p>
      {!ownRegion && <p className="signed-in-as">Du har lesetilgang: bare regionens redaktører kan endre.</p>}
      <nav aria-label="Redigeringssider" className="tabs">
        <ul>
          {sections.map((candidate) => (
            <li key={candidate}>
              <a
                href={formatHash({ page: 'editing', networkId: network.id, section: candidate, item: null }, year)}
                aria-current={candidate === section ? 'page' : undefined}
              >
                {SECTION_LABEL[candidate]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {/* A new address is a new page: its state (and a message left for it) starts afresh. */}
      <Section key={`${network.id}/${section}/${route.item}`} section={section} scope={scope} />
    </>
  );
}

function Section({ section, scope }: { section: EditingSection; scope: EditingScope }) {
  switch (section) {
    case 'ressurspersoner':
      return <RegisterSection scope={scope} />;
    case 'enheter':
      return <UnitsSection scope={scope} />;
    case 'aktiviteter':
      return <EventsSection scope={scope} />;
    case 'arstall':
      return <YearSection scope={scope} />;
    case 'sykehusenheter':
      return <HospitalUnitsSection scope={scope} />;
    case 'dekning':
      return <CoverageSection scope={scope} />;
    case 'logg':
      return <AuditLogSection scope={scope} />;
    case 'import':
      return <ImportSection scope={scope} />;
    case 'arsrapport':
      return <AnnualReportSection scope={scope} />;
  }
}
