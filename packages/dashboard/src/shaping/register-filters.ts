/** The register's filters that the page applies to what it fetched (activeOn is asked of the API). */
export interface RegisterFilter {
  unitId: string;
  municipalityNumber: string;
  workplaceKind: string;
  search: string;
}

export const NO_FILTER: RegisterFilter = { unitId: '', municipalityNumber: '', workplaceKind: '', search: '' };

interface FilterablePerson {
  name: string;
  workplaceName: string;
  workplaceKind: string;
  municipality: { number: string };
  memberships: ReadonlyArray<{ unit: { id: string }; from: string; to?: string | null }>;
}

/**
 * The persons that match every filter given. A unit filter counts memberships that cover the
 * day (activeOn, else today): a person who left the unit is not its member.
 */
export function filterPersons<P extends FilterablePerson>(persons: readonly P[], filter: RegisterFilter, day: string): P[] {
  const search = filter.search.trim().toLowerCase();
  return persons.filter(
    (person) =>
      (filter.workplaceKind === '' || person.workplaceKind === filter.workplaceKind) &&
      (filter.municipalityNumber === '' || person.municipality.number === filter.municipalityNumber) &&
      (filter.unitId === '' || person.memberships.some((m) => m.unit.id === filter.unitId && m.from <= day && (!m.to || m.to >= day))) &&
      (search === '' || person.name.toLowerCase().includes(search) || person.workplaceName.toLowerCase().includes(search)),
  );
}

/** Today in Norway as YYYY-MM-DD. */
export function todayInNorway(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}
