import { useQuery } from 'urql';
import { Loading, QueryFailure } from '../../components/QueryFailure';
import { EditingCoverageDocument } from '../../generated/graphql';
import { formatCount } from '../../shaping/format';
import { EDITED_CONTEXT } from './RegisterSection';
import type { EditingScope } from './scope';

const names = (list: ReadonlyArray<{ name: string; number?: string }> | null) => (list === null ? null : list.map((m) => m.name));

/**
 * Coverage at 31 December of the year, from the register: which municipalities lack a resource
 * person in home care or a nursing home, and which hospital units lack one. Fetched again after
 * every edit (the page's query names every type an edit changes).
 */
export function CoverageSection({ scope }: { scope: EditingScope }) {
  const [result] = useQuery({
    query: EditingCoverageDocument,
    variables: { networkId: scope.network.id, year: scope.year },
    context: EDITED_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const network = result.data?.network;
  if (!network) return result.error ? <QueryFailure error={result.error} /> : <Loading />;
  const { coverage } = network;
  const verdict = coverage.complete === true ? 'Full dekning' : coverage.complete === false ? 'Ikke full dekning' : 'Dekningen er ikke kjent';
  return (
    <>
      <h1>Dekning per 31. desember {scope.year}</h1>
      <p className="lead">
        <strong>{verdict}.</strong> Malen for årsrapporten ber om minst én ressursperson fra hjemmetjenesten og én fra sykehjem i hver kommune, og én i hver
        sykehusenhet som behandler pasienter med behov for palliasjon. Medlemmer per 31.12.: {formatCount(network.memberFigure?.count)}
        {network.memberFigure && ` (${network.memberFigure.source === 'REGISTER' ? 'fra registeret' : 'rapportert'})`}.
      </p>
      <div className="columns">
        <GapList
          title="Kommuner uten ressursperson i hjemmetjenesten"
          gaps={names(coverage.municipalitiesWithoutHomeCare)}
          total={coverage.municipalities.length}
          unknown="Ukjent: ingen kommuner er registrert for nettverket."
        />
        <GapList
          title="Kommuner uten ressursperson på sykehjem"
          gaps={names(coverage.municipalitiesWithoutNursingHome)}
          total={coverage.municipalities.length}
          unknown="Ukjent: ingen kommuner er registrert for nettverket."
        />
        <GapList
          title="Sykehusenheter uten ressursperson"
          gaps={
            coverage.hospitalUnitsWithoutResourcePerson === null
              ? null
              : coverage.hospitalUnitsWithoutResourcePerson.map((u) => (u.hospital ? `${u.name} (${u.hospital})` : u.name))
          }
          unknown="Ukjent: ingen sykehusenheter er registrert. Registrer dem under «Sykehusenheter»."
        />
      </div>
      {network.annualReport && network.annualReport.localUnits.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Dekning per lokal enhet" tabIndex={0}>
          <table className="data-table">
            <caption>Dekning per lokal enhet</caption>
            <thead>
              <tr>
                <th scope="col">Enhet</th>
                <th scope="col" className="numeric">
                  Medlemmer
                </th>
                <th scope="col">Mangler hjemmetjeneste</th>
                <th scope="col">Mangler sykehjem</th>
              </tr>
            </thead>
            <tbody>
              {network.annualReport.localUnits.map((local) => (
                <tr key={local.unit?.id}>
                  <th scope="row">{local.unit?.name}</th>
                  <td className="numeric">{formatCount(local.membersAtYearEnd)}</td>
                  <td>{listText(names(local.coverage.municipalitiesWithoutHomeCare))}</td>
                  <td>{listText(names(local.coverage.municipalitiesWithoutNursingHome))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const listText = (list: string[] | null) => (list === null ? 'ukjent' : list.length === 0 ? 'ingen' : list.join(', '));

function GapList({ title, gaps, total, unknown }: { title: string; gaps: string[] | null; total?: number; unknown: string }) {
  return (
    <section className="section" aria-label={title}>
      <h2>{title}</h2>
      {gaps === null ? (
        <p>{unknown}</p>
      ) : gaps.length === 0 ? (
        <p>Ingen mangler{total !== undefined ? ` (alle ${total})` : ''}.</p>
      ) : (
        <>
          <p>
            {gaps.length}
            {total !== undefined ? ` av ${total}` : ''}:
          </p>
          <ul className="chips">
            {gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
