import { jsonLiteral, RegionalSourceFidelityMigration, textLiteral } from '@pallnet/regional-kit';
import { network, NETWORK_ID, sectorNetworks } from '../src/seed/source';

const OUS = 'sor-ost-oslo-universitetssykehus-sektor';
const LOVISENBERG = 'sor-ost-lovisenberg-sektor';
/** The one 2022 focus area the first seed marked CONTINUED without the report saying so; the others it marked NEW. */
const INFERRED_CONTINUED = 'Implementering av nasjonale faglige råd for lindrende behandling i livets sluttfase';

/**
 * The kit's room for unknowns and the template's missing fields, and Sør-Øst's corrections
 * (issue 14): the health trust not given to OUS alone, the 2022 focus areas' statuses only where
 * the report gives one, Lovisenberg's six meetings as the 2021 plan and its 69 members as counted
 * «Pr 07.02.22», totals of attendance not copied into single counts, and Lovisenberg's meeting
 * forms. Rows an editor has changed since the seed are left alone: each update names the value the
 * seed stored.
 */
export class Migration20261130010000 extends RegionalSourceFidelityMigration {
  protected override regionalStatements(): string[] {
    const id = textLiteral(NETWORK_ID);
    const lovisenberg = sectorNetworks.find((sector) => sector.id === LOVISENBERG);
    const lovisenbergFigure = lovisenberg?.figures.find((figure) => figure.year === 2021);
    const unknownStatuses = sectorNetworks.flatMap((sector) =>
      sector.focusAreas
        .filter((focusArea) => focusArea.status === null)
        .map(
          (focusArea) =>
            `update "focus_area" set "status" = null, "note" = ${textLiteral(focusArea.note)}, "version" = "version" + 1 where "network_id" = ${id} and "unit_id" = ${textLiteral(sector.id)} and "year" = 2022 and "title" = ${textLiteral(focusArea.title)} and "status" = '${focusArea.title === INFERRED_CONTINUED ? 'CONTINUED' : 'NEW'}';`,
        ),
    );
    return [
      `alter table "activity_report" add column "meetings_digital" int null, add column "meetings_physical_or_hybrid" int null;`,
      `update "network" set "health_trust" = ${textLiteral(network.healthTrust)}, "source_notes" = ${jsonLiteral(network.sourceNotes)} where "id" = ${id} and "health_trust" = 'Oslo universitetssykehus HF';`,
      ...unknownStatuses,
      `update "unit" set "planned_meetings_per_year" = null, "version" = "version" + 1 where "network_id" = ${id} and "id" = ${textLiteral(LOVISENBERG)} and "planned_meetings_per_year" = 6;`,
      `update "membership_figure" set "as_of" = ${textLiteral(lovisenbergFigure?.asOf ?? null)}, "note" = ${textLiteral(lovisenbergFigure?.note ?? null)}, "version" = "version" + 1 where "network_id" = ${id} and "unit_id" = ${textLiteral(LOVISENBERG)} and "year" = 2021 and "count" = 69 and "as_of" is null;`,
      `update "event" set "attended_digitally" = null, "version" = "version" + 1 where "network_id" = ${id} and "unit_id" = ${textLiteral(OUS)} and "kind" = 'STUDY_DAY' and "attended_digitally" = 45 and "participants" = 45;`,
      `update "event" set "attended_in_person" = null, "version" = "version" + 1 where "network_id" = ${id} and "unit_id" is null and "kind" = 'INTRODUCTION_COURSE' and "date" = '2021-09-22' and "attended_in_person" = 22 and "participants" = 22;`,
      `update "activity_report" set "meetings_digital" = ${lovisenberg?.activityReport.meetingsDigital ?? 'null'}, "meetings_physical_or_hybrid" = ${lovisenberg?.activityReport.meetingsPhysicalOrHybrid ?? 'null'} where "network_id" = ${id} and "unit_id" = ${textLiteral(LOVISENBERG)} and "year" = 2021 and "meetings_digital" is null;`,
    ];
  }

  protected override regionalDownStatements(): string[] {
    return [`alter table "activity_report" drop column "meetings_digital", drop column "meetings_physical_or_hybrid";`];
  }
}
