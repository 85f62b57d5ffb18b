import { describe, expect, it } from 'vitest';
import { defaultYear, FIRST_YEAR, latestActiveYear, yearOptions } from '../src/shaping/years';

describe('the year the dashboard opens on', () => {
  it('is the latest year with any recorded activity', () => {
    const networks = [
      {
        events: [
          { year: 2020, date: null },
          { year: null, date: '2021-11-30' },
        ],
      },
      null,
      { events: [] },
    ];
    expect(latestActiveYear(networks)).toBe(2021);
    expect(defaultYear(2021, new Date('2026-05-01'))).toBe(2021);
  });

  it('is last year when nothing is recorded', () => {
    expect(latestActiveYear([null, { events: [] }])).toBeNull();
    expect(defaultYear(null, new Date('2026-05-01'))).toBe(2025);
  });

  it('offers every year from the first to this one, newest first', () => {
    const options = yearOptions(new Date('2026-05-01'));
    expect(options[0]).toBe(2026);
    expect(options[options.length - 1]).toBe(FIRST_YEAR);
    expect(options).toHaveLength(2026 - FIRST_YEAR + 1);
  });
});
