import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../src/shaping/routes';

describe('addresses', () => {
  it('reads the page and the year from the hash', () => {
    expect(parseHash('')).toEqual({ route: { page: 'overview' }, year: undefined });
    expect(parseHash('#/?year=2021')).toEqual({ route: { page: 'overview' }, year: 2021 });
    expect(parseHash('#/nettverk/sor-ost-oslo?year=2020')).toEqual({ route: { page: 'network', id: 'sor-ost-oslo' }, year: 2020 });
    expect(parseHash('#/lokale-enheter')).toEqual({ route: { page: 'local-units' }, year: undefined });
    expect(parseHash('#/arbeidsbenk')).toEqual({ route: { page: 'workbench' }, year: undefined });
  });

  it('ignores a year that is not a year, and names an unknown page', () => {
    expect(parseHash('#/?year=tjue').year).toBeUndefined();
    expect(parseHash('#/finnes/ikke')).toEqual({ route: { page: 'not-found', path: '/finnes/ikke' }, year: undefined });
  });

  it('writes what it reads', () => {
    for (const hash of ['#/?year=2021', '#/nettverk/vest-helse-stavanger?year=2021', '#/lokale-enheter', '#/nettverk/a%2Fb', '#/arbeidsbenk']) {
      const { route, year } = parseHash(hash);
      expect(formatHash(route, year)).toBe(hash);
    }
  });
});
