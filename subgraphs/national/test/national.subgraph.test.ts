import { nationalSubgraph } from '@pallnet/subgraph-national';
import { queryOk } from '../../../tests/support/graphql';
import { startTestSubgraph, TestSubgraph } from '../../../tests/support/subgraph';

describe('national subgraph', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(nationalSubgraph);
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  it('holds all 357 municipalities of the register, with leading zeros kept', async () => {
    const { municipalities } = await queryOk(subgraph, '{ municipalities { number name county } }');
    expect(municipalities).toHaveLength(357);
    expect(municipalities[0]).toEqual({ number: '0301', name: 'Oslo', county: 'Oslo' });
    expect(new Set(municipalities.map((m: { number: string }) => m.number)).size).toBe(357);
  });

  it('filters the register by county', async () => {
    const { municipalities } = await queryOk(subgraph, '{ municipalities(county: "Rogaland") { number name } }');
    expect(municipalities).toHaveLength(23);
    expect(municipalities).toContainEqual({ number: '1103', name: 'Stavanger' });
  });

  it('resolves municipalities by kommunenummer for the regions (_entities)', async () => {
    const { _entities } = await queryOk(
      subgraph,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { number name officialName county } } }',
      {
        r: [
          { __typename: 'Municipality', number: '5060' },
          { __typename: 'Municipality', number: '1811' },
          { __typename: 'Municipality', number: '9999' },
        ],
      },
    );
    expect(_entities).toEqual([
      { number: '5060', name: 'Nærøysund', officialName: 'Nærøysund', county: 'Trøndelag' },
      { number: '1811', name: 'Bindal', officialName: 'Bindal', county: 'Nordland' },
      null,
    ]);
  });

  it('lists the four health regions, each with its networks as references to its own type', async () => {
    const { regions } = await queryOk(subgraph, '{ regions { code name networks { __typename id } } }');
    expect(regions).toEqual(
      expect.arrayContaining([
        { code: 'VEST', name: 'Helse Vest', networks: [{ __typename: 'VestNetwork', id: 'vest-helse-stavanger' }] },
        { code: 'INNLANDET', name: 'Innlandet', networks: [{ __typename: 'InnlandetNetwork', id: 'innlandet-sykehuset-innlandet' }] },
        { code: 'MIDT', name: 'Helse Midt-Norge', networks: [{ __typename: 'MidtNetwork', id: 'midt-nord-trondelag' }] },
        { code: 'SOR_OST', name: 'Helse Sør-Øst', networks: [{ __typename: 'SorOstNetwork', id: 'sor-ost-oslo' }] },
      ]),
    );
    expect(regions).toHaveLength(4);
  });

  it('answers the catalog by region and by id', async () => {
    const data = await queryOk(
      subgraph,
      '{ vest: networks(region: VEST) { __typename id } all: networks { id } one: network(id: "sor-ost-oslo") { __typename id } none: network(id: "nope") { id } }',
    );
    expect(data.vest).toEqual([{ __typename: 'VestNetwork', id: 'vest-helse-stavanger' }]);
    expect(data.all).toHaveLength(4);
    expect(data.one).toEqual({ __typename: 'SorOstNetwork', id: 'sor-ost-oslo' });
    expect(data.none).toBeNull();
  });
});
