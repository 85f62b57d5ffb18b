import { Field, ObjectType } from 'type-graphql';

/** A speaker of a talk («v/ …»), kept as a JSON value on the talk's row. */
@ObjectType({ description: 'A speaker at a study day: name and the description the programme gives.' })
export class SorOstSpeaker {
  @Field({ description: 'The name, verbatim.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Title and workplace as the programme gives them, verbatim; null when it gives none.' })
  role!: string | null;
}
