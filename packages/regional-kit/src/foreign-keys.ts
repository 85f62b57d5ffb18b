/** A foreign key by id, deferred to commit time. */
function fk(table: string, column: string, target: string, onDelete: 'cascade' | 'set null' = 'cascade'): string {
  return `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete} deferrable initially deferred;`;
}

/**
 * Referential integrity for the regional tables. The shared entities point at a region's own
 * network and unit rows by plain id columns (the shared code cannot name the region's classes),
 * so each region's initial migration adds these constraints itself.
 * They are deferred to commit time: a seed or a mutation inserts rows in any order in one transaction.
 */
export function regionalForeignKeys(extraNetworkTables: string[] = []): string[] {
  const recordTables = ['unit_municipality', 'membership_figure', 'event', 'year_report', 'focus_area', 'funding', 'job_shadowing', 'agreement'];
  return [
    fk('unit', 'network_id', 'network'),
    fk('unit', 'parent_id', 'unit', 'set null'),
    ...recordTables.flatMap((table) => [fk(table, 'network_id', 'network'), fk(table, 'unit_id', 'unit')]),
    ...extraNetworkTables.map((table) => fk(table, 'network_id', 'network')),
  ];
}

/**
 * The register of resource persons and the hospital units, added to every region by its second
 * migration. The audit log has none on purpose: its entries outlive whatever they describe.
 */
export function registerForeignKeys(): string[] {
  return [
    fk('hospital_unit', 'network_id', 'network'),
    fk('hospital_unit', 'unit_id', 'unit'),
    fk('resource_person', 'network_id', 'network'),
    fk('resource_person', 'hospital_unit_id', 'hospital_unit', 'set null'),
    fk('unit_membership', 'network_id', 'network'),
    fk('unit_membership', 'person_id', 'resource_person'),
    fk('unit_membership', 'unit_id', 'unit'),
  ];
}
