import { resolveDatabaseUrl } from '@pallnet/subgraph-kit';
import { SUBGRAPHS } from '@pallnet/system';
import { Client } from 'pg';

/**
 * Writes that empty the subgraphs' read caches (packages/subgraph-kit/src/read-cache.ts): each
 * raises its database's data version exactly as an editor's save does, without changing the data
 * the operations read, so the answers stay comparable. The benchmark uses them to show what a
 * request costs when the rows it needs are not kept: the SQL statements after a write, and load
 * while every database is written to many times a second.
 */
export class DataVersionWriter {
  private constructor(private readonly clients: Client[]) {}

  static async open(env: NodeJS.ProcessEnv): Promise<DataVersionWriter> {
    const clients = SUBGRAPHS.map(({ name }) => new Client({ connectionString: resolveDatabaseUrl(name, env) }));
    await Promise.all(clients.map((client) => client.connect()));
    return new DataVersionWriter(clients);
  }

  /** One write to every subgraph's database. */
  async writeAll(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.query('update "data_version" set "version" = "version" + 1')));
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
    await Promise.all(this.clients.map((client) => client.end()));
  }
}
