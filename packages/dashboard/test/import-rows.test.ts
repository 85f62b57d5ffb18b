import { describe, expect, it } from 'vitest';
import { guessMapping, importFieldOf, municipalityNumber, parseDate, readRows, TEMPLATE_EXAMPLE, TEMPLATE_HEADINGS } from '../src/shaping/import-rows';

const units = [{ id: 'vest-nettverksgruppe-sandnes', name: 'Nettverksgruppe Sandnes' }];

describe('a member list from a spreadsheet', () => {
  it('finds the columns by their Norwegian headings, in any order', () => {
    const mapping = guessMapping(['E-post', 'Navn', 'Yrke', 'Arbeidssted', 'Type arbeidssted', 'Kommunenr', 'Oppnevnt fra', 'Merknad']);
    expect(mapping).toMatchObject({
      email: 0,
      name: 1,
      profession: 2,
      workplaceName: 3,
      workplaceKind: 4,
      municipalityNumber: 5,
      appointedFrom: 6,
      appointedTo: -1,
      units: -1,
    });
  });

  it('reads the template it offers', () => {
    const rows = readRows([TEMPLATE_HEADINGS, TEMPLATE_EXAMPLE], guessMapping(TEMPLATE_HEADINGS), units);
    expect(rows).toEqual([
      expect.objectContaining({
        line: 2,
        errors: {},
        input: {
          name: 'Kari Nordmann',
          profession: 'NURSE',
          workplaceKind: 'HOME_CARE',
          workplaceName: 'Hjemmesykepleien Sandnes øst',
          municipalityNumber: '1108',
          appointedFrom: '2025-01-01',
          appointedTo: null,
          email: 'kari.nordmann@sandnes.kommune.no',
          phone: '+47 51 00 00 00',
          memberships: [],
        },
      }),
    ]);
  });

  it('turns xlsx cells into the API’s values: dates, kommunenummer that lost their zero, units by name', () => {
    const heading = ['Navn', 'Yrke', 'Type arbeidssted', 'Arbeidssted', 'Kommunenummer', 'Oppnevnt fra', 'Enhet'];
    const [row] = readRows(
      [heading, ['Ola', 'Ressurssykepleier', 'Sykehjem', 'Lura sykehjem', 301, new Date(Date.UTC(2024, 8, 1)), 'nettverksgruppe sandnes']],
      guessMapping(heading),
      units,
    );
    expect(row.input).toMatchObject({
      profession: 'NURSE',
      workplaceKind: 'NURSING_HOME',
      municipalityNumber: '0301',
      appointedFrom: '2024-09-01',
      memberships: [{ unitId: 'vest-nettverksgruppe-sandnes' }],
    });
  });

  it('names by row and field what it cannot read, and skips blank rows', () => {
    const heading = ['Navn', 'Yrke', 'Type arbeidssted', 'Arbeidssted', 'Kommunenummer', 'Oppnevnt fra', 'Enhet'];
    const rows = readRows([heading, [], ['Ola', 'Lege', 'Sykehjem', 'Lura', '1108', '31.02.2025', 'Finnes ikke']], guessMapping(heading), units);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      line: 3,
      input: null,
      errors: {
        profession: ['Ukjent yrke «Lege»: sykepleier, fysioterapeut, ergoterapeut eller annet.'],
        appointedFrom: ['Ikke en dato: skriv den som dd.mm.åååå.'],
        units: ['Ukjent enhet «Finnes ikke» i nettverket.'],
      },
    });
  });

  it('leaves the rules the API has to the API (a kommunenummer that does not exist is sent as it is)', () => {
    const heading = ['Navn', 'Yrke', 'Type arbeidssted', 'Arbeidssted', 'Kommunenummer', 'Oppnevnt fra'];
    const [row] = readRows([heading, ['', 'sykepleier', 'hjemmetjeneste', 'x', '9999', '2025-01-01']], guessMapping(heading), units);
    expect(row.input).toMatchObject({ name: '', municipalityNumber: '9999' });
  });

  it('reads dates as Norwegians write them, and nothing that is not a day', () => {
    expect(parseDate('1.2.2025')).toBe('2025-02-01');
    expect(parseDate('01/02/2025')).toBe('2025-02-01');
    expect(parseDate('2025-02-29')).toBeNull();
    expect(parseDate('neste år')).toBeNull();
    expect(municipalityNumber(' 1108 ')).toBe('1108');
  });

  it("places the API's violations in the preview's columns", () => {
    expect(importFieldOf('municipalityNumber')).toBe('municipalityNumber');
    expect(importFieldOf('rows[3].email')).toBe('email');
    expect(importFieldOf('memberships[0].unitId')).toBe('units');
    expect(importFieldOf('hospitalUnitId')).toBeNull();
  });
});
