import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RegionalContext } from '../context';
import { AuditAction } from '../entities/register-enums';
import { ResourcePerson, UnitMembership } from '../entities/resource-person.entity';
import { invalidField } from '../errors';
import type { RegionalModel } from '../model';
import { audit, claimVersion, runEdit } from './edit';
import { fieldPrefix } from './naming';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Directive('@shareable')
@ObjectType({ description: 'What erasing a resource person did.' })
export class ResourcePersonErasure {
  @Field(() => ID, { description: "The erased person's id, which no longer leads to anyone." })
  id!: string;

  @Field(() => Int, { description: 'Audit entries of the person whose personal data was removed; the entries themselves are kept.' })
  auditEntriesPseudonymised!: number;
}

/**
 * Erases a resource person (the right to erasure): the person and their unit memberships are
 * deleted, every audit entry of theirs loses name, email, phone and workplace name
 * (`audit_entry_pseudonymise_person`, the one path past the append-only trigger), and an ERASE
 * entry records who erased whom (by id) and when. One transaction: all of it or nothing.
 */
async function eraseResourcePerson(ctx: RegionalContext, id: string, expectedVersion: number): Promise<ResourcePersonErasure> {
  return runEdit(ctx, async (edit) => {
    if (!UUID.test(id)) throw invalidField('id', 'exists', `there is no resource person ${id} in ${edit.model.region}`);
    const { record: person } = await claimVersion(edit, ResourcePerson, 'ResourcePerson', id, expectedVersion);
    const memberships = await edit.tx.find(UnitMembership, { personId: id });
    for (const membership of memberships) edit.tx.remove(membership);
    edit.tx.remove(person);
    await edit.tx.flush();
    const [{ changed }] = await edit.tx.execute<Array<{ changed: number }>>('select audit_entry_pseudonymise_person(?) as changed', [id]);
    audit(edit, {
      networkId: person.networkId,
      entity: 'ResourcePerson',
      entityId: id,
      action: AuditAction.ERASE,
      before: null,
      after: { erased: true, auditEntriesPseudonymised: changed },
    });
    return Object.assign(new ResourcePersonErasure(), { id, auditEntriesPseudonymised: changed });
  });
}

/** `<region>EraseResourcePerson`, for the region's editors. */
export function createErasureResolver(model: RegionalModel) {
  const prefix = fieldPrefix(model.region);

  @Resolver()
  class ErasureResolver {
    @Mutation(() => ResourcePersonErasure, {
      name: `${prefix}EraseResourcePerson`,
      description: 'Erases a resource person from the register on their request: their personal data is removed, also from the audit log, whose entries stay.',
    })
    eraseResourcePerson(
      @Ctx() ctx: RegionalContext,
      // Last first: type-graphql lists a field's arguments in the reverse order of the parameters.
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('id', () => ID) id: string,
    ): Promise<ResourcePersonErasure> {
      return eraseResourcePerson(ctx, id, expectedVersion);
    }
  }
  return ErasureResolver;
}
