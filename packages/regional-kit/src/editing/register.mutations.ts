import { DateScalar } from '@pallnet/contract';
import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireAuditReader, requireRegisterReader } from '../access';
import type { RegionalContext } from '../context';
import { AuditEntry } from '../entities/audit-entry.entity';
import { AuditAction, WorkplaceKind } from '../entities/register-enums';
import { ResourcePerson, UnitMembership } from '../entities/resource-person.entity';
import { HospitalUnitRecord } from '../entities/template-records';
import { badUserInput, invalidField, Violation } from '../errors';
import type { RegionalModel } from '../model';
import { assignGiven, audit, claimVersion, Edit, givenFields, recordId, requireNetwork, requireUnit, runEdit, snapshot } from './edit';
import { ResourcePersonInput } from './inputs';
import { fieldPrefix } from './naming';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ArgsType()
class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only changes of this type of record, e.g. ResourcePerson.' })
  entity?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes of this record.' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes in this network.' })
  networkId?: string | null;
}

const auditFilter = ({ entity, entityId, networkId }: AuditLogFilter) => ({
  ...(entity ? { entity } : {}),
  ...(entityId ? { entityId } : {}),
  ...(networkId ? { networkId } : {}),
});

@ArgsType()
class AuditLogArgs extends AuditLogFilter {
  @Field(() => Int, { defaultValue: 100, description: 'The newest this many entries (1–1000).' })
  @Min(1)
  @Max(1000)
  limit!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Skip this many of the newest entries first (0 or more): the next page.' })
  @Min(0)
  offset!: number;
}

type MembershipRow = Pick<UnitMembership, 'unitId' | 'memberFrom' | 'memberTo'>;

const membershipRows = (memberships: MembershipRow[]) => memberships.map(({ unitId, memberFrom, memberTo }) => ({ unitId, from: memberFrom, to: memberTo }));

/**
 * The checks that need the database or the record as it is: the hospital unit, the units of the
 * memberships, and the dates of the memberships against the appointment.
 */
export async function checkPerson(
  edit: Edit,
  networkId: string,
  input: ResourcePersonInput,
  existing: ResourcePerson | null,
): Promise<{ hospitalUnitId: number | null; memberships: MembershipRow[] | null }> {
  const violations: Violation[] = [];
  const appointedTo = input.appointedTo === undefined ? (existing?.appointedTo ?? null) : input.appointedTo;
  if (appointedTo !== null && appointedTo < input.appointedFrom) {
    violations.push({ field: 'appointedTo', rule: 'dateOrder', message: `must not be before appointedFrom (the appointment ends ${appointedTo})` });
  }

  let hospitalUnitId = input.hospitalUnitId === undefined ? (existing?.hospitalUnitId ?? null) : null;
  if (input.hospitalUnitId !== undefined && input.hospitalUnitId !== null) {
    if (input.workplaceKind !== WorkplaceKind.HOSPITAL_WARD) {
      violations.push({
        field: 'hospitalUnitId',
        rule: 'hospitalWardOnly',
        message: 'only a resource person working in a hospital ward (workplaceKind HOSPITAL_WARD) belongs to a hospital unit',
      });
    } else {
      const id = recordId(input.hospitalUnitId, 'hospitalUnitId');
      const unit = await edit.tx.findOne(HospitalUnitRecord, { id, networkId });
      if (!unit) violations.push({ field: 'hospitalUnitId', rule: 'exists', message: `there is no hospital unit ${id} in network "${networkId}"` });
      hospitalUnitId = id;
    }
  }
  // A person who no longer works in a hospital ward no longer belongs to a hospital unit.
  if (input.workplaceKind !== WorkplaceKind.HOSPITAL_WARD) hospitalUnitId = null;

  let memberships: MembershipRow[] | null = null;
  if (input.memberships) {
    memberships = [];
    for (const [index, membership] of input.memberships.entries()) {
      const field = `memberships[${index}]`;
      await requireUnit(edit, networkId, membership.unitId, `${field}.unitId`);
      const memberFrom = membership.from ?? input.appointedFrom;
      const memberTo = membership.to ?? null;
      if (memberFrom < input.appointedFrom) violations.push({ field: `${field}.from`, rule: 'dateOrder', message: 'must not be before appointedFrom' });
      if (appointedTo !== null && memberFrom > appointedTo)
        violations.push({ field: `${field}.from`, rule: 'dateOrder', message: 'must not be after appointedTo' });
      if (appointedTo !== null && memberTo !== null && memberTo > appointedTo)
        violations.push({ field: `${field}.to`, rule: 'dateOrder', message: 'must not be after appointedTo' });
      memberships.push({ unitId: membership.unitId, memberFrom, memberTo });
    }
  }
  if (violations.length > 0) throw badUserInput(violations);
  return { hospitalUnitId, memberships };
}

function personFields(input: ResourcePersonInput) {
  // Memberships and the hospital unit are checked and written apart.
  const { memberships: _memberships, hospitalUnitId: _hospitalUnitId, ...fields } = givenFields(input);
  return fields;
}

export type CheckedPerson = Awaited<ReturnType<typeof checkPerson>>;

/** Adds a checked person, their memberships and the audit entry to the edit's transaction. */
export function addPerson(edit: Edit, networkId: string, input: ResourcePersonInput, checked: CheckedPerson): ResourcePerson {
  const person = edit.tx.create(ResourcePerson, { networkId, hospitalUnitId: checked.hospitalUnitId } as never);
  assignGiven(edit, person, personFields(input));
  const memberships = (checked.memberships ?? []).map((m) => edit.tx.create(UnitMembership, { ...m, networkId, personId: person.id }));
  audit(edit, {
    networkId,
    entity: 'ResourcePerson',
    entityId: person.id,
    action: AuditAction.CREATE,
    before: null,
    after: snapshot(person, { memberships: membershipRows(memberships) }),
  });
  return person;
}

async function registerResourcePerson(ctx: RegionalContext, networkId: string, input: ResourcePersonInput): Promise<ResourcePerson> {
  return runEdit(ctx, async (edit) => {
    await requireNetwork(edit, networkId);
    const checked = await checkPerson(edit, networkId, input, null);
    return addPerson(edit, networkId, input, checked);
  });
}

async function loadPersonForEdit(edit: Edit, id: string, expectedVersion: number) {
  if (!UUID.test(id)) throw invalidField('id', 'exists', `there is no resource person ${id} in ${edit.model.region}`);
  const { record: person, before } = await claimVersion(edit, ResourcePerson, 'ResourcePerson', id, expectedVersion);
  const memberships = await edit.tx.find(UnitMembership, { personId: id }, { orderBy: { id: 'asc' } });
  return { person, memberships, before: { ...before, memberships: membershipRows(memberships) } };
}

async function updateResourcePerson(ctx: RegionalContext, id: string, expectedVersion: number, input: ResourcePersonInput): Promise<ResourcePerson> {
  return runEdit(ctx, async (edit) => {
    const loaded = await loadPersonForEdit(edit, id, expectedVersion);
    const { person } = loaded;
    const checked = await checkPerson(edit, person.networkId, input, person);
    assignGiven(edit, person, { ...personFields(input), hospitalUnitId: checked.hospitalUnitId });
    let memberships = loaded.memberships;
    if (checked.memberships) {
      for (const old of memberships) edit.tx.remove(old);
      memberships = checked.memberships.map((m) => edit.tx.create(UnitMembership, { ...m, networkId: person.networkId, personId: person.id }));
    }
    audit(edit, {
      networkId: person.networkId,
      entity: 'ResourcePerson',
      entityId: person.id,
      action: AuditAction.UPDATE,
      before: loaded.before,
      after: snapshot(person, { memberships: membershipRows(memberships) }),
    });
    return person;
  });
}

async function endAppointment(ctx: RegionalContext, id: string, expectedVersion: number, appointedTo: string): Promise<ResourcePerson> {
  return runEdit(ctx, async (edit) => {
    const { person, memberships, before } = await loadPersonForEdit(edit, id, expectedVersion);
    if (appointedTo < person.appointedFrom) {
      throw invalidField('appointedTo', 'dateOrder', `must not be before appointedFrom (${person.appointedFrom})`);
    }
    person.appointedTo = appointedTo;
    const kept: UnitMembership[] = [];
    for (const membership of memberships) {
      // Memberships that would only have begun after the appointment ends never happen.
      if (membership.memberFrom > appointedTo) {
        edit.tx.remove(membership);
        continue;
      }
      if (membership.memberTo === null || membership.memberTo > appointedTo) membership.memberTo = appointedTo;
      kept.push(membership);
    }
    audit(edit, {
      networkId: person.networkId,
      entity: 'ResourcePerson',
      entityId: person.id,
      action: AuditAction.END_APPOINTMENT,
      before,
      after: snapshot(person, { memberships: membershipRows(kept) }),
    });
    return person;
  });
}

/** The register of resource persons and the audit log, for one region. */
export function createRegisterEditingResolver(model: RegionalModel) {
  const prefix = fieldPrefix(model.region);

  @Resolver()
  class RegisterEditingResolver {
    @Query(() => ResourcePerson, {
      name: `${prefix}ResourcePerson`,
      nullable: true,
      description: `A resource person of ${model.region}'s register (signed-in callers only).`,
    })
    async resourcePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: RegionalContext): Promise<ResourcePerson | null> {
      requireRegisterReader(ctx);
      return UUID.test(id) ? ctx.em.findOne(ResourcePerson, { id }) : null;
    }

    @Query(() => [AuditEntry], {
      name: `${prefix}AuditLog`,
      description: `Changes to ${model.region}'s data, newest first: for ${model.region}'s editors only.`,
    })
    auditLog(@Args() { limit, offset, ...filter }: AuditLogArgs, @Ctx() ctx: RegionalContext): Promise<AuditEntry[]> {
      requireAuditReader(ctx);
      return ctx.em.find(AuditEntry, auditFilter(filter), { orderBy: { id: 'desc' }, limit, offset });
    }

    @Query(() => Int, {
      name: `${prefix}AuditLogCount`,
      description: `How many entries ${model.region}'s audit log has (with the same filters as the log): for paging through it.`,
    })
    auditLogCount(@Args() filter: AuditLogFilter, @Ctx() ctx: RegionalContext): Promise<number> {
      requireAuditReader(ctx);
      return ctx.em.count(AuditEntry, auditFilter(filter));
    }

    @Mutation(() => ResourcePerson, { name: `${prefix}RegisterResourcePerson`, description: 'Registers a resource person in a network of the region.' })
    registerResourcePerson(
      @Ctx() ctx: RegionalContext,
      // Last first: type-graphql lists a field's arguments in the reverse order of the parameters.
      @Arg('input', () => ResourcePersonInput) input: ResourcePersonInput,
      @Arg('networkId', () => ID) networkId: string,
    ): Promise<ResourcePerson> {
      return registerResourcePerson(ctx, networkId, input);
    }

    @Mutation(() => ResourcePerson, { name: `${prefix}UpdateResourcePerson`, description: 'Changes a resource person, from the version the editor read.' })
    updateResourcePerson(
      @Ctx() ctx: RegionalContext,
      @Arg('input', () => ResourcePersonInput) input: ResourcePersonInput,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('id', () => ID) id: string,
    ): Promise<ResourcePerson> {
      return updateResourcePerson(ctx, id, expectedVersion, input);
    }

    @Mutation(() => ResourcePerson, {
      name: `${prefix}EndResourcePersonAppointment`,
      description: "Ends a resource person's appointment (and their memberships) on a day.",
    })
    endResourcePersonAppointment(
      @Ctx() ctx: RegionalContext,
      @Arg('appointedTo', () => DateScalar) appointedTo: string,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('id', () => ID) id: string,
    ): Promise<ResourcePerson> {
      return endAppointment(ctx, id, expectedVersion, appointedTo);
    }
  }
  return RegisterEditingResolver;
}
