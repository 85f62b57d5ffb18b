import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';

/**
 * Runs pg_dump (the WASM build of PostgreSQL 17's pg_dump in @electric-sql/pglite-tools) in this
 * worker thread. That build talks to a PGlite instance through one synchronous call,
 * `execProtocolRawSync(bytes) → response`; here that call hands the bytes to the main thread,
 * which holds the real server connection (pg-dump.ts), and blocks until the server's answer is
 * back. Blocking is allowed in a worker, and the main thread's event loop stays free.
 */

interface WorkerInput {
  signal: SharedArrayBuffer;
  port: MessagePort;
  args: string[];
}

const { signal, port, args } = workerData as WorkerInput;
const flag = new Int32Array(signal);

const bridge = {
  execProtocolRawSync(bytes: Uint8Array): Uint8Array {
    Atomics.store(flag, 0, 0);
    port.postMessage(Uint8Array.from(bytes));
    for (;;) {
      Atomics.wait(flag, 0, 0);
      const answer = receiveMessageOnPort(port);
      if (answer) return answer.message as Uint8Array;
    }
  },
  // pgDump reads and restores the search path of the PGlite session; this session is pg_dump's own.
  async query() {
    return { rows: [{ search_path: 'public' }] };
  },
  async exec() {
    return [];
  },
};

async function main(): Promise<void> {
  // The package is ESM with a CommonJS build: a require keeps TypeScript's CommonJS output working.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pgDump } = require('@electric-sql/pglite-tools/pg_dump') as {
    pgDump(options: { pg: unknown; args: string[] }): Promise<{ text(): Promise<string> }>;
  };
  const file = await pgDump({ pg: bridge, args });
  parentPort!.postMessage({ sql: await file.text() });
}

main().catch((error: Error) => parentPort!.postMessage({ error: error.message }));
