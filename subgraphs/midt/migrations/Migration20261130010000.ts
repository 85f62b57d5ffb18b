import { RegionalSourceFidelityMigration, textLiteral } from '@pallnet/regional-kit';
import { INFERRED_PARENT, localResourceGroups, network, NETWORK_ID, professionalCouncil } from '../src/seed/source';

/**
 * The kit's room for unknowns and the template's missing fields, and Midt's corrections
 * (issue 14): the health trust as the document names it (no «HF»), and the hierarchy's links the
 * text does not state marked as inferred. Rows an editor has changed since the seed are left
 * alone: each update names the value the seed stored.
 */
export class Migration20261130010000 extends RegionalSourceFidelityMigration {
  protected override regionalStatements(): string[] {
    const id = textLiteral(NETWORK_ID);
    const groupIds = localResourceGroups.map((group) => textLiteral(group.id)).join(', ');
    return [
      `update "network" set "health_trust" = ${textLiteral(network.healthTrust)} where "id" = ${id} and "health_trust" = 'Helse Nord-Trøndelag HF';`,
      `update "unit" set "parent_note" = ${textLiteral(INFERRED_PARENT.fagrad)}, "version" = "version" + 1 where "network_id" = ${id} and "id" = ${textLiteral(professionalCouncil.id)} and "parent_id" = ${textLiteral(professionalCouncil.parentId)} and "parent_note" is null;`,
      `update "unit" set "parent_note" = ${textLiteral(INFERRED_PARENT.localResourceGroup)}, "version" = "version" + 1 where "network_id" = ${id} and "id" in (${groupIds}) and "parent_id" = ${textLiteral(professionalCouncil.id)} and "parent_note" is null;`,
    ];
  }

  protected override regionalDownStatements(): string[] {
    return [];
  }
}
