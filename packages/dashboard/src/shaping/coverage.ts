/** What the dashboard reads of a Coverage (the national template's definition, from the region's register). */
export interface CoverageInput {
  complete: boolean | null;
  municipalities: readonly { number: string }[];
  municipalitiesWithoutHomeCare: readonly { number: string }[] | null;
  municipalitiesWithoutNursingHome: readonly { number: string }[] | null;
  hospitalUnitsKnown: boolean;
  hospitalUnitsWithoutResourcePerson: readonly unknown[] | null;
}

export interface CoverageSummary {
  /** Nothing missing, something missing, or a part unknown with nothing known missing. */
  status: 'complete' | 'incomplete' | 'unknown';
  /** Municipalities of the area. */
  municipalities: number;
  /** Municipalities lacking a resource person in home care or in a nursing home; null when not known. */
  municipalitiesMissing: number | null;
  /** Registered hospital units without a resource person; null while none are registered. */
  hospitalUnitsMissing: number | null;
}

/**
 * Coverage in a few figures: a municipality counts once when it lacks home care, a nursing home
 * or both. A list the gateway leaves null (nothing to check against) stays unknown, never zero.
 */
export function summariseCoverage(coverage: CoverageInput): CoverageSummary {
  const { municipalitiesWithoutHomeCare: homeCare, municipalitiesWithoutNursingHome: nursingHome } = coverage;
  const missing =
    homeCare === null && nursingHome === null ? null : new Set([...(homeCare ?? []), ...(nursingHome ?? [])].map((municipality) => municipality.number)).size;
  return {
    status: coverage.complete === true ? 'complete' : coverage.complete === false ? 'incomplete' : 'unknown',
    municipalities: coverage.municipalities.length,
    municipalitiesMissing: missing,
    hospitalUnitsMissing: coverage.hospitalUnitsWithoutResourcePerson?.length ?? null,
  };
}

/** «Full dekning», «Mangler i 3 av 11 kommuner og 1 sykehusenhet», or «–». */
export function describeCoverage(summary: CoverageSummary): string {
  if (summary.status === 'complete') return 'Full dekning';
  if (summary.status === 'unknown') return '–';
  const parts: string[] = [];
  if (summary.municipalitiesMissing)
    parts.push(`${summary.municipalitiesMissing} av ${summary.municipalities} ${summary.municipalities === 1 ? 'kommune' : 'kommuner'}`);
  if (summary.hospitalUnitsMissing) parts.push(`${summary.hospitalUnitsMissing} ${summary.hospitalUnitsMissing === 1 ? 'sykehusenhet' : 'sykehusenheter'}`);
  return parts.length ? `Mangler i ${parts.join(' og ')}` : 'Ikke full dekning';
}
