import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** A named member of the steering or operations group (sammensetning pr. 31.12.2021). */
@ObjectType({ description: 'A member of a governance group: name, title, workplace, organisation and function.' })
@Entity({ tableName: 'group_member' })
export class SorOstGroupMember extends OrderedNetworkRecord {
  @Index()
  @Property({ type: 'string' })
  unitId!: string;

  @Field({ description: 'The name, verbatim.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: "The function in the group: 'Leder', 'Nestleder'; null for other members." })
  @Property({ type: 'string', nullable: true })
  function: string | null = null;

  @Field(() => String, { nullable: true, description: "Title or role, verbatim: 'nettverksleder OUS sektor', 'Spesialrådgvier'." })
  @Property({ type: 'string', nullable: true })
  title: string | null = null;

  @Field(() => String, { nullable: true, description: "Workplace (department, agency, section), verbatim: 'Sykehjemsetaten', 'bydel Nordstrand'." })
  @Property({ type: 'string', nullable: true })
  workplace: string | null = null;

  @Field(() => String, { nullable: true, description: "Organisation, verbatim: 'Oslo kommune', 'OUS', 'Kreftforeningen'." })
  @Property({ type: 'string', nullable: true })
  organisation: string | null = null;

  @Field(() => String, { nullable: true, description: 'The member this one replaces, when the report says so.' })
  @Property({ type: 'string', nullable: true })
  replaces: string | null = null;

  @Field(() => String, { nullable: true, description: "The report's own remark on the member, verbatim." })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: 'The date the composition is given for.' })
  @Property({ type: 'string', columnType: 'date', nullable: true })
  asOf: string | null = null;

  @Field({ description: "The report's line for this member as the text extraction gives it (one line may name two members)." })
  @Property({ type: 'text' })
  sourceWording!: string;
}
