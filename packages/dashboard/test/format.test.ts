import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDate, formatHours, formatNok, formatTotal, sumKnown, withDetail } from '../src/shaping/format';

describe('Norwegian figures, with «–» for unknown', () => {
  it('formats counts, hours and kroner the Norwegian way', () => {
    expect(formatCount(271)).toBe('271');
    expect(formatCount(50000).replace(/\s/g, ' ')).toBe('50 000');
    expect(formatHours(10.5)).toBe('10,5 t');
    expect(formatNok(50000).replace(/\s/g, ' ')).toBe('50 000 kr');
  });

  it('shows an unknown figure as a dash, never as zero', () => {
    for (const format of [formatCount, formatChange, formatHours, formatNok]) {
      expect(format(null)).toBe('–');
      expect(format(undefined)).toBe('–');
    }
    expect(formatCount(0)).toBe('0');
    expect(formatChange(0)).toBe('0');
  });

  it('gives a change its sign, with a real minus', () => {
    expect(formatChange(13)).toBe('+13');
    expect(formatChange(-5)).toBe('−5');
  });

  it('writes ISO dates as Norwegian dates, whatever the time zone', () => {
    expect(formatDate('2021-11-30')).toBe('30. november 2021');
    expect(formatDate('2021-01-01')).toBe('1. januar 2021');
    expect(formatDate('mars 2021')).toBe('mars 2021');
    expect(formatDate(null)).toBe('–');
  });

  it('sums what is known and says when parts were unknown', () => {
    expect(sumKnown([])).toBeNull();
    expect(sumKnown([null, null])).toBeNull();
    expect(sumKnown([92, 22])).toEqual({ value: 114, complete: true });
    expect(sumKnown([92, null])).toEqual({ value: 92, complete: false });
    expect(formatTotal({ value: 92, complete: true })).toBe('92');
    expect(formatTotal({ value: 92, complete: false })).toBe('minst 92');
    expect(formatTotal(null)).toBe('–');
  });

  it('leaves out an unknown detail rather than showing «(–)»', () => {
    expect(withDetail('4', '10,5 t')).toBe('4 (10,5 t)');
    expect(withDetail('4', '–')).toBe('4');
    expect(withDetail('–', '–')).toBe('–');
  });
});
