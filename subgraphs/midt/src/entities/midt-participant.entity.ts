import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/** Who takes part in the network (Deltagere), and which organisations are represented in it besides. */
@ObjectType({ description: 'A participant group or partner organisation of a Midt network (Deltagere).' })
@Entity({ tableName: 'participant' })
export class MidtParticipant extends OrderedNetworkRecord {
  @Field({ description: "Verbatim, e.g. 'Kreftsykepleiere fra palliativt team ved sykehusene i Nord-Trøndelag', 'Nord Universitet'." })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: "The abbreviation the document gives, e.g. 'FKS'." })
  @Property({ type: 'string', nullable: true })
  abbreviation: string | null = null;

  @Field(() => Boolean, {
    description:
      'True for an organisation the document lists as also represented in the network (I tillegg er … representert); false for the participant groups proper.',
  })
  @Property({ type: 'boolean' })
  representedPartner: Opt<boolean> = false;
}
