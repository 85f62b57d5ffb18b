import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One municipality of the national register, valid from 2024-01-01. */
export interface RegisteredMunicipality {
  /** kommunenummer: four digits with the leading zero. */
  number: string;
  name: string;
  /** As Statistics Norway writes it. */
  officialName: string;
  county: string;
}

/** The register file, shipped with this package (see data/README.md for where it comes from). */
export const MUNICIPALITY_REGISTER_FILE = path.resolve(__dirname, '../data/municipalities.csv');

/** Reads a register file: `number,name,official_name,county`, one municipality a line. */
export function readMunicipalityRegister(file = MUNICIPALITY_REGISTER_FILE): RegisteredMunicipality[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  if (header !== 'number,name,official_name,county') throw new Error(`Unexpected header in ${file}: ${header}`);
  // The register has no quoted fields (checked when it was copied in), so a plain split is exact.
  return lines.map((line) => {
    const [number, name, officialName, county] = line.split(',');
    return { number, name, officialName, county };
  });
}

let byNumber: Map<string, RegisteredMunicipality> | undefined;

/** The municipality with this kommunenummer, or undefined when the register has none. */
export function findMunicipality(number: string): RegisteredMunicipality | undefined {
  byNumber ??= new Map(readMunicipalityRegister().map((municipality) => [municipality.number, municipality]));
  return byNumber.get(number);
}

export function isKnownMunicipality(number: string): boolean {
  return findMunicipality(number) !== undefined;
}
