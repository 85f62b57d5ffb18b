import type { Socket } from 'node:net';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { Client } from 'pg';

/**
 * pg_dump of PostgreSQL 17, the embedded server's major, from the npm registry: the embedded
 * PostgreSQL's packages ship only initdb, pg_ctl and postgres, and the one pg_dump 17 on the
 * registry is the WASM build in @electric-sql/pglite-tools 0.2.21 (17.5), made to talk to an
 * in-process PGlite. This module connects it to a real server: node-postgres opens and
 * authenticates the connection (SCRAM), pg_dump then speaks the wire protocol over that socket,
 * from a worker thread (pg-dump-worker.ts) that blocks until each answer is complete.
 */

export interface DumpTarget {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

/** Protocol codes of the requests a client sends before its startup message is accepted. */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
/** The type of pg_dump's last message, Terminate: the server then closes the connection. */
const TERMINATE = 'X';

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** What the server said after authentication, replayed to pg_dump as if it had authenticated itself. */
function sessionGreeting(parameters: Array<[string, string]>, key: { processID: number; secretKey: number }): Buffer {
  const authenticationOk = message('R', Buffer.from([0, 0, 0, 0]));
  const statuses = parameters.map(([name, value]) => message('S', Buffer.from(`${name}\0${value}\0`, 'utf8')));
  const keyData = Buffer.alloc(8);
  keyData.writeInt32BE(key.processID, 0);
  keyData.writeInt32BE(key.secretKey, 4);
  return Buffer.concat([authenticationOk, ...statuses, message('K', keyData), message('Z', Buffer.from('I'))]);
}

/** Whether the server's answer so far ends its turn: ReadyForQuery, or an error while connecting. */
function turnComplete(answer: Buffer): boolean {
  let offset = 0;
  while (offset + 5 <= answer.length) {
    const end = offset + 1 + answer.readInt32BE(offset + 1);
    if (end > answer.length) return false;
    if (end === answer.length) return answer[offset] === 0x5a; /* Z */
    offset = end;
  }
  return false;
}

/** The type of the last complete message in the client's bytes, or undefined while one is incomplete. */
function lastMessageType(pending: Buffer): string | undefined {
  let offset = 0;
  let last: string | undefined;
  while (offset < pending.length) {
    if (offset + 5 > pending.length) return undefined;
    const end = offset + 1 + pending.readInt32BE(offset + 1);
    if (end > pending.length) return undefined;
    last = String.fromCharCode(pending[offset]);
    offset = end;
  }
  return last;
}

/** Runs pg_dump against one database and resolves with its plain SQL dump. */
export async function pgDump(target: DumpTarget, extraArgs: string[] = []): Promise<string> {
  const client = new Client({ ...target, connectionTimeoutMillis: 10_000 });
  const parameters: Array<[string, string]> = [];
  let key = { processID: 0, secretKey: 0 };
  const connection = (client as unknown as { connection: NodeJS.EventEmitter & { stream: Socket } }).connection;
  connection.on('parameterStatus', (status: { parameterName: string; parameterValue: string }) =>
    parameters.push([status.parameterName, status.parameterValue]),
  );
  connection.on('backendKeyData', (data: { processID: number; secretKey: number }) => (key = data));
  client.on('error', () => undefined);
  await client.connect();
  const socket = connection.stream;
  // From here on the socket is pg_dump's.
  socket.removeAllListeners('data');

  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(path.join(__dirname, 'pg-dump-worker.js'), {
    workerData: { signal, port: port2, args: [...extraArgs] },
    transferList: [port2],
  });

  const answerWorker = (bytes: Buffer) => {
    port1.postMessage(new Uint8Array(bytes));
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  let started = false;
  let outgoing = Buffer.alloc(0);
  let answer = Buffer.alloc(0);
  let awaitingAnswer = false;
  // Set once pg_dump has said goodbye: the server's close that follows is expected, and the dump
  // (still being read from pg_dump's file in the worker) is not to be given up for it.
  let terminated = false;

  socket.on('data', (chunk: Buffer) => {
    answer = Buffer.concat([answer, chunk]);
    if (awaitingAnswer && turnComplete(answer)) {
      awaitingAnswer = false;
      const complete = answer;
      answer = Buffer.alloc(0);
      answerWorker(complete);
    }
  });

  port1.on('message', (bytes: Uint8Array) => {
    const chunk = Buffer.from(bytes);
    if (!started) {
      // pg_dump's own connection start: answered here, the server already knows this session.
      const code = chunk.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) return answerWorker(Buffer.from('N'));
      started = true;
      return answerWorker(sessionGreeting(parameters, key));
    }
    socket.write(chunk);
    outgoing = Buffer.concat([outgoing, chunk]);
    const last = lastMessageType(outgoing);
    if (last === TERMINATE) terminated = true;
    // A message that is still being written, or one no answer follows (Terminate, or a part of an
    // extended-protocol batch before its Sync): pg_dump goes on writing.
    if (last === undefined || !['Q', 'S', 'F'].includes(last)) return answerWorker(Buffer.alloc(0));
    outgoing = Buffer.alloc(0);
    awaitingAnswer = true;
    if (turnComplete(answer)) {
      awaitingAnswer = false;
      const complete = answer;
      answer = Buffer.alloc(0);
      answerWorker(complete);
    }
  });

  try {
    return await new Promise<string>((resolve, reject) => {
      worker.once('message', (result: { sql?: string; error?: string }) =>
        result.sql !== undefined ? resolve(result.sql) : reject(new Error(`pg_dump failed for ${target.database}: ${result.error}`)),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`pg_dump stopped for ${target.database} (worker exit ${code})`)));
      socket.once('close', () => {
        if (!terminated) reject(new Error(`the server closed pg_dump's connection to ${target.database}`));
      });
    });
  } finally {
    port1.close();
    await worker.terminate();
    socket.destroy();
  }
}
