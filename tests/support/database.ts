import { randomBytes } from 'node:crypto';

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
