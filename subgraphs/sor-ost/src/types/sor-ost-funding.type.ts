import { Field, Int, ObjectType } from 'type-graphql';

/**
 * A grant with the report's remarks on how it was handled. The contract's Funding has no room
 * for them, so the region exposes its funding records once more with their notes.
 */
@ObjectType({ description: 'A grant or other funding of the year, with how it was paid and settled.' })
export class SorOstFunding {
  @Field(() => Int, { description: 'The year the funding belongs to.' })
  year!: number;

  @Field({ description: 'Who gave it, as the report names them.' })
  source!: string;

  @Field(() => Int, { nullable: true, description: 'The amount in Norwegian kroner; null when not given.' })
  amountNok!: number | null;

  @Field(() => String, { nullable: true, description: 'What it paid for.' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: 'How the money was handled and what happens to the rest, verbatim.' })
  note!: string | null;
}
