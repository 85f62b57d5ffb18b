import { readTokenKeys, signToken } from '@pallnet/subgraph-kit';

/*
 * The one place the benchmark mints its users' tokens. It signs with the key the system it
 * started verifies with (JWT_SECRET in the system's environment, else the development key).
 * When token verification changes (an identity provider's keys, say), only this file changes.
 */

/** The users whose requests the benchmark sends: analysts and each region's editors, and anonymous dashboards. */
const USERS = [
  { role: 'analyst', subject: 'bench-analyst-1' },
  { role: 'analyst', subject: 'bench-analyst-2' },
  { role: 'analyst', subject: 'bench-analyst-3' },
  { role: 'editor', region: 'VEST', subject: 'bench-editor-vest' },
  { role: 'editor', region: 'INNLANDET', subject: 'bench-editor-innlandet' },
  { role: 'editor', region: 'MIDT', subject: 'bench-editor-midt' },
  { role: 'editor', region: 'SOR_OST', subject: 'bench-editor-sor-ost' },
];

/**
 * Authorization headers of several users, one of them anonymous (no header), for the load to
 * rotate through: each token is verified on its own, as in real traffic.
 */
export async function benchUserHeaders(systemEnv: NodeJS.ProcessEnv): Promise<Array<Record<string, string>>> {
  const keys = readTokenKeys(systemEnv);
  const tokens = await Promise.all(USERS.map((user) => signToken(keys, { ...user, expiresIn: '2h' })));
  return [{}, ...tokens.map((token) => ({ authorization: `Bearer ${token}` }))];
}
