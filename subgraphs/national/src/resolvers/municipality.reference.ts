import type { NationalContext } from '../context';
import type { Municipality } from '../entities';

export async function resolveMunicipalityReference(reference: Pick<Municipality, 'number'>, { loaders }: NationalContext): Promise<Municipality | null> {
  return loaders.municipality.load(reference.number);
}
