import { describe, expect, it } from 'vitest';
import { EventInput, monthOfPeriod, timeline } from '../src/shaping/timeline';

function event(title: string, extra: Partial<EventInput>): EventInput {
  return {
    kind: 'NETWORK_MEETING',
    title,
    date: null,
    year: null,
    period: null,
    hours: null,
    participants: null,
    form: null,
    location: null,
    unit: null,
    ...extra,
  };
}

describe('timeline: events year by year, in order of time as far as known', () => {
  it("orders Oslo's 2021 by date or the month its words name, the yearly-only ones last", () => {
    const years = timeline([
      event('Driftsgruppemøte', { kind: 'GOVERNANCE_MEETING', year: 2021 }),
      event('Fagdag', { kind: 'STUDY_DAY', date: '2021-11-30', year: 2021, participants: 92 }),
      event('Nettverksmøte høst', { year: 2021, period: 'høsten 2021' }),
      event('Introduksjonskurs', { kind: 'INTRODUCTION_COURSE', date: '2021-09-22', year: 2021 }),
      event('Styringsgruppemøte', { kind: 'GOVERNANCE_MEETING', year: 2021, period: 'mars 2021' }),
      event('Nettverksmøte vår', { year: 2021, period: 'våren 2021' }),
    ]);
    expect(years).toHaveLength(1);
    expect(years[0].year).toBe(2021);
    expect(years[0].entries.map((entry) => entry.title)).toEqual([
      'Styringsgruppemøte',
      'Nettverksmøte vår',
      'Introduksjonskurs',
      'Nettverksmøte høst',
      'Fagdag',
      'Driftsgruppemøte',
    ]);
    expect(years[0].entries.map((entry) => entry.when)).toEqual([
      'mars 2021',
      'våren 2021',
      '22. september 2021',
      'høsten 2021',
      '30. november 2021',
      'i 2021, dato ukjent',
    ]);
  });

  it('groups by year oldest first, taking the year from the date when it is missing, unknown years last', () => {
    const years = timeline([event('b', { year: 2021 }), event('c', {}), event('a', { date: '2019-05-02' })]);
    expect(years.map((group) => group.year)).toEqual([2019, 2021, null]);
    expect(years[2].entries[0].when).toBe('Tid ukjent');
  });

  it('reads months and seasons from the sources’ words', () => {
    expect(monthOfPeriod('mars 2021')).toBe(3);
    expect(monthOfPeriod('Våren 2021')).toBe(4);
    expect(monthOfPeriod('høsten 2021')).toBe(10);
    expect(monthOfPeriod('sept. 2020')).toBe(9);
    expect(monthOfPeriod('2021-2022')).toBeNull();
  });
});
