import { useQuery } from 'urql';
import { InnlandetVariantDocument } from '../generated/graphql';
import type { RegionName } from '../shaping/regions';
import { VariantSection } from './RegionVariant';

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** Innlandet: the action plan covering the year and the annual cycle (årshjul). */
export function InnlandetVariant({ id, year, region }: { id: string; year: number; region: RegionName }) {
  const [{ data, fetching, error }] = useQuery({ query: InnlandetVariantDocument, variables: { id, year } });
  const network = data?.network?.__typename === 'InnlandetNetwork' ? data.network : undefined;
  const plan = network?.actionPlan;
  const cycle = network?.annualCycle;
  return (
    <VariantSection title="handlingsplan og årshjul" region={region} fetching={fetching && !data} error={error}>
      {network && (
        <>
          <h3>{plan ? `${plan.title} (${plan.fromYear}–${plan.toYear})` : 'Handlingsplan'}</h3>
          {plan ? (
            <>
              {plan.revised && <p className="cell-note">{plan.revised}</p>}
              <div className="table-scroll" role="region" aria-label="Satsingsområder i handlingsplanen" tabIndex={0}>
                <table className="data-table">
                  <caption>Satsingsområder, tiltak, ansvar, frist, tidsramme og samarbeid</caption>
                  <thead>
                    <tr>
                      <th scope="col">Satsingsområde</th>
                      <th scope="col">Tiltak</th>
                      <th scope="col">Ansvar</th>
                      <th scope="col">Frist</th>
                      <th scope="col">Tidsramme</th>
                      <th scope="col">Samarbeid</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.focusAreas.map((area, index) => (
                      <tr key={index}>
                        <th scope="row">{area.title}</th>
                        <td>
                          <ul className="plain-list">
                            {area.measures.map((measure, measureIndex) => (
                              <li key={measureIndex}>{measure}</li>
                            ))}
                          </ul>
                        </td>
                        <td>{area.responsible ?? '–'}</td>
                        <td>{area.deadline ?? '–'}</td>
                        <td>{area.timing ?? '–'}</td>
                        <td>{area.partners.join(', ') || '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <p>Ingen handlingsplan dekker {year}.</p>
          )}
          <h3>{cycle?.title ?? 'Årshjul'}</h3>
          {cycle ? (
            <>
              <p className="source-text">{cycle.principle}</p>
              <ol className="cycle">
                {cycle.periods.map((period) => (
                  <li key={period.label} className="cycle__period">
                    <p className="cycle__label">
                      {period.label}{' '}
                      <span className="cell-note">
                        {MONTHS[period.fromMonth - 1]}–{MONTHS[period.toMonth - 1]}
                      </span>
                    </p>
                    <ul className="plain-list">
                      {period.activities.map((activity, index) => (
                        <li key={index}>
                          {activity.text}
                          {activity.digital && <span className="badge">digitalt</span>}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p>Ikke noe årshjul er registrert.</p>
          )}
        </>
      )}
    </VariantSection>
  );
}
