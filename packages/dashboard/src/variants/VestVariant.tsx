import { useQuery } from 'urql';
import { VestVariantDocument } from '../generated/graphql';
import { LEVEL_LABEL } from '../labels';
import { formatCount } from '../shaping/format';
import type { RegionName } from '../shaping/regions';
import { VariantSection } from './RegionVariant';

/** Helse Vest: the agreement's network groups and the duties of each level. */
export function VestVariant({ id, region }: { id: string; region: RegionName }) {
  const [{ data, fetching, error }] = useQuery({ query: VestVariantDocument, variables: { id } });
  const network = data?.network?.__typename === 'VestNetwork' ? data.network : undefined;
  const groups = network?.units.flatMap((unit) => (unit.__typename === 'VestNetworkGroup' ? [unit] : [])) ?? [];
  return (
    <VariantSection title="nettverksgrupper og plikter" region={region} fetching={fetching && !data} error={error}>
      {network && (
        <>
          <h3>Forankring og felles planer</h3>
          <ul className="plain-list">
            {network.establishedIn && <li>Slike nettverk er etablert {network.establishedIn}.</li>}
            {network.anchoredVia && <li>{network.anchoredVia}</li>}
            {network.sharedPlans.length > 0 && (
              <li>
                Felles {network.sharedPlans.join(' og ')}
                {network.sharedPlansPreparedBy && `, utarbeidet av ${network.sharedPlansPreparedBy}`}.
              </li>
            )}
            {network.interMunicipalSolutions && <li>{network.interMunicipalSolutions}</li>}
          </ul>
          <h3>Nettverksgruppene</h3>
          <ul className="cards">
            {groups.map((group) => (
              <li key={group.id} className="card">
                <p className="card__title">
                  {group.name}
                  {group.groupNumber !== null && <span className="cell-note">Gruppe {group.groupNumber}</span>}
                </p>
                <p>
                  <strong>Medlemmer fra:</strong> {group.memberSources.join(', ') || '–'}
                </p>
                <p>
                  <strong>Kommuner:</strong>{' '}
                  {group.coversWholeArea ? 'hele Helse Stavanger-området' : group.municipalities.map((municipality) => municipality.name).join(', ') || '–'}
                </p>
              </li>
            ))}
          </ul>
          <div className="table-scroll" role="region" aria-label="Plikter etter avtalen" tabIndex={0}>
            <table className="data-table">
              <caption>Plikter etter avtalen</caption>
              <thead>
                <tr>
                  <th scope="col">Hvem</th>
                  <th scope="col">Nivå</th>
                  <th scope="col">Plikt</th>
                  <th scope="col" className="numeric">
                    Minst per år
                  </th>
                </tr>
              </thead>
              <tbody>
                {network.obligations.map((obligation, index) => (
                  <tr key={index}>
                    <th scope="row">{obligation.appliesTo}</th>
                    <td>{obligation.level ? LEVEL_LABEL[obligation.level] : 'Den enkelte'}</td>
                    <td>{obligation.duty}</td>
                    <td className="numeric">{formatCount(obligation.minimumPerYear)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </VariantSection>
  );
}
