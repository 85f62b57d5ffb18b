import { describe, expect, it } from 'vitest';
import { organisationByLevel, UnitInput } from '../src/shaping/organisation';

function unit(id: string, level: UnitInput['level'], parent: string | null, extra: Partial<UnitInput> = {}): UnitInput {
  return {
    id,
    name: id,
    localTerm: { STEERING: 'Styringsgruppe', OPERATIONS: 'Driftsgruppe', LOCAL: 'Sektornettverk' }[level],
    level,
    parent: parent ? { id: parent } : null,
    plannedMeetingsPerYear: null,
    members: null,
    latestMembers: null,
    ...extra,
  };
}

describe('organisationByLevel: the tree drawn steering → operations → local', () => {
  it("puts Oslo's units in their levels, in the region's own terms", () => {
    const bands = organisationByLevel([
      unit('OUS sektor', 'LOCAL', 'Driftsgruppen', { members: 145 }),
      unit('Driftsgruppen', 'OPERATIONS', 'Styringsgruppen'),
      unit('Lovisenberg sektor', 'LOCAL', 'Driftsgruppen', { members: 69, plannedMeetingsPerYear: 6 }),
      unit('Styringsgruppen', 'STEERING', null),
    ]);
    expect(bands.map((band) => [band.level, band.terms, band.units.map((node) => node.name)])).toEqual([
      ['STEERING', ['Styringsgruppe'], ['Styringsgruppen']],
      ['OPERATIONS', ['Driftsgruppe'], ['Driftsgruppen']],
      ['LOCAL', ['Sektornettverk'], ['OUS sektor', 'Lovisenberg sektor']],
    ]);
    const lovisenberg = bands[2].units[1];
    expect(lovisenberg).toMatchObject({ parentName: 'Driftsgruppen', members: 69, plannedMeetingsPerYear: 6, membersFromLatest: false });
  });

  it("orders a level by the tree, so a parent's children stay together", () => {
    const bands = organisationByLevel([
      unit('Fagråd', 'STEERING', null),
      unit('Drift B', 'OPERATIONS', 'Fagråd'),
      unit('Drift A', 'OPERATIONS', 'Fagråd'),
      unit('Gruppe under A', 'LOCAL', 'Drift A'),
      unit('Gruppe under B', 'LOCAL', 'Drift B'),
      unit('Gruppe 2 under B', 'LOCAL', 'Drift B'),
    ]);
    expect(bands[2].units.map((node) => node.name)).toEqual(['Gruppe under B', 'Gruppe 2 under B', 'Gruppe under A']);
  });

  it('leaves out empty levels and keeps units whose parent is missing or circular', () => {
    const bands = organisationByLevel([unit('Orphan', 'LOCAL', 'gone'), unit('Loop A', 'STEERING', 'Loop B'), unit('Loop B', 'STEERING', 'Loop A')]);
    expect(bands.map((band) => band.level)).toEqual(['STEERING', 'LOCAL']);
    expect(bands[0].units.map((node) => node.name).sort()).toEqual(['Loop A', 'Loop B']);
    expect(bands[1].units[0].parentName).toBeNull();
  });

  it("uses the latest known member count when the year's is unknown, and says so", () => {
    const [band] = organisationByLevel([unit('sykepleienettverket', 'LOCAL', null, { latestMembers: 170 })]);
    expect(band.units[0]).toMatchObject({ members: 170, membersFromLatest: true });
  });
});
