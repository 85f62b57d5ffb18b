import { HospitalUnit, MunicipalityReference, Network, OrganisationalUnit } from '@pallnet/contract';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { mayReadContactDetails } from './access';
import type { RegionalContext } from './context';
import type { NetworkBase } from './entities/network-base';
import { ResourcePerson, UnitMembership } from './entities/resource-person.entity';
import type { UnitBase } from './entities/unit-base';
import { forbidden } from './errors';
import { toContractHospitalUnit } from './register';

/** The fields of a register entry that need loading or a check of who asks. */
@Resolver(() => ResourcePerson)
export class ResourcePersonResolver {
  @FieldResolver(() => String, { nullable: true, description: "Only for the region's own editors (FORBIDDEN for everyone else)." })
  email(@Root() person: ResourcePerson, @Ctx() ctx: RegionalContext): string | null {
    return contactDetail(person.email, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "Only for the region's own editors (FORBIDDEN for everyone else)." })
  phone(@Root() person: ResourcePerson, @Ctx() ctx: RegionalContext): string | null {
    return contactDetail(person.phone, ctx);
  }

  @FieldResolver(() => MunicipalityReference, { description: 'The municipality of the workplace.' })
  municipality(@Root() person: ResourcePerson): MunicipalityReference {
    return { number: person.municipalityNumber };
  }

  @FieldResolver(() => HospitalUnit, { nullable: true, description: 'For a hospital ward: the registered hospital unit.' })
  async hospitalUnit(@Root() person: ResourcePerson, @Ctx() ctx: RegionalContext): Promise<HospitalUnit | null> {
    if (person.hospitalUnitId === null) return null;
    const units = await ctx.loaders.hospitalUnitsByNetwork.load(person.networkId);
    const unit = units.find((u) => u.id === person.hospitalUnitId);
    return unit ? toContractHospitalUnit(unit) : null;
  }

  @FieldResolver(() => Network)
  async network(@Root() person: ResourcePerson, @Ctx() ctx: RegionalContext): Promise<NetworkBase> {
    return (await ctx.loaders.network.load(person.networkId))!;
  }

  @FieldResolver(() => [UnitMembership], { description: 'The units the person belongs to, past and present.' })
  async memberships(@Root() person: ResourcePerson, @Ctx() ctx: RegionalContext): Promise<UnitMembership[]> {
    const memberships = await ctx.loaders.membershipsByNetwork.load(person.networkId);
    return memberships.filter((m) => m.personId === person.id);
  }
}

function contactDetail(value: string | null, ctx: RegionalContext): string | null {
  if (!mayReadContactDetails(ctx)) throw forbidden(`Contact details are for ${ctx.model.region}'s own editors only.`);
  return value;
}

@Resolver(() => UnitMembership)
export class UnitMembershipResolver {
  @FieldResolver(() => OrganisationalUnit)
  async unit(@Root() membership: UnitMembership, @Ctx() ctx: RegionalContext): Promise<UnitBase> {
    return (await ctx.loaders.unit.load(membership.unitId))!;
  }
}

export const registerResolvers = [ResourcePersonResolver, UnitMembershipResolver] as const;
