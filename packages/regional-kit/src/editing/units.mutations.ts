import type { EntityClass } from '@mikro-orm/core';
import { findMunicipality } from '@pallnet/municipality-register';
import { Arg, ClassType, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RegionalContext } from '../context';
import { AuditAction } from '../entities/register-enums';
import { UnitMunicipality } from '../entities/template-records';
import type { UnitBase } from '../entities/unit-base';
import { invalidField } from '../errors';
import type { RegionalModel } from '../model';
import { assignGiven, audit, claimVersion, Edit, givenFields, requireNetwork, requireUnit, runEdit, snapshot } from './edit';
import type { UnitInput } from './inputs';
import { fieldPrefix, idPrefix, slugify } from './naming';

/** One of a region's own kinds of unit, with the input its editors create and update it with. */
export interface UnitKind {
  /** The name in the mutations: `NetworkGroup` gives `vestCreateNetworkGroup`, `vestUpdateNetworkGroup`. */
  name: string;
  entity: EntityClass<UnitBase>;
  /** The region's input for this kind: UnitInput's fields and the kind's own. */
  input: ClassType<UnitInput>;
}

/** The parent must be a unit of the same network, and not the unit itself or one below it. */
async function checkParent(edit: Edit, networkId: string, parentId: string, unitId: string | null): Promise<void> {
  await requireUnit(edit, networkId, parentId, 'parentId');
  if (unitId === null) return;
  const units = new Map((await edit.tx.find(edit.model.unit, { networkId })).map((unit) => [unit.id, unit]));
  let cursor: string | null = parentId;
  // Bounded by the network's units: a chain longer than that would already be a cycle.
  for (let step = 0; cursor !== null && step <= units.size; step += 1) {
    if (cursor === unitId) throw invalidField('parentId', 'noCycle', 'a unit cannot report to itself or to a unit below it');
    cursor = units.get(cursor)?.parentId ?? null;
  }
}

/** A readable id that no unit of the region has yet: `vest-nettverksgruppe-klepp`, then `…-2`. */
async function freeUnitId(edit: Edit, name: string): Promise<string> {
  const base = `${idPrefix(edit.model.region)}-${slugify(name)}`;
  const taken = new Set((await edit.tx.find(edit.model.unit, { id: { $like: `${base}%` } })).map((unit) => unit.id));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

/**
 * Sets the unit's municipalities to exactly these numbers. Rows that stay keep the wording of the
 * source document; new ones take the register's name.
 */
function setMunicipalities(edit: Edit, unit: UnitBase, numbers: string[], current: UnitMunicipality[]): UnitMunicipality[] {
  const wanted = [...new Set(numbers)];
  const kept = current.filter((row) => wanted.includes(row.municipalityNumber));
  for (const row of current) if (!kept.includes(row)) edit.tx.remove(row);
  const added = wanted
    .filter((number) => !kept.some((row) => row.municipalityNumber === number))
    .map((number) =>
      edit.tx.create(UnitMunicipality, {
        networkId: unit.networkId,
        unitId: unit.id,
        municipalityNumber: number,
        sourceWording: findMunicipality(number)?.name ?? number,
      }),
    );
  return [...kept, ...added];
}

const numbersOf = (rows: UnitMunicipality[]) => rows.map((row) => row.municipalityNumber).sort();

async function createUnit(ctx: RegionalContext, kind: UnitKind, networkId: string, input: UnitInput): Promise<UnitBase> {
  return runEdit(ctx, async (edit) => {
    await requireNetwork(edit, networkId);
    if (input.parentId) await checkParent(edit, networkId, input.parentId, null);
    const [id, last] = await Promise.all([freeUnitId(edit, input.name), edit.tx.findOne(edit.model.unit, { networkId }, { orderBy: { position: 'desc' } })]);
    const unit = edit.tx.create(kind.entity, { id, networkId, position: (last?.position ?? -1) + 1 } as never);
    const { municipalityNumbers, ...fields } = givenFields(input);
    assignGiven(edit, unit, fields);
    const municipalities = setMunicipalities(edit, unit, municipalityNumbers ?? [], []);
    audit(edit, {
      networkId,
      entity: kind.entity.name,
      entityId: id,
      action: AuditAction.CREATE,
      before: null,
      after: snapshot(unit, { municipalityNumbers: numbersOf(municipalities) }),
    });
    return unit;
  });
}

async function updateUnit(ctx: RegionalContext, kind: UnitKind, id: string, expectedVersion: number, input: UnitInput): Promise<UnitBase> {
  return runEdit(ctx, async (edit) => {
    const { record: unit, before } = await claimVersion(edit, kind.entity, kind.entity.name, id, expectedVersion);
    if (input.parentId) await checkParent(edit, unit.networkId, input.parentId, unit.id);
    const current = await edit.tx.find(UnitMunicipality, { unitId: unit.id }, { orderBy: { id: 'asc' } });
    const { municipalityNumbers, ...fields } = givenFields(input);
    assignGiven(edit, unit, fields);
    const municipalities = municipalityNumbers === undefined ? current : setMunicipalities(edit, unit, municipalityNumbers ?? [], current);
    audit(edit, {
      networkId: unit.networkId,
      entity: kind.entity.name,
      entityId: id,
      action: AuditAction.UPDATE,
      before: { ...before, municipalityNumbers: numbersOf(current) },
      after: snapshot(unit, { municipalityNumbers: numbersOf(municipalities) }),
    });
    return unit;
  });
}

/** `<region>Create<Kind>` and `<region>Update<Kind>` for one of the region's kinds of unit. */
export function createUnitEditingResolver(model: RegionalModel, kind: UnitKind) {
  const prefix = fieldPrefix(model.region);

  @Resolver()
  class UnitEditingResolver {
    @Mutation(() => kind.entity, { name: `${prefix}Create${kind.name}`, description: `Creates a ${kind.entity.name} in a network of the region.` })
    create(
      @Ctx() ctx: RegionalContext,
      // Last first: type-graphql lists a field's arguments in the reverse order of the parameters.
      @Arg('input', () => kind.input) input: UnitInput,
      @Arg('networkId', () => ID) networkId: string,
    ): Promise<UnitBase> {
      return createUnit(ctx, kind, networkId, input);
    }

    @Mutation(() => kind.entity, { name: `${prefix}Update${kind.name}`, description: `Changes a ${kind.entity.name}, from the version the editor read.` })
    update(
      @Ctx() ctx: RegionalContext,
      @Arg('input', () => kind.input) input: UnitInput,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('id', () => ID) id: string,
    ): Promise<UnitBase> {
      return updateUnit(ctx, kind, id, expectedVersion, input);
    }
  }
  return UnitEditingResolver;
}
