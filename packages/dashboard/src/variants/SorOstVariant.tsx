import { useQuery } from 'urql';
import { MemberCount } from '../components/MemberCount';
import { SorOstVariantDocument } from '../generated/graphql';
import { formatHours } from '../shaping/format';
import type { RegionName } from '../shaping/regions';
import { VariantSection } from './RegionVariant';

/** Oslo (Helse Sør-Øst): one sector network per hospital, each with its leader. */
export function SorOstVariant({ id, year, region }: { id: string; year: number; region: RegionName }) {
  const [{ data, fetching, error }] = useQuery({ query: SorOstVariantDocument, variables: { id, year } });
  const network = data?.network?.__typename === 'SorOstNetwork' ? data.network : undefined;
  const sectors = network?.units.flatMap((unit) => (unit.__typename === 'SorOstSectorNetwork' ? [unit] : [])) ?? [];
  return (
    <VariantSection title="sektornettverkene" region={region} fetching={fetching && !data} error={error}>
      {network && (
        <ul className="cards">
          {sectors.map((sector) => (
            <li key={sector.id} className="card">
              <p className="card__title">
                {sector.name} <span className="cell-note">{sector.hospitalAbbreviation}</span>
              </p>
              <p>
                <strong>Sykehus:</strong> {sector.hospital}
              </p>
              <p>
                <strong>Medlemmer:</strong>{' '}
                <MemberCount value={sector.members ?? sector.latestMembers} fromLatest={sector.members === null && sector.latestMembers !== null} />
              </p>
              <p>
                <strong>Lokale samlinger per år etter kompetanseplanen:</strong> {formatHours(sector.plannedGatheringHoursPerYear)}
              </p>
              <p>
                <strong>Leder:</strong> {sector.leader ? `${sector.leader.name} (${sector.leader.role})` : '–'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </VariantSection>
  );
}
