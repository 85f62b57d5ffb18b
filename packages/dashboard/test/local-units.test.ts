import { describe, expect, it } from 'vitest';
import type { LocalUnitsQuery } from '../src/generated/graphql';
import { localUnitRows } from '../src/shaping/local-units';

type Network = NonNullable<LocalUnitsQuery['networks'][number]>;
type Unit = Network['units'][number];

function unit(id: string, level: Unit['level'], localTerm: string, extra: Partial<Unit> = {}): Unit {
  return { id, name: id, localTerm, level, plannedMeetingsPerYear: null, members: null, latestMembers: null, municipalities: [], ...extra };
}

const oslo: Network = {
  id: 'sor-ost-oslo',
  name: 'Palliativt nettverk i Oslo',
  region: 'SOR_OST',
  healthTrust: 'Oslo universitetssykehus HF',
  units: [
    unit('Styringsgruppen', 'STEERING', 'Styringsgruppe'),
    unit('Lovisenberg sektor', 'LOCAL', 'Sektornettverk', { plannedMeetingsPerYear: 6, latestMembers: 69, municipalities: [{ number: '0301' }] }),
  ],
  annualReport: {
    localUnits: [{ unit: { id: 'Lovisenberg sektor' }, membersAtYearEnd: 69, membersChange: null, gatherings: 3, gatheringHours: 4.5 }],
  },
};

const vest: Network = {
  id: 'vest-helse-stavanger',
  name: 'Nettverk i Helse Stavanger',
  region: 'VEST',
  healthTrust: 'Helse Stavanger HF',
  units: [unit('Nettverksgruppe Sandnes', 'LOCAL', 'Nettverksgruppe', { plannedMeetingsPerYear: 2, latestMembers: 30 })],
  annualReport: null,
};

describe('localUnitRows: every network’s local units side by side', () => {
  it("sets Oslo's sector networks next to Vest's network groups, each in its own word", () => {
    const rows = localUnitRows({ regions: [{ code: 'VEST', name: 'Helse Vest' }], networks: [oslo, null, vest] });
    expect(rows.map((row) => [row.name, row.localTerm, row.regionName])).toEqual([
      ['Lovisenberg sektor', 'Sektornettverk', 'SOR_OST'],
      ['Nettverksgruppe Sandnes', 'Nettverksgruppe', 'Helse Vest'],
    ]);
  });

  it("takes the year's figures from the network's report for the unit", () => {
    const [lovisenberg] = localUnitRows({ regions: [], networks: [oslo] });
    expect(lovisenberg).toMatchObject({
      members: 69,
      membersFromLatest: false,
      gatherings: 3,
      gatheringHours: 4.5,
      plannedMeetingsPerYear: 6,
      municipalities: 1,
    });
  });

  it('shows the latest known count, marked as such, when the year has none; no municipalities is unknown', () => {
    const [sandnes] = localUnitRows({ regions: [], networks: [vest] });
    expect(sandnes).toMatchObject({ members: 30, membersFromLatest: true, gatherings: null, municipalities: null });
  });
});
