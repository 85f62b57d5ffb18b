import { EntityClass, FilterQuery, UniqueConstraintViolationException, wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { claimIdempotencyKey, markIdempotencyKeyClaimed, Viewer } from '@pallnet/subgraph-kit';
import { GraphQLError } from 'graphql';
import { requireEditor } from '../access';
import type { RegionalContext } from '../context';
import { AuditEntry } from '../entities/audit-entry.entity';
import type { NetworkBase } from '../entities/network-base';
import { AuditAction } from '../entities/register-enums';
import type { UnitBase } from '../entities/unit-base';
import { conflict, invalidField } from '../errors';
import type { RegionalModel } from '../model';

/** One editor's change in progress: its transaction, who makes it, and the region's model. */
export interface Edit {
  tx: EntityManager;
  viewer: Viewer;
  model: RegionalModel;
}

/**
 * Runs one change as one transaction, for this region's editors only: every check, the change
 * and its audit entry commit together or not at all, and with them the request's
 * Idempotency-Key, so a retried request never changes anything twice.
 */
export async function runEdit<T>(ctx: RegionalContext, change: (edit: Edit) => Promise<T>): Promise<T> {
  const viewer = requireEditor(ctx);
  try {
    const result = await ctx.em.transactional(async (tx) => {
      await claimIdempotencyKey(tx, ctx);
      return change({ tx, viewer, model: ctx.model });
    });
    markIdempotencyKeyClaimed(ctx);
    return result;
  } catch (error) {
    // Two editors creating the same unique record at once: the later insert loses.
    if (error instanceof UniqueConstraintViolationException) {
      throw new GraphQLError('Someone recorded the same thing a moment ago: read it again and re-apply your change.', {
        extensions: { code: 'CONFLICT' },
      });
    }
    throw error;
  }
}

/** A record as plain JSON, for the audit log. */
export function snapshot(record: object, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ ...wrap(record).toObject(), ...extra })) as Record<string, unknown>;
}

export interface AuditedChange {
  networkId: string;
  entity: string;
  entityId: string | number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** Appends the change to the audit log, in the change's own transaction. */
export function audit(edit: Edit, change: AuditedChange): void {
  edit.tx.create(AuditEntry, { ...change, entityId: String(change.entityId), subject: edit.viewer.subject });
}

interface Versioned {
  version: number;
}

/**
 * Optimistic locking: takes the record from the version the editor read to the next one, or
 * fails with CONFLICT when it is no longer at that version. The conditional UPDATE holds the
 * row until the transaction ends, so of two concurrent edits of one version exactly one wins;
 * the other waits, finds the version gone and changes nothing.
 */
export async function claimVersion<T extends Versioned>(
  edit: Edit,
  entity: EntityClass<T>,
  label: string,
  id: string | number,
  expectedVersion: number,
): Promise<{ record: T; before: Record<string, unknown> }> {
  const where = { id } as FilterQuery<T>;
  const found = await edit.tx.findOne(entity, where);
  if (!found) throw invalidField('id', 'exists', `there is no ${label} ${id} in ${edit.model.region}`);
  if (found.version !== expectedVersion) throw conflict(label, String(id), expectedVersion, found.version);
  const before = snapshot(found);
  const claimed = await edit.tx.nativeUpdate(entity, { id, version: expectedVersion } as FilterQuery<T>, { version: expectedVersion + 1 } as never);
  const record = await edit.tx.findOneOrFail(entity, where, { refresh: true });
  if (claimed === 0) throw conflict(label, String(id), expectedVersion, record.version);
  return { record, before };
}

/** A record id of the template tables (events, funding, …): a positive integer. */
export function recordId(id: string, field = 'id'): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) throw invalidField(field, 'recordId', `must be the id of a record (a positive whole number), got "${id}"`);
  return value;
}

export async function requireNetwork(edit: Edit, networkId: string, field = 'networkId'): Promise<NetworkBase> {
  const network = await edit.tx.findOne(edit.model.network, { id: networkId });
  if (!network) throw invalidField(field, 'exists', `there is no network "${networkId}" in ${edit.model.region}`);
  return network;
}

/** A unit of the given network (a record may only point at its own network's units). */
export async function requireUnit(edit: Edit, networkId: string, unitId: string, field = 'unitId'): Promise<UnitBase> {
  const unit = await edit.tx.findOne(edit.model.unit, { id: unitId });
  if (!unit || unit.networkId !== networkId) throw invalidField(field, 'exists', `there is no unit "${unitId}" in network "${networkId}"`);
  return unit;
}

/** The input's fields that were given (null included), without those left out. */
export function givenFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * Sets the given fields on a record; fields left out keep their value. A null for a list
 * (themes, responsibilities …) empties it: lists are never null in the database.
 */
export function assignGiven<T extends object>(edit: Edit, record: T, fields: object): void {
  const current = record as Record<string, unknown>;
  const values = Object.entries(givenFields(fields)).map(([key, value]) => [key, value === null && Array.isArray(current[key]) ? [] : value]);
  edit.tx.assign(record, Object.fromEntries(values) as never);
}
