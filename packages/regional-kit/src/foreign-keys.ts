/**
 * Referential integrity for the regional tables. The shared entities point at a region's own
 * network and unit rows by plain id columns (the shared code cannot name the region's classes),
 * so each region's initial migration adds these constraints itself.
 * They are deferred to commit time: a seed or a mutation inserts rows in any order in one transaction.
 */
export function regionalForeignKeys(extraNetworkTables: string[] = []): string[] {
  const fk = (table: string, column: string, target: string, onDelete: 'cascade' | 'set null' = 'cascade') =>
    `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete} deferrable initially deferred;`;
  const recordTables = [
    'unit_municipality',
    'membership_figure',
    'event',
    'year_report',
    'focus_area',
    'funding',
    'job_shadowing',
    'agreement',
  ];
  return [
    fk('unit', 'network_id', 'network'),
    fk('unit', 'parent_id', 'unit', 'set null'),
    ...recordTables.flatMap((table) => [fk(table, 'network_id', 'network'), fk(table, 'unit_id', 'unit')]),
    ...extraNetworkTables.map((table) => fk(table, 'network_id', 'network')),
  ];
}
