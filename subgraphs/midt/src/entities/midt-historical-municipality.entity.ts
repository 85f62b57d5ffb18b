import { Entity, Index, Opt, Property } from '@mikro-orm/postgresql';
import { OrderedNetworkRecord } from '@pallnet/regional-kit';
import { Field, ObjectType } from 'type-graphql';

/**
 * A municipality as the (pre-2020) document knows it, with its numbers before and after the
 * reforms of 2018 and 2020: the document names Nærøy and Vikna, which are Nærøysund today, so
 * the national numbers alone would lose its wording. Transcribed from historical-municipalities.csv.
 */
@ObjectType({
  description: 'A municipality of a Midt unit under the name the document uses, with its kommunenummer before and after the 2018 and 2020 reforms.',
})
@Entity({ tableName: 'historical_municipality' })
export class MidtHistoricalMunicipality extends OrderedNetworkRecord {
  /** The unit the municipality belongs to. */
  @Index()
  @Property({ type: 'string' })
  unitId!: string;

  @Field({ description: "The municipality's name at the time of the document, e.g. 'Nærøy'." })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Boolean, {
    description: "False when the document names only the group's region (Værnesregionen) and the municipality comes from the reference list of its members.",
  })
  @Property({ type: 'boolean' })
  namedInDocument: Opt<boolean> = true;

  @Field({ description: 'kommunenummer until 31 December 2017.' })
  @Property({ type: 'string', length: 4, fieldName: 'number_until_2017' })
  numberUntil2017!: string;

  @Field({ description: 'County until 31 December 2017, e.g. Nord-Trøndelag, Sør-Trøndelag, Nordland.' })
  @Property({ type: 'string', fieldName: 'county_until_2017' })
  countyUntil2017!: string;

  @Field({ description: 'kommunenummer in 2018 and 2019, after Trøndelag was formed.' })
  @Property({ type: 'string', length: 4, fieldName: 'number_2018_2019' })
  number2018To2019!: string;

  @Field({ description: "kommunenummer from 1 January 2020: the number of today's municipality." })
  @Property({ type: 'string', length: 4, fieldName: 'number_from_2020' })
  numberFrom2020!: string;

  @Field({ description: "The municipality's name from 2020, e.g. 'Nærøysund'." })
  @Property({ type: 'string', fieldName: 'name_from_2020' })
  nameFrom2020!: string;

  @Field({ description: 'County in 2024.' })
  @Property({ type: 'string', fieldName: 'county_2024' })
  county2024!: string;

  @Field(() => String, { nullable: true, description: 'Mergers and other history of the municipality, as the reference list gives it.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
