import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A fresh, uniquely named database on the test run's PostgreSQL server, so every test file
 * starts from an empty database of its own (the services create it on first connect).
 */
export function freshDatabaseUrl(label: string): string {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`');
  const url = new URL(server);
  url.pathname = `/test_${label.replace(/[^a-z0-9]/gi, '_')}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

/** The test run's server as `user` (with `password`) or as its own superuser, on `database`. */
export function testServerUrl(database = 'postgres', login?: { user: string; password: string }): string {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`');
  const url = new URL(server);
  if (login) {
    url.username = login.user;
    url.password = login.password;
  }
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `work` on one connection to `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A subgraph's database as an administrator sets it up: owned by its migration owner, and a runtime role that may connect. */
export interface ProvisionedDatabase {
  database: string;
  owner: string;
  runtime: string;
}

export async function provisionDatabase(name: string, password: string): Promise<ProvisionedDatabase> {
  const suffix = randomBytes(4).toString('hex');
  const roles = { database: `${name}_${suffix}`, owner: `${name}_owner_${suffix}`, runtime: `${name}_app_${suffix}` };
  await withClient(testServerUrl(), async (admin) => {
    for (const role of [roles.owner, roles.runtime]) await admin.query(`create role "${role}" login password '${password}'`);
    await admin.query(`create database "${roles.database}" owner "${roles.owner}"`);
    await admin.query(`revoke all on database "${roles.database}" from public`);
    await admin.query(`grant connect on database "${roles.database}" to "${roles.runtime}"`);
  });
  return roles;
}
