import type { NetworkPageQuery } from '../generated/graphql';

type Coverage = NonNullable<NetworkPageQuery['network']>['coverage'];

/**
 * Coverage at 31 December as the national template asks for it: a resource person from home care
 * and one from a nursing home in every municipality, and one in every hospital unit treating
 * these patients. What the region's register cannot tell is said to be unknown.
 */
export function CoverageFigures({ coverage, year }: { coverage: Coverage; year: number }) {
  const verdict = coverage.complete === true ? 'Full dekning' : coverage.complete === false ? 'Ikke full dekning' : 'Dekningen er ikke kjent';
  const municipalities = (missing: readonly { number: string; name: string }[] | null, where: string) =>
    missing === null
      ? `ukjent: ingen kommuner er registrert for området`
      : missing.length === 0
        ? `alle ${coverage.municipalities.length} kommuner har ressursperson i ${where}`
        : `${missing.length} av ${coverage.municipalities.length} kommuner mangler: ${missing.map((municipality) => municipality.name).join(', ')}`;
  const hospitalUnits = coverage.hospitalUnitsWithoutResourcePerson;
  return (
    <>
      <h3>Dekning per 31. desember {year}</h3>
      <p>
        <strong>{verdict}.</strong> Malen ber om minst én ressursperson fra hjemmetjenesten og én fra sykehjemmet i hver kommune, og én i hver sykehusenhet som
        behandler pasienter med behov for palliasjon.
      </p>
      <dl className="coverage">
        <div>
          <dt>Hjemmetjenesten</dt>
          <dd>{municipalities(coverage.municipalitiesWithoutHomeCare, 'hjemmetjenesten')}</dd>
        </div>
        <div>
          <dt>Sykehjem</dt>
          <dd>{municipalities(coverage.municipalitiesWithoutNursingHome, 'sykehjem')}</dd>
        </div>
        <div>
          <dt>Sykehusenheter</dt>
          <dd>
            {hospitalUnits === null
              ? 'ukjent: ingen sykehusenheter er registrert'
              : hospitalUnits.length === 0
                ? 'alle registrerte enheter har ressursperson'
                : `mangler i ${hospitalUnits.map((unit) => (unit.hospital ? `${unit.name} (${unit.hospital})` : unit.name)).join(', ')}`}
          </dd>
        </div>
      </dl>
    </>
  );
}
