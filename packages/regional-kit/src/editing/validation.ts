import { isKnownMunicipality } from '@pallnet/municipality-register';
import { ArrayMaxSize, MaxLength, registerDecorator, validate, ValidationArguments, ValidationError, ValidationOptions } from 'class-validator';
import { badUserInput, Violation } from '../errors';

/*
 * Input rules with class-validator, run by type-graphql on every argument (buildSchema's
 * validateFn) before a resolver runs, so a broken rule changes nothing. The rule's name is the
 * class-validator constraint: the standard ones (maxLength, min, isEmail …) and these.
 */

function rule(name: string, message: string, check: (value: unknown, args: ValidationArguments) => boolean, options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options: { message, ...options }, validator: { validate: check } });
}

/** A name or title with at least one visible character. */
export const NotBlank = (options?: ValidationOptions) =>
  rule('notBlank', 'must not be empty', (value) => typeof value === 'string' && value.trim().length > 0, options);

/** A kommunenummer of the national register (valid from 2024-01-01). */
export const IsKnownMunicipality = (options?: ValidationOptions) =>
  rule(
    'knownMunicipality',
    'must be a kommunenummer of the national municipality register (four digits, valid from 2024-01-01), got $value',
    (value) => typeof value === 'string' && isKnownMunicipality(value),
    options,
  );

/** A date (YYYY-MM-DD) not before another date field of the same input. */
export const NotBefore = (other: string, options?: ValidationOptions) =>
  rule(
    'dateOrder',
    `must not be before ${other}`,
    (value, args) => {
      const start = (args.object as Record<string, unknown>)[other];
      return typeof value !== 'string' || typeof start !== 'string' || value >= start;
    },
    options,
  );

/** A year that is the year of the input's date, when both are given. */
export const YearOfDate = (dateField: string, options?: ValidationOptions) =>
  rule(
    'yearOfDate',
    `must be the year of ${dateField}`,
    (value, args) => {
      const date = (args.object as Record<string, unknown>)[dateField];
      return typeof date !== 'string' || value === Number(date.slice(0, 4));
    },
    options,
  );

/**
 * Attendance within the registered count, when both are known: those who attended in person,
 * those two plus the digital ones, and the stated total may not exceed those registered.
 */
export const WithinRegistered = (counted: string[], options?: ValidationOptions) =>
  rule(
    'attendanceWithinRegistered',
    `${counted.join(' + ')} must not exceed registered`,
    (_value, args) => {
      const input = args.object as Record<string, unknown>;
      const registered = input.registered;
      if (typeof registered !== 'number') return true;
      const total = counted.reduce((sum, field) => sum + (typeof input[field] === 'number' ? (input[field] as number) : 0), 0);
      return total <= registered;
    },
    options,
  );

function violationsOf(errors: ValidationError[], parent: string): Violation[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      rule: name,
      // class-validator starts its own messages with the property's name; the field says it already.
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

/**
 * type-graphql's validateFn: validates an input object (or a list of them) and throws
 * BAD_USER_INPUT naming each field and rule. Scalars are checked by their GraphQL types.
 */
export async function validateArgument(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const violations: Violation[] = [];
  for (const [index, value] of values.entries()) {
    violations.push(...(await inputViolations(value, Array.isArray(argValue) ? `[${index}]` : '')));
  }
  if (violations.length > 0) throw badUserInput(violations);
}

/** The fields of each input class that may be left out but not set to null (NotNull). */
const notNullFields = new WeakMap<object, Set<string>>();

/**
 * An optional field that may be left out (it keeps its value, or gets its default) but not be null:
 * what it stores has no empty value (a yes/no, say). class-validator skips null like a left-out
 * field, so inputViolations checks these itself.
 */
export const NotNull = () => (target: object, propertyName: string) => {
  const fields = notNullFields.get(target.constructor) ?? new Set<string>();
  fields.add(propertyName);
  notNullFields.set(target.constructor, fields);
};

function nullViolations(value: object, parent: string): Violation[] {
  const violations: Violation[] = [];
  for (let type = value.constructor; type && type !== Object; type = Object.getPrototypeOf(type)) {
    for (const name of notNullFields.get(type) ?? []) {
      if ((value as Record<string, unknown>)[name] === null) {
        violations.push({ field: parent ? `${parent}.${name}` : name, rule: 'notNull', message: 'must not be null (leave it out to keep it as it is)' });
      }
    }
  }
  return violations;
}

/** The broken rules of one input object, each field named under `parent` (e.g. `rows[3]`). */
export async function inputViolations(value: unknown, parent = ''): Promise<Violation[]> {
  if (value === null || typeof value !== 'object') return [];
  // Null or absent optional fields have nothing to check; GraphQL already requires the required ones.
  const errors = await validate(value as object, { skipMissingProperties: true, forbidUnknownValues: false });
  return [...nullViolations(value, parent), ...violationsOf(errors, parent)];
}

/** A required name or line of text: not empty, at most maxLength characters. */
export const RequiredText = (maxLength: number) => (target: object, propertyName: string) => {
  NotBlank()(target, propertyName);
  MaxLength(maxLength)(target, propertyName);
};

/** A list of lines (responsibilities, themes, sources): at most maxItems lines of at most maxLength characters. */
export const TextList =
  (maxItems = 100, maxLength = 1000) =>
  (target: object, propertyName: string) => {
    ArrayMaxSize(maxItems)(target, propertyName);
    MaxLength(maxLength, { each: true })(target, propertyName);
  };
