import { Entity, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';
import { SorOstSpeaker } from '../types/sor-ost-speaker.type';

/**
 * One theme of a study day's programme with its speakers. The contract's Event is shared by
 * every region and cannot carry speakers, so the programme is the region's own, tied to its
 * event by date and title.
 */
@ObjectType({ description: "One item of a study day's programme: its theme and speakers." })
@Entity({ tableName: 'talk' })
export class SorOstTalk extends OrderedNetworkRecord {
  @Field({ description: 'The date of the event the talk was given at.' })
  @Property({ type: 'string', columnType: 'date' })
  eventDate!: string;

  @Field({ description: 'The title of the event the talk was given at, as in Network.events.' })
  @Property({ type: 'string' })
  eventTitle!: string;

  @Field({ description: 'The theme, verbatim.' })
  @Property({ type: 'text' })
  theme!: string;

  @Field(() => [SorOstSpeaker], { description: "Who gave it («v/ …»), in the programme's order." })
  @Property({ type: 'json' })
  speakers!: SorOstSpeaker[];
}
