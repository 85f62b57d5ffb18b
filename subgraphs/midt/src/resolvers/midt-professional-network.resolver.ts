import { MunicipalityReference } from '@pallnet/contract';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { MidtProfessionalNetwork } from '../entities';

@Resolver(() => MidtProfessionalNetwork)
export class MidtProfessionalNetworkResolver {
  @FieldResolver(() => MunicipalityReference, {
    nullable: true,
    description: "The municipality of its seat by today's kommunenummer; not counted among the municipalities it covers.",
  })
  seatMunicipality(@Root() unit: MidtProfessionalNetwork): MunicipalityReference | null {
    return unit.seatMunicipalityNumber ? { number: unit.seatMunicipalityNumber } : null;
  }
}
