import { jsonLiteral, RegionalSourceFidelityMigration, textLiteral } from '@pallnet/regional-kit';
import { FOCUS_AREA_NOTE, focusAreas, NETWORK_ID, UNIT_IDS } from '../src/seed/source';

/** What the first seed stored for the plan's focus areas: a status the plan never gives. */
const INFERRED = [
  { year: 2020, status: 'NEW', note: 'Handlingsplan 2020-2021: satsingsområde i planens første år.' },
  { year: 2021, status: 'CONTINUED', note: 'Handlingsplan 2020-2021 (revidert januar 2021): videreført i planens andre år.' },
];

const MEETING_OF_24_MARCH = 'Årsmelding OSU. Behandles i vårt møte 24. mars.';

/**
 * The kit's room for unknowns and the template's missing fields, and Innlandet's corrections
 * (issue 14): the action plan's focus areas without a status, the 24 March meeting in Klinisk
 * utvalg's hands, and the plan's timings as data. Rows an editor has changed since the seed are
 * left alone: each update names the value the seed stored.
 */
export class Migration20261130010000 extends RegionalSourceFidelityMigration {
  protected override regionalStatements(): string[] {
    const id = textLiteral(NETWORK_ID);
    const timings = focusAreas
      .filter((row) => row.timing !== undefined)
      .map(
        (row) =>
          `update "action_plan_focus_area" set "timing" = ${textLiteral(row.timing ?? null)}, "timing_kind" = ${textLiteral(row.timingKind ?? null)}, "timing_seasons" = ${jsonLiteral(row.timingSeasons ?? [])}, "timing_until_year" = ${row.timingUntilYear ?? 'null'} where "network_id" = ${id} and "title" = ${textLiteral(row.title)};`,
      );
    return [
      `alter table "action_plan_focus_area" add column "timing" varchar(255) null, add column "timing_kind" text check ("timing_kind" in ('CONTINUOUS', 'RECURRING', 'UNTIL')) null, add column "timing_seasons" jsonb not null default '[]', add column "timing_until_year" int null;`,
      ...INFERRED.map(
        ({ year, status, note }) =>
          `update "focus_area" set "status" = null, "note" = ${textLiteral(FOCUS_AREA_NOTE)}, "version" = "version" + 1 where "network_id" = ${id} and "unit_id" is null and "year" = ${year} and "status" = '${status}' and "note" = ${textLiteral(note)};`,
      ),
      `update "cycle_activity" set "unit_ids" = ${jsonLiteral([UNIT_IDS.clinicalCommittee])} where "network_id" = ${id} and "text" = ${textLiteral(MEETING_OF_24_MARCH)} and "unit_ids" = ${jsonLiteral([UNIT_IDS.osu])};`,
      ...timings,
    ];
  }

  protected override regionalDownStatements(): string[] {
    return [
      `alter table "action_plan_focus_area" drop column "timing", drop column "timing_kind", drop column "timing_seasons", drop column "timing_until_year";`,
    ];
  }
}
