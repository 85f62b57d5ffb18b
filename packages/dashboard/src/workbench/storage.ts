import type { GraphiQLProps } from 'graphiql';

type Storage = NonNullable<GraphiQLProps['storage']>;

/** GraphiQL's own prefix for what it keeps (tabs, history, favourites, layout). */
const GRAPHIQL_PREFIX = 'graphiql:';

/**
 * Where the workbench keeps its tabs and history in the browser: apart for each user (a shared
 * computer on a ward keeps one analyst's history from the next), and never with the answers.
 * GraphiQL would store each tab's last response, which may hold the register's personal data;
 * queries and variables are kept, responses are not.
 */
export function workbenchStorage(user: string, backing: globalThis.Storage = window.localStorage): Storage {
  const prefix = `pallnet-arbeidsbenk:${user}:`;
  const keyFor = (key: string) => prefix + (key.startsWith(GRAPHIQL_PREFIX) ? key.slice(GRAPHIQL_PREFIX.length) : key);
  const ownKeys = () =>
    Array.from({ length: backing.length }, (_, index) => backing.key(index)).filter((key): key is string => key?.startsWith(prefix) ?? false);
  return {
    getItem: (key) => backing.getItem(keyFor(key)),
    setItem: (key, value) => backing.setItem(keyFor(key), key === `${GRAPHIQL_PREFIX}tabState` ? withoutResponses(value) : value),
    removeItem: (key) => backing.removeItem(keyFor(key)),
    clear: () => ownKeys().forEach((key) => backing.removeItem(key)),
    get length() {
      return ownKeys().length;
    },
  };
}

function withoutResponses(tabState: string): string {
  try {
    const state = JSON.parse(tabState) as { tabs?: Array<Record<string, unknown>> };
    for (const tab of state.tabs ?? []) tab.response = null;
    return JSON.stringify(state);
  } catch {
    return tabState;
  }
}
