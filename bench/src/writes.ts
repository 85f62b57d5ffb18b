import { BUMP_DATA_VERSION_FUNCTION, resolveDatabaseUrl } from '@pallnet/subgraph-kit';
import { SUBGRAPHS } from '@pallnet/system';
import { Client } from 'pg';

/**
 * Writes that empty the subgraphs' read caches (packages/subgraph-kit/src/read-cache.ts): each is
 * a statement of the subgraph's own runtime role that changes no row (`DELETE … WHERE false` on one
 * of its tables), which raises the database's data version through the same trigger as an
 * editor's save, without changing the data the operations read, so the answers stay comparable. The benchmark uses them to show what a
 * request costs when the rows it needs are not kept: the SQL statements after a write, and load
 * while every database is written to many times a second.
 */
export class DataVersionWriter {
  private constructor(private readonly writes: Array<{ client: Client; statement: string }>) {}

  static async open(env: NodeJS.ProcessEnv): Promise<DataVersionWriter> {
    const writes = await Promise.all(
      SUBGRAPHS.map(async ({ name }) => {
        const client = new Client({ connectionString: resolveDatabaseUrl(name, env) });
        await client.connect();
        const { rows } = await client.query<{ table: string }>(
          `select c.relname as "table" from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
            where p.proname = $1 and has_table_privilege(c.oid, 'DELETE') order by 1 limit 1`,
          [BUMP_DATA_VERSION_FUNCTION],
        );
        if (!rows[0]) throw new Error(`${name}: no table whose writes raise the data version (is the read cache's migration applied?)`);
        return { client, statement: `delete from "${rows[0].table}" where false` };
      }),
    );
    return new DataVersionWriter(writes);
  }

  /** One write to every subgraph's database. */
  async writeAll(): Promise<void> {
    await Promise.all(this.writes.map(({ client, statement }) => client.query(statement)));
  }

  /** Writes to every database `perSecond` times a second until the returned function is called. */
  writeContinuously(perSecond: number): () => Promise<void> {
    let running: Promise<void> = Promise.resolve();
    const timer = setInterval(() => {
      running = running.then(() => this.writeAll());
    }, 1000 / perSecond);
    return async () => {
      clearInterval(timer);
      await running;
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.writes.map(({ client }) => client.end()));
  }
}
