import type { RegionalModel } from '../model';
import { createErasureResolver } from './erasure.mutations';
import { createImportResolver } from './import.mutations';
import { createRecordsEditingResolvers } from './records.mutations';
import { createRegisterEditingResolver } from './register.mutations';
import { createUnitEditingResolver, UnitKind } from './units.mutations';

export { UnitMembershipInput, ResourcePersonInput, UnitInput, EventInput, YearFiguresInput, FocusAreaInput, FundingInput, HospitalUnitInput } from './inputs';
export { ResourcePersonErasure } from './erasure.mutations';
export { ImportRowViolation, MAX_IMPORT_ROWS, ResourcePersonImportReport } from './import.mutations';
export { fieldPrefix } from './naming';
export type { UnitKind } from './units.mutations';
export { IsKnownMunicipality, NotBefore, NotBlank, NotNull, RequiredText, TextList, validateArgument } from './validation';
export { YearFigures } from './year-figures.type';

/**
 * Everything a region's editors can do, as resolver classes for its schema: the register of
 * resource persons, the audit log, the template's records and hospital units, and creating and
 * updating each of the region's own kinds of unit. Call once per region, at module load.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function createEditingResolvers(model: RegionalModel, unitKinds: UnitKind[]): Function[] {
  return [
    createRegisterEditingResolver(model),
    createErasureResolver(model),
    createImportResolver(model),
    ...createRecordsEditingResolvers(model),
    ...unitKinds.map((kind) => createUnitEditingResolver(model, kind)),
  ];
}
