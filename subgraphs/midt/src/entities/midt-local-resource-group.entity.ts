import { Entity, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, ObjectType } from 'type-graphql';
import { MidtUnit } from './midt-unit.entity';

/** A local resource group (lokal ressursgruppe) formed by one or more municipalities. */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'local_resource_group' })
export class MidtLocalResourceGroup extends MidtUnit {
  get localTerm(): string {
    return 'Lokal ressursgruppe';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.LOCAL;
  }

  @Field({ description: "The area or municipal cooperation it belongs to, as the document names it, e.g. 'Værnesregionen', 'Ytre Namdal'." })
  @Property({ type: 'string' })
  area!: string;

  @Field({ description: "The document's own words for the group in its list of local resource groups, verbatim." })
  @Property({ type: 'text' })
  documentWording!: string;

  @Field(() => String, { nullable: true, description: "How the group's municipalities are known when the document does not name them; null when it does." })
  @Property({ type: 'text', nullable: true })
  municipalityNote: string | null = null;
}
