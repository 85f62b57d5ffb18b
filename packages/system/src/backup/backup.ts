import { databaseNameFor } from '@pallnet/subgraph-kit/config';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { provisionEmbeddedDatabases } from '../embedded-databases';
import { SystemError } from '../system-error';
import { pgDump } from './pg-dump';

/**
 * `npm run backup` and `npm run restore` for the embedded PostgreSQL: one plain-SQL pg_dump per
 * subgraph database (pg_dump 17, the server's major: see pg-dump.ts) and a manifest, in a
 * directory readable by its owner only, since the register holds personal data.
 */

export const MANIFEST_FILE = 'manifest.json';
const FORMAT = 'pallnet-backup/1';

export interface BackupManifest {
  format: typeof FORMAT;
  createdAt: string;
  serverVersion: string;
  databases: Array<{ subgraph: string; database: string; file: string }>;
}

/** Where the embedded server is, as its superuser. */
export interface SuperuserConnection {
  url: string;
  dataDir: string;
}

function target(url: string, database: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query<T extends Record<string, unknown>>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Dumps every subgraph's database into `outDir`. Each dump is one consistent snapshot of its
 * database (pg_dump's own repeatable-read transaction); the five are taken one after another.
 */
export async function backupDatabases(server: SuperuserConnection, subgraphs: string[], outDir: string): Promise<BackupManifest> {
  const existing = new Set((await query<{ datname: string }>(server.url, 'select datname from pg_database')).map((row) => row.datname));
  const missing = subgraphs.filter((subgraph) => !existing.has(databaseNameFor(subgraph)));
  if (missing.length)
    throw new SystemError('CONFIGURATION', `No database yet for ${missing.join(', ')}: start the system once (npm start) or run npm run migrate first`);
  await mkdir(outDir, { recursive: true, mode: 0o700 });
  await chmod(outDir, 0o700);
  const [{ server_version: serverVersion }] = await query<{ server_version: string }>(server.url, 'show server_version');
  const manifest: BackupManifest = { format: FORMAT, createdAt: new Date().toISOString(), serverVersion, databases: [] };
  for (const subgraph of subgraphs) {
    const database = databaseNameFor(subgraph);
    const sql = await pgDump(target(server.url, database));
    const file = `${database}.sql`;
    await writeFile(path.join(outDir, file), sql, { mode: 0o600 });
    manifest.databases.push({ subgraph, database, file });
  }
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** Reads and checks a backup before anything is changed. */
export async function readBackup(dir: string): Promise<{ manifest: BackupManifest; dumps: Map<string, string> }> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as BackupManifest;
  } catch (error) {
    throw new SystemError('CONFIGURATION', `${dir} is not a backup: cannot read its ${MANIFEST_FILE} (${(error as Error).message})`);
  }
  if (manifest.format !== FORMAT)
    throw new SystemError('CONFIGURATION', `${dir} is not a backup of this format (${FORMAT}), it says ${JSON.stringify(manifest.format)}`);
  const dumps = new Map<string, string>();
  for (const { database, file } of manifest.databases) {
    const sql = await readFile(path.join(dir, path.basename(file)), 'utf8').catch(() => {
      throw new SystemError('CONFIGURATION', `The backup in ${dir} lacks ${file}`);
    });
    if (!sql.includes('-- PostgreSQL database dump complete')) throw new SystemError('CONFIGURATION', `${file} in ${dir} is not a complete pg_dump`);
    dumps.set(database, sql);
  }
  return { manifest, dumps };
}

/**
 * Replaces each database of the backup with its dump: loaded into a new database first, which
 * then takes the old one's place, so a dump that fails to load leaves the current data as it was.
 */
export async function restoreDatabases(server: SuperuserConnection, dir: string): Promise<BackupManifest> {
  const { manifest, dumps } = await readBackup(dir);
  for (const { subgraph, database } of manifest.databases) {
    const loading = `${database}_restoring`;
    await query(server.url, `drop database if exists ${quote(loading)} with (force)`);
    // The roles the dump grants to exist (and keep their passwords); the database is then renamed.
    await provisionEmbeddedDatabases(server, [subgraph]);
    const [{ owner }] = await query<{ owner: string }>(server.url, 'select pg_get_userbyid(datdba) as owner from pg_database where datname = $1', [database]);
    await query(server.url, `create database ${quote(loading)} owner ${quote(owner)}`);
    try {
      const client = new Client({ connectionString: withDatabase(server.url, loading) });
      await client.connect();
      try {
        await client.query(dumps.get(database)!);
      } finally {
        await client.end();
      }
    } catch (error) {
      await query(server.url, `drop database if exists ${quote(loading)} with (force)`);
      throw new SystemError('DATABASE_FAILED', `Restoring ${database} failed, it is unchanged: ${(error as Error).message}`);
    }
    await query(server.url, `drop database ${quote(database)} with (force)`);
    await query(server.url, `alter database ${quote(loading)} rename to ${quote(database)}`);
    // Connect and temporary privileges are the database's own: granted again on the new one.
    await provisionEmbeddedDatabases(server, [subgraph]);
  }
  return manifest;
}
