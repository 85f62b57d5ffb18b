import { describe, expect, it } from 'vitest';
import { sortRows } from '../src/shaping/sort';

const rows = [
  { name: 'Vest', members: null },
  { name: 'Oslo', members: 271 },
  { name: 'Innlandet', members: 170 },
  { name: 'Midt', members: null },
  { name: 'Ålesund', members: 12 },
];

describe('sortRows', () => {
  it('sorts numbers both ways with the unknown ones last either way, keeping their order', () => {
    expect(sortRows(rows, (row) => row.members, 'descending').map((row) => row.name)).toEqual(['Oslo', 'Innlandet', 'Ålesund', 'Vest', 'Midt']);
    expect(sortRows(rows, (row) => row.members, 'ascending').map((row) => row.name)).toEqual(['Ålesund', 'Innlandet', 'Oslo', 'Vest', 'Midt']);
  });

  it('sorts text in Norwegian order (Å after Z)', () => {
    expect(sortRows(rows, (row) => row.name, 'ascending').map((row) => row.name)).toEqual(['Innlandet', 'Midt', 'Oslo', 'Vest', 'Ålesund']);
  });

  it('leaves its input as it was', () => {
    const before = rows.map((row) => row.name);
    sortRows(rows, (row) => row.name, 'descending');
    expect(rows.map((row) => row.name)).toEqual(before);
  });
});
