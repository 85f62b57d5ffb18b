import { jsonLiteral, RegionalSourceFidelityMigration, textLiteral } from '@pallnet/regional-kit';
import { network, NETWORK_ID } from '../src/seed/source';

/** The name the first seed made up for the network, which the document does not use. */
const CONSTRUCTED_NAME = 'Nettverk innen kreftomsorg og lindrende behandling i Helse Stavanger foretaksområde';

/**
 * The kit's room for unknowns and the template's missing fields, and Vest's corrections
 * (issue 14): the network's name in the document's own words with a note on how it was taken,
 * and the facts of «Bakgrunn» and section 4 that were left out. Rows an editor has changed since
 * the seed are left alone: each update names the value the seed stored.
 */
export class Migration20261130010000 extends RegionalSourceFidelityMigration {
  protected override regionalStatements(): string[] {
    const id = textLiteral(NETWORK_ID);
    return [
      `alter table "network" add column "established_in" text null, add column "anchored_via" text null, add column "shared_plans" jsonb not null default '[]', add column "shared_plans_prepared_by" varchar(255) null, add column "inter_municipal_solutions" text null;`,
      `update "network" set "name" = ${textLiteral(network.name)}, "source_notes" = ${jsonLiteral(network.sourceNotes)} where "id" = ${id} and "name" = ${textLiteral(CONSTRUCTED_NAME)};`,
      `update "network" set "established_in" = ${textLiteral(network.establishedIn)}, "anchored_via" = ${textLiteral(network.anchoredVia)}, "shared_plans" = ${jsonLiteral(network.sharedPlans)}, "shared_plans_prepared_by" = ${textLiteral(network.sharedPlansPreparedBy)}, "inter_municipal_solutions" = ${textLiteral(network.interMunicipalSolutions)} where "id" = ${id};`,
    ];
  }

  protected override regionalDownStatements(): string[] {
    return [
      `alter table "network" drop column "established_in", drop column "anchored_via", drop column "shared_plans", drop column "shared_plans_prepared_by", drop column "inter_municipal_solutions";`,
    ];
  }
}
