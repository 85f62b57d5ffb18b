import { OrganisationalUnit } from '@pallnet/contract';
import type { UnitBase } from '@pallnet/regional-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InnlandetContext } from '../context';
import { InnlandetFocusArea, InnlandetPlannedEvent } from '../entities';
import { loadUnits } from './load-units';

@Resolver(() => InnlandetFocusArea)
export class InnlandetFocusAreaResolver {
  @FieldResolver(() => [OrganisationalUnit], { description: "The units named as responsible ('Kl.utvalg', 'Arb.gr', 'Arbeidsgruppen')." })
  responsibleUnits(@Root() focusArea: InnlandetFocusArea, @Ctx() ctx: InnlandetContext): Promise<UnitBase[]> {
    return loadUnits(focusArea.networkId, focusArea.responsibleUnitIds, ctx);
  }

  @FieldResolver(() => [InnlandetPlannedEvent], { description: 'The theme days and courses its measures schedule.' })
  plannedEvents(@Root() focusArea: InnlandetFocusArea, @Ctx() ctx: InnlandetContext): Promise<readonly InnlandetPlannedEvent[]> {
    return ctx.innlandet.plannedEventsByFocusArea.load(focusArea.id);
  }
}
