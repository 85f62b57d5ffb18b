import { describe, expect, it } from 'vitest';
import { outagesOf } from '../src/shaping/unavailable';

const regions = [
  { code: 'VEST' as const, name: 'Helse Vest' },
  { code: 'SOR_OST' as const, name: 'Helse Sør-Øst' },
];

describe('who is missing from an answer', () => {
  it('names each region the gateway could not reach once, by its name', () => {
    const outages = outagesOf(
      {
        graphQLErrors: [
          { message: 'Subgraph "vest" is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'vest' } },
          { message: 'Subgraph "vest" is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'vest' } },
          { message: 'Subgraph "sor-ost" timed out', extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'sor-ost' } },
        ],
      },
      regions,
    );
    expect(outages).toEqual([
      { service: 'vest', label: 'Helse Vest', kind: 'unavailable' },
      { service: 'sor-ost', label: 'Helse Sør-Øst', kind: 'unavailable' },
    ]);
  });

  it('tells a region that answered with an error from one that did not answer', () => {
    const [outage] = outagesOf({ graphQLErrors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'vest' } }] }, regions);
    expect(outage).toEqual({ service: 'vest', label: 'Helse Vest', kind: 'error' });
  });

  it('names the national catalog, an unknown service and the gateway itself', () => {
    expect(outagesOf({ graphQLErrors: [{ message: '', extensions: { serviceName: 'national', code: 'SUBGRAPH_UNAVAILABLE' } }] }, regions)[0].label).toBe(
      'Den nasjonale katalogen',
    );
    expect(outagesOf({ graphQLErrors: [{ message: '', extensions: { serviceName: 'nord' } }] }, regions)[0].label).toBe('nord');
    expect(outagesOf({ graphQLErrors: [], networkError: new Error('Failed to fetch') }, regions)).toEqual([
      { service: 'gateway', label: 'Gatewayen', kind: 'unavailable' },
    ]);
  });

  it('is empty when nothing is missing', () => {
    expect(outagesOf(undefined, regions)).toEqual([]);
  });
});
