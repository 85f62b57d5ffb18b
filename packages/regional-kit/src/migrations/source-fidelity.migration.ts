import { Migration } from '@mikro-orm/migrations';

/*
 * The regional kit's third migration, the same in every region: room for what the source
 * documents do not state and for the national template's fields that had no place.
 *   - a focus area's status may be unknown (null) where the source gives none;
 *   - a network's notes on values the documents do not state in those words (source_notes);
 *   - a unit's note on a link to its parent that the source does not state (parent_note);
 *   - the template's «Kursavgift?», «Beskriv eventuell reorganisering», «Samarbeide med andre
 *     nettverk» (year_report), «andre enn ressurspersoner invitert?» (event) and the home
 *     municipality of a job-shadowing visitor (job_shadowing).
 * Each region runs it under its own name and adds the corrections of its own stored data
 * (`regionalStatements`), so existing installations are corrected, not only fresh seeds.
 * Frozen: a later change to the kit's tables gets a migration of its own.
 */

const UP = [
  `alter table "focus_area" alter column "status" drop not null;`,
  `alter table "network" add column "source_notes" jsonb not null default '[]';`,
  `alter table "unit" add column "parent_note" text null;`,
  `alter table "year_report" add column "course_fee" text null, add column "reorganisation" text null, add column "cooperation_with_other_networks" text null;`,
  `alter table "event" add column "others_than_resource_persons_invited" boolean null;`,
  `alter table "job_shadowing" add column "home_municipality_number" varchar(4) null;`,
];

const DOWN = [
  `alter table "job_shadowing" drop column "home_municipality_number";`,
  `alter table "event" drop column "others_than_resource_persons_invited";`,
  `alter table "year_report" drop column "course_fee", drop column "reorganisation", drop column "cooperation_with_other_networks";`,
  `alter table "unit" drop column "parent_note";`,
  `alter table "network" drop column "source_notes";`,
  // Statuses left unknown cannot be made up again: going down needs them recorded first.
  `alter table "focus_area" alter column "status" set not null;`,
];

/** A jsonb literal for SQL: the value as JSON, quotes doubled. */
export function jsonLiteral(value: unknown): string {
  return `'${JSON.stringify(value).replace(/'/g, "''")}'::jsonb`;
}

/** A text literal for SQL, quotes doubled; null as null. */
export function textLiteral(value: string | null): string {
  return value === null ? 'null' : `'${value.replace(/'/g, "''")}'`;
}

export abstract class RegionalSourceFidelityMigration extends Migration {
  /** The region's own schema changes and corrections of its stored data, run after the kit's. */
  protected abstract regionalStatements(): string[];

  /** Undoes the region's own schema changes (data corrections are not undone). */
  protected abstract regionalDownStatements(): string[];

  override async up(): Promise<void> {
    for (const statement of [...UP, ...this.regionalStatements()]) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of [...this.regionalDownStatements(), ...DOWN]) this.addSql(statement);
  }
}
