import type { GovernanceLevel } from '../generated/graphql';
import { LEVELS } from '../labels';

/** What the organisation view needs of a unit (NetworkPage's units). */
export interface UnitInput {
  id: string;
  name: string;
  localTerm: string;
  level: GovernanceLevel;
  parent: { id: string } | null;
  /** True when the source does not state the link to the parent. */
  parentInferred?: boolean;
  plannedMeetingsPerYear: number | null;
  /** Members at 31 December of the chosen year. */
  members: number | null;
  /** The latest known member count, whatever its year. */
  latestMembers: number | null;
}

export interface UnitNode {
  id: string;
  name: string;
  localTerm: string;
  level: GovernanceLevel;
  parentName: string | null;
  parentInferred: boolean;
  plannedMeetingsPerYear: number | null;
  members: number | null;
  /** True when `members` is the latest known count, not the chosen year's. */
  membersFromLatest: boolean;
}

export interface LevelBand {
  level: GovernanceLevel;
  /** The region's own words for the units at this level, in order of first use. */
  terms: string[];
  units: UnitNode[];
}

/**
 * The organisation as a tree drawn by level: steering, operations, local, each with its units.
 * Within a level, units come in the order of the tree (a parent's children together, in the
 * order of their parents), so the drawing reads from top to bottom like the region's chart.
 * Levels without units are left out.
 */
export function organisationByLevel(units: readonly UnitInput[]): LevelBand[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const ordered = treeOrder(units, byId);
  return LEVELS.map((level) => {
    const atLevel = ordered.filter((unit) => unit.level === level);
    return {
      level,
      terms: [...new Set(atLevel.map((unit) => unit.localTerm))],
      units: atLevel.map((unit) => ({
        id: unit.id,
        name: unit.name,
        localTerm: unit.localTerm,
        level: unit.level,
        parentName: unit.parent ? (byId.get(unit.parent.id)?.name ?? null) : null,
        parentInferred: unit.parentInferred ?? false,
        plannedMeetingsPerYear: unit.plannedMeetingsPerYear,
        members: unit.members ?? unit.latestMembers,
        membersFromLatest: unit.members == null && unit.latestMembers != null,
      })),
    };
  }).filter((band) => band.units.length > 0);
}

/** Depth-first from the roots; a unit whose parent is not among the units counts as a root. */
function treeOrder(units: readonly UnitInput[], byId: Map<string, UnitInput>): UnitInput[] {
  const children = new Map<string | null, UnitInput[]>();
  for (const unit of units) {
    const parentId = unit.parent && byId.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parentId, [...(children.get(parentId) ?? []), unit]);
  }
  const ordered: UnitInput[] = [];
  const seen = new Set<string>();
  const visit = (unit: UnitInput) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    ordered.push(unit);
    for (const child of children.get(unit.id) ?? []) visit(child);
  };
  for (const root of children.get(null) ?? []) visit(root);
  // Units on a cycle of parents have no root; they still belong to the picture.
  for (const unit of units) visit(unit);
  return ordered;
}
