import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { VestUnit } from './vest-unit.entity';

/** A local network group (nettverksgruppe) of appointed resource persons, by area. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'network_group' })
export class VestNetworkGroup extends VestUnit {
  get localTerm(): string {
    return 'Nettverksgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field(() => Int, { nullable: true, description: "The agreement's group number (Gruppe 1–4); null for the therapists' single group." })
  @Property({ type: 'integer', nullable: true })
  groupNumber: number | null = null;

  @Field(() => [String], { description: 'The municipalities, services and health trust the group draws its members from, verbatim.' })
  @Property({ type: 'json' })
  memberSources!: string[];

  @Field(() => Boolean, { description: 'True when the group covers the whole Helse Stavanger area rather than listed municipalities.' })
  @Property({ type: 'boolean' })
  coversWholeArea: Opt<boolean> = false;
}
