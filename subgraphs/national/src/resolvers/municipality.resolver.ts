import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { NationalContext } from '../context';
import { Municipality } from '../entities';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], { description: 'The municipality register: all municipalities, or those of one county.' })
  municipalities(@Ctx() { em }: NationalContext, @Arg('county', () => String, { nullable: true }) county?: string | null): Promise<Municipality[]> {
    return em.find(Municipality, county ? { county } : {}, { orderBy: { number: 'asc' } });
  }
}
