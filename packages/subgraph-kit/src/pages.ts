import { GraphQLError } from 'graphql';
import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';

/*
 * Pages of lists that grow with the data (the network catalog, a network's events and register):
 * `first` items from `offset`, with the total count, so a client can walk a list of any length
 * without asking for all of it at once. The old list fields stay as they were for existing clients.
 */

/** The most items one page may ask for. */
export const MAX_PAGE_SIZE = 200;
/** The page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items (1–${MAX_PAGE_SIZE}).` })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip (0 or more).' })
  offset!: number;
}

/** BAD_USER_INPUT naming the argument and its rule, as every input error does. */
function invalidPageArgument(field: string, rule: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid input: ${field}: ${message} (${rule})`, {
    extensions: { code: 'BAD_USER_INPUT', field, rule, violations: [{ field, rule, message }] },
  });
}

/** Checks the page arguments before anything is read. */
export function checkPage({ first, offset }: PageArgs): void {
  if (!Number.isInteger(first) || first < 1) throw invalidPageArgument('first', 'min', 'must not be less than 1');
  if (first > MAX_PAGE_SIZE) throw invalidPageArgument('first', 'max', `must not be greater than ${MAX_PAGE_SIZE}`);
  if (!Number.isInteger(offset) || offset < 0) throw invalidPageArgument('offset', 'min', 'must not be less than 0');
}

export interface Page<T> {
  totalCount: number;
  offset: number;
  items: T[];
}

/** The page of a whole list that is already loaded (checked first). */
export function pageOf<T>(all: readonly T[], page: PageArgs): Page<T> {
  checkPage(page);
  return { totalCount: all.length, offset: page.offset, items: all.slice(page.offset, page.offset + page.first) };
}

/**
 * A page type of `itemType`, named `name`: totalCount, offset, items. `shareable` when several
 * subgraphs return it (each region its own networks' events, say). `nullableItems` for lists whose
 * entries may be null (networks of a region that cannot answer).
 */
export function pageType<T extends object>(
  name: string,
  itemType: ClassType<T> | object,
  options: { shareable?: boolean; nullableItems?: boolean; description: string },
): ClassType<Page<T>> {
  @ObjectType(name, { description: options.description })
  class PageType implements Page<T> {
    @Field(() => Int, { description: 'How many items the whole list has.' })
    totalCount!: number;

    @Field(() => Int, { description: 'How many items come before this page.' })
    offset!: number;

    @Field(() => [itemType], { nullable: options.nullableItems ? 'items' : false, description: 'The items of this page, in the order of the whole list.' })
    items!: T[];
  }
  if (options.shareable) Directive('@shareable')(PageType);
  return PageType;
}
