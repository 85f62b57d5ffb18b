/**
 * Referential integrity inside Innlandet's own tables, beside the network_id keys that
 * `regionalForeignKeys` adds. Like those, the children point at their parents by plain id
 * columns and the constraints are deferred to commit time, so a seed may insert in any order.
 * (The regional kit's own constraint builder is not exported, hence this small one.)
 */
export const INNLANDET_NETWORK_TABLES = [
  'meeting_rule',
  'annual_cycle',
  'cycle_period',
  'cycle_activity',
  'action_plan',
  'action_plan_focus_area',
  'planned_event',
  'governing_document',
];

export function innlandetForeignKeys(): string[] {
  const fk = (table: string, column: string, target: string, onDelete: 'cascade' | 'set null' = 'cascade') =>
    `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete} deferrable initially deferred;`;
  return [
    fk('meeting_rule', 'unit_id', 'unit'),
    fk('meeting_rule', 'joint_with_unit_id', 'unit', 'set null'),
    fk('cycle_period', 'cycle_id', 'annual_cycle'),
    fk('cycle_activity', 'period_id', 'cycle_period'),
    fk('action_plan_focus_area', 'action_plan_id', 'action_plan'),
    fk('planned_event', 'focus_area_id', 'action_plan_focus_area'),
  ];
}
