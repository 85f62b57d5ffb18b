import { describe, expect, it } from 'vitest';
import { CoverageInput, describeCoverage, summariseCoverage } from '../src/shaping/coverage';

const area = ['5001', '5028', '5031'].map((number) => ({ number }));

function coverage(extra: Partial<CoverageInput>): CoverageInput {
  return {
    complete: null,
    municipalities: area,
    municipalitiesWithoutHomeCare: [],
    municipalitiesWithoutNursingHome: [],
    hospitalUnitsKnown: false,
    hospitalUnitsWithoutResourcePerson: null,
    ...extra,
  };
}

describe('coverage as the national template defines it', () => {
  it('counts a municipality once when it lacks home care, a nursing home or both', () => {
    const summary = summariseCoverage(
      coverage({
        complete: false,
        municipalitiesWithoutHomeCare: [area[0], area[1]],
        municipalitiesWithoutNursingHome: [area[1]],
        hospitalUnitsWithoutResourcePerson: [{}],
      }),
    );
    expect(summary).toEqual({ status: 'incomplete', municipalities: 3, municipalitiesMissing: 2, hospitalUnitsMissing: 1 });
    expect(describeCoverage(summary)).toBe('Mangler i 2 av 3 kommuner og 1 sykehusenhet');
  });

  it('says full coverage only when the gateway says complete', () => {
    const summary = summariseCoverage(coverage({ complete: true, hospitalUnitsKnown: true, hospitalUnitsWithoutResourcePerson: [] }));
    expect(summary).toMatchObject({ status: 'complete', municipalitiesMissing: 0, hospitalUnitsMissing: 0 });
    expect(describeCoverage(summary)).toBe('Full dekning');
  });

  it('keeps what cannot be checked unknown, not zero', () => {
    const summary = summariseCoverage(coverage({ municipalities: [], municipalitiesWithoutHomeCare: null, municipalitiesWithoutNursingHome: null }));
    expect(summary).toEqual({ status: 'unknown', municipalities: 0, municipalitiesMissing: null, hospitalUnitsMissing: null });
    expect(describeCoverage(summary)).toBe('–');
  });

  it('speaks of one municipality in the singular', () => {
    const summary = summariseCoverage(coverage({ complete: false, municipalities: [area[0]], municipalitiesWithoutHomeCare: [area[0]] }));
    expect(describeCoverage(summary)).toBe('Mangler i 1 av 1 kommune');
  });

  it('names hospital units alone when every municipality is covered', () => {
    const summary = summariseCoverage(coverage({ complete: false, hospitalUnitsKnown: true, hospitalUnitsWithoutResourcePerson: [{}, {}] }));
    expect(describeCoverage(summary)).toBe('Mangler i 2 sykehusenheter');
  });
});
