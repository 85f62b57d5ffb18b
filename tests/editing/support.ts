import type { MikroORM } from '@mikro-orm/postgresql';
import { bearer } from '../support/auth';

/*
 * Helpers of the editing tests: tokens for each kind of caller, and a fingerprint of everything
 * an editor can change, to prove that a refused change wrote nothing.
 */

export const anonymous = async (): Promise<Record<string, string>> => ({});
export const analyst = () => bearer({ role: 'analyst', subject: 'analyst-anna' });
export const editorOf = (region: string, subject = `editor-of-${region.toLowerCase()}`) => bearer({ role: 'editor', region, subject });

/** The tables an editor writes to, every one of them. */
const EDITABLE_TABLES = [
  'resource_person',
  'unit_membership',
  'hospital_unit',
  'unit',
  'unit_municipality',
  'event',
  'year_report',
  'membership_figure',
  'focus_area',
  'funding',
  'audit_entry',
];

/**
 * Every editable table's rows, in order, as one string: equal before and after a refused
 * mutation means it wrote nothing at all (not even a version bump or an audit entry).
 */
export async function databaseFingerprint(orm: MikroORM): Promise<string> {
  const connection = orm.em.getConnection();
  const parts: string[] = [];
  for (const table of EDITABLE_TABLES) {
    const rows = await connection.execute(`select * from "${table}" order by 1`);
    parts.push(`${table}:${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}

/** A valid resource person of Vest's network, to vary one field at a time. */
export function personInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Kari Nordmann',
    profession: 'NURSE',
    workplaceKind: 'HOME_CARE',
    workplaceName: 'Hjemmesykepleien Sandnes øst',
    municipalityNumber: '1108',
    appointedFrom: '2023-01-01',
    email: 'kari.nordmann@sandnes.kommune.no',
    phone: '+47 51 00 00 00',
    ...overrides,
  };
}

export const PERSON_FIELDS =
  'id name profession workplaceKind workplaceName municipality { number } appointedFrom appointedTo version memberships { unit { id } from to }';
