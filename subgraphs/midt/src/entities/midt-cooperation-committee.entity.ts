import { Entity, Opt, Property } from '@mikro-orm/postgresql';
import { GovernanceLevel, OrganisationalUnit } from '@pallnet/contract';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { MidtUnit } from './midt-unit.entity';

/**
 * A cooperation committee (samarbeidsutvalg) between Helse Nord-Trøndelag and the municipalities:
 * the political one (PSU) and the administrative one (ASU) under it.
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: OrganisationalUnit })
@Entity({ discriminatorValue: 'cooperation_committee' })
export class MidtCooperationCommittee extends MidtUnit {
  get localTerm(): string {
    return 'Samarbeidsutvalg';
  }

  get level(): GovernanceLevel {
    return GovernanceLevel.STEERING;
  }

  @Field({ description: 'The abbreviation the document uses: PSU or ASU.' })
  @Property({ type: 'string' })
  abbreviation!: string;

  @Field(() => Int, { nullable: true, description: 'Representatives chosen by the municipalities; null where the document does not say.' })
  @Property({ type: 'integer', nullable: true })
  representativesChosenByMunicipalities: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Representatives chosen by Helse Nord-Trøndelag; null where the document does not say.' })
  @Property({ type: 'integer', nullable: true })
  representativesChosenByHealthTrust: number | null = null;

  @Field(() => [String], { description: 'Who else is represented in the committee, verbatim (Fylkesmannen, ansatte, brukerne).' })
  @Property({ type: 'json' })
  alsoRepresented: Opt<string[]> = [];
}
