import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RegionalContext } from '../context';
import { ResourcePerson } from '../entities/resource-person.entity';
import { badUserInput, invalidField, Violation } from '../errors';
import type { RegionalModel } from '../model';
import { covers } from '../register';
import { Edit, requireNetwork, runEdit } from './edit';
import { ResourcePersonInput } from './inputs';
import { fieldPrefix } from './naming';
import { addPerson, checkPerson, CheckedPerson } from './register.mutations';
import { inputViolations } from './validation';

/** The most rows one import takes: a region's whole member list, with room to spare. */
export const MAX_IMPORT_ROWS = 2000;

@Directive('@shareable')
@ObjectType({ description: 'One broken rule of one row of an import.' })
export class ImportRowViolation {
  @Field(() => Int, { description: "The row's position in `rows`, from 0." })
  row!: number;

  @Field({ description: 'The field of the row, as in ResourcePersonInput, e.g. municipalityNumber, memberships[0].unitId.' })
  field!: string;

  @Field({ description: 'The rule, as in BAD_USER_INPUT: knownMunicipality, dateOrder, isEmail, duplicateInImport, alreadyRegistered, …' })
  rule!: string;

  @Field()
  message!: string;
}

@Directive('@shareable')
@ObjectType({ description: 'What an import of resource persons found and did.' })
export class ResourcePersonImportReport {
  @Field({ description: 'True for a preview: the rows were checked and nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int, { description: 'Persons written: every row, or none.' })
  written!: number;

  @Field(() => [ImportRowViolation], { description: 'Every broken rule of every row (a preview only: an import with any gets BAD_USER_INPUT).' })
  violations!: ImportRowViolation[];

  @Field(() => [ResourcePerson], { description: 'The persons written, in the order of the rows.' })
  persons!: ResourcePerson[];
}

const rowField = (row: number, field: string) => `rows[${row}]${field.startsWith('[') ? '' : '.'}${field}`;

/** The same person twice: the same name, workplace and municipality, appointed from the same day. */
const sameness = (input: ResourcePersonInput) =>
  [input.name.trim().toLowerCase(), input.workplaceName.trim().toLowerCase(), input.municipalityNumber, input.appointedFrom].join('\u0000');

/**
 * Checks every row by the rules a single registration has (the inputs' class-validator rules and
 * the checks that need the database), and two more that a list brings: a row repeated in the
 * list, and a person already in the register with the same name, workplace and municipality
 * whose appointment is open on the row's first day (importing the same list twice).
 */
async function checkRows(edit: Edit, networkId: string, rows: ResourcePersonInput[]): Promise<{ violations: ImportRowViolation[]; checked: CheckedPerson[] }> {
  const violations: ImportRowViolation[] = [];
  const checked: CheckedPerson[] = [];
  const add = (row: number, list: Violation[]) => violations.push(...list.map((v) => Object.assign(new ImportRowViolation(), { ...v, row })));
  const registered = await edit.tx.find(ResourcePerson, { networkId });
  const seen = new Map<string, number>();
  for (const [row, input] of rows.entries()) {
    const own = await inputViolations(input);
    if (own.length > 0) {
      add(row, own);
      continue;
    }
    try {
      checked.push(await checkPerson(edit, networkId, input, null));
    } catch (error) {
      const list = error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' ? (error.extensions.violations as Violation[]) : null;
      if (!list) throw error;
      add(row, list);
      continue;
    }
    const key = sameness(input);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      add(row, [{ field: 'name', rule: 'duplicateInImport', message: `the same person as row ${earlier} (name, workplace, municipality and first day)` }]);
    } else seen.set(key, row);
    const existing = registered.find(
      (p) =>
        p.name.trim().toLowerCase() === input.name.trim().toLowerCase() &&
        p.workplaceName.trim().toLowerCase() === input.workplaceName.trim().toLowerCase() &&
        p.municipalityNumber === input.municipalityNumber &&
        covers(p.appointedFrom, p.appointedTo, input.appointedFrom),
    );
    if (existing)
      add(row, [
        { field: 'name', rule: 'alreadyRegistered', message: `is in the register already (appointed from ${existing.appointedFrom}, id ${existing.id})` },
      ]);
  }
  return { violations, checked };
}

/** `<region>ImportResourcePersons`: a whole list of resource persons, all or nothing. */
export function createImportResolver(model: RegionalModel) {
  const prefix = fieldPrefix(model.region);

  @Resolver()
  class ImportResolver {
    @Mutation(() => ResourcePersonImportReport, {
      name: `${prefix}ImportResourcePersons`,
      description:
        "Registers a list of resource persons in one transaction: every row is checked by the rules of a single registration, and either every row is written or none. With dryRun, only checks and reports every row's violations; without it, any violation is BAD_USER_INPUT naming rows[i].field for each.",
    })
    async importResourcePersons(
      @Ctx() ctx: RegionalContext,
      // Last first: type-graphql lists a field's arguments in the reverse order of the parameters.
      @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
      // Rows are checked one by one below, so that a preview can report every row's violations.
      @Arg('rows', () => [ResourcePersonInput], { validateFn: () => undefined }) rows: ResourcePersonInput[],
      @Arg('networkId', () => ID) networkId: string,
    ): Promise<ResourcePersonImportReport> {
      return runEdit(ctx, async (edit) => {
        if (rows.length === 0) throw invalidField('rows', 'arrayMinSize', 'give at least one row');
        if (rows.length > MAX_IMPORT_ROWS) throw invalidField('rows', 'arrayMaxSize', `at most ${MAX_IMPORT_ROWS} rows in one import, got ${rows.length}`);
        await requireNetwork(edit, networkId);
        const { violations, checked } = await checkRows(edit, networkId, rows);
        const report = Object.assign(new ResourcePersonImportReport(), { dryRun, rows: rows.length, written: 0, violations, persons: [] as ResourcePerson[] });
        if (dryRun) return report;
        if (violations.length > 0) throw badUserInput(violations.map((v) => ({ field: rowField(v.row, v.field), rule: v.rule, message: v.message })));
        report.persons = rows.map((input, row) => addPerson(edit, networkId, input, checked[row]));
        report.written = report.persons.length;
        return report;
      });
    }
  }
  return ImportResolver;
}
