import { useMemo } from 'react';
import { useQuery } from 'urql';
import { AnnualReportFigures } from '../components/AnnualReportFigures';
import { CoverageFigures } from '../components/CoverageFigures';
import { MemberCount } from '../components/MemberCount';
import { OrganisationTree } from '../components/OrganisationTree';
import { OutageNotice } from '../components/OutageNotice';
import { Loading, QueryFailure } from '../components/QueryFailure';
import { Timeline } from '../components/Timeline';
import { NetworkPageDocument, NetworkPageQuery } from '../generated/graphql';
import { REGIONAL_HEALTH_AUTHORITY_LABEL, UNKNOWN } from '../labels';
import { formatDate } from '../shaping/format';
import { organisationByLevel } from '../shaping/organisation';
import { regionName } from '../shaping/regions';
import { formatHash } from '../shaping/routes';
import { timeline } from '../shaping/timeline';
import { outagesOf } from '../shaping/unavailable';
import { useDocumentTitle } from '../use-document-title';
import { RegionVariant } from '../variants/RegionVariant';

type Network = NonNullable<NetworkPageQuery['network']>;

/** One network: its organisation, municipalities, agreements, events, the year's report and its own variant. */
export function NetworkPage({ id, year }: { id: string; year: number }) {
  const [result] = useQuery({ query: NetworkPageDocument, variables: { id, year } });
  const { data, error } = result;
  const network = data?.network ?? null;
  useDocumentTitle(network ? `${network.name} ${year}` : 'Nettverk');

  return (
    <>
      <p className="breadcrumb">
        <a href={formatHash({ page: 'overview' }, year)}>Nasjonal oversikt</a> / nettverk
      </p>
      <OutageNotice outages={outagesOf(error, data?.regions)} />
      {!data && result.fetching && <Loading />}
      {!data && error && <QueryFailure error={error} />}
      {data && !network && (
        <>
          <h1>Fant ikke nettverket</h1>
          <p>
            Det finnes ikke noe nettverk «{id}» i svaret{error ? ', eller regionen det hører til svarte ikke' : ''}.
          </p>
        </>
      )}
      {data && network && <NetworkDetails network={network} regionLabel={regionName(network.region, data.regions)} year={year} />}
    </>
  );
}

/** The fields a source note can be about, in the page's words. */
const SOURCE_NOTE_FIELD_LABEL: Record<string, string> = { name: 'Navn', healthTrust: 'Helseforetak' };

function NetworkDetails({ network, regionLabel, year }: { network: Network; regionLabel: string; year: number }) {
  const bands = useMemo(() => organisationByLevel(network.units), [network.units]);
  const events = useMemo(() => timeline(network.events), [network.events]);
  return (
    <>
      <h1>{network.name}</h1>
      <dl className="facts">
        <div>
          <dt>Helseregion</dt>
          <dd>{regionLabel}</dd>
        </div>
        <div>
          <dt>Regionalt helseforetak</dt>
          <dd>{REGIONAL_HEALTH_AUTHORITY_LABEL[network.regionalHealthAuthority]}</dd>
        </div>
        <div>
          <dt>Helseforetak</dt>
          <dd>{network.healthTrust}</dd>
        </div>
        <div>
          <dt>Etablert</dt>
          <dd>{network.established ?? UNKNOWN}</dd>
        </div>
        <div>
          <dt>Medlemmer per 31.12.{year}</dt>
          <dd>
            <MemberCount value={network.members ?? network.latestMembers} fromLatest={network.members === null && network.latestMembers !== null} />
          </dd>
        </div>
      </dl>

      {network.sourceNotes.length > 0 && (
        <aside className="source-notes" aria-label="Om kildene">
          <h2>Ikke ordrett fra kildene</h2>
          <ul className="plain-list">
            {network.sourceNotes.map((note) => (
              <li key={note.field}>
                <span className="badge">{SOURCE_NOTE_FIELD_LABEL[note.field] ?? note.field}</span> {note.note}
              </li>
            ))}
          </ul>
        </aside>
      )}

      <section className="section" aria-labelledby="organisation-heading">
        <h2 id="organisation-heading">Organisering</h2>
        <OrganisationTree bands={bands} />
      </section>

      <section className="section" aria-labelledby="report-heading">
        <h2 id="report-heading">Årsrapport {year}</h2>
        <AnnualReportFigures report={network.annualReport} year={year} />
        <CoverageFigures coverage={network.coverage} year={year} />
      </section>

      <RegionVariant typename={network.__typename} id={network.id} year={year} region={{ code: network.region, name: regionLabel }} />

      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">Aktiviteter</h2>
        <Timeline years={events} />
      </section>

      <div className="columns">
        <section className="section" aria-labelledby="municipalities-heading">
          <h2 id="municipalities-heading">Kommuner ({network.municipalities.length})</h2>
          {network.municipalities.length === 0 ? (
            <p>Ingen kommuner er registrert.</p>
          ) : (
            <ul className="chips">
              {network.municipalities.map((municipality) => (
                <li key={municipality.number} title={`${municipality.county}, kommunenummer ${municipality.number}`}>
                  {municipality.name}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="section" aria-labelledby="agreements-heading">
          <h2 id="agreements-heading">Forankring</h2>
          {network.agreements.length === 0 ? (
            <p>Ingen avtaler er registrert.</p>
          ) : (
            <ul className="cards cards--single">
              {network.agreements.map((agreement, index) => (
                <li key={index} className="card">
                  <p className="card__title">
                    {agreement.title}
                    {agreement.kind && <span className="cell-note">{agreement.kind}</span>}
                  </p>
                  {agreement.partOf && <p>Del av: {agreement.partOf}</p>}
                  {agreement.parties.length > 0 && <p>Parter: {agreement.parties.join(', ')}</p>}
                  <p>
                    Vedtatt: {formatDate(agreement.adopted)}
                    {agreement.revised.length > 0 && <> · revidert: {agreement.revised.map(formatDate).join(', ')}</>}
                    {agreement.inForceFrom && <> · i kraft fra: {formatDate(agreement.inForceFrom)}</>}
                  </p>
                  {agreement.note && <p className="source-text">{agreement.note}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
