import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A region's reference to the national municipality register: regions know the kommunenummer,
 * the national subgraph resolves name and county.
 */
@Directive('@key(fields: "number", resolvable: false)')
@ObjectType('Municipality')
export class MunicipalityReference {
  @Field({ description: 'kommunenummer: four digits, as valid from 2024-01-01.' })
  number!: string;
}
