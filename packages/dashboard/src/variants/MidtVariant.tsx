import { useQuery } from 'urql';
import { MidtVariantDocument } from '../generated/graphql';
import { formatCount } from '../shaping/format';
import type { RegionName } from '../shaping/regions';
import { VariantSection } from './RegionVariant';

/** Midt: the mandate, the fagnettverk and the local resource groups. */
export function MidtVariant({ id, region }: { id: string; region: RegionName }) {
  const [{ data, fetching, error }] = useQuery({ query: MidtVariantDocument, variables: { id } });
  const network = data?.network?.__typename === 'MidtNetwork' ? data.network : undefined;
  const units = network?.units ?? [];
  const professionalNetworks = units.flatMap((unit) => (unit.__typename === 'MidtProfessionalNetwork' ? [unit] : []));
  const localGroups = units.flatMap((unit) => (unit.__typename === 'MidtLocalResourceGroup' ? [unit] : []));
  return (
    <VariantSection title="fagnettverk og lokale ressursgrupper" region={region} fetching={fetching && !data} error={error}>
      {network && (
        <>
          <p className="source-text">{network.purpose}</p>
          <h3>Fagnettverkene</h3>
          <ul className="cards">
            {professionalNetworks.map((unit) => (
              <li key={unit.id} className="card">
                <p className="card__title">{unit.name}</p>
                <p>
                  <strong>Område:</strong> {unit.area} · <strong>Samles i:</strong> {unit.seat}
                </p>
                <p>
                  <strong>Ledes av:</strong> {unit.ledBy}
                </p>
              </li>
            ))}
          </ul>
          <h3>Lokale ressursgrupper</h3>
          <ul className="cards">
            {localGroups.map((unit) => (
              <li key={unit.id} className="card">
                <p className="card__title">{unit.name}</p>
                <p>
                  <strong>Område:</strong> {unit.area}
                </p>
                <p>
                  <strong>Kommuner:</strong> {unit.municipalities.map((municipality) => municipality.name).join(', ') || '–'}
                  {unit.municipalityNote && <span className="cell-note">{unit.municipalityNote}</span>}
                </p>
              </li>
            ))}
          </ul>
          <h3>Mandat</h3>
          <ul className="plain-list">
            {network.mandate.map((duty, index) => (
              <li key={index}>
                {duty.duty}
                {duty.timesPerYear !== null && <span className="cell-note">{formatCount(duty.timesPerYear)} ganger per år</span>}
                {duty.responsible && <span className="cell-note">Ansvar: {duty.responsible}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </VariantSection>
  );
}
