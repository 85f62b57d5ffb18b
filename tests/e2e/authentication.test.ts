import { GATEWAY_SECRET_HEADER } from '@pallnet/subgraph-kit';
import { gatewaySecretVariableFor } from '@pallnet/subgraph-kit/config';
import { REPO_ROOT, RunningSystem, SUBGRAPHS } from '@pallnet/system';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bearer } from '../support/auth';
import { postGraphQL, queryOk } from '../support/graphql';
import { startTestSystem } from '../support/system';

/*
 * Authentication and the gateway's secrets in the real system, as `npm start` runs it: five
 * subgraph processes, each with a secret generated for this run, and the gateway that knows them.
 */

let system: RunningSystem & { logs(): string };

beforeAll(async () => {
  system = await startTestSystem();
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

const gateway = (): string => system.gatewayUrl!;

/** The README's example queries: they must keep working under the default limits. */
function readmeQueries(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) => block.split(/\n(?=#)/)).filter((query) => query.includes('{'));
}

describe('through the gateway', () => {
  it("answers the README's example queries anonymously and with an analyst's token, under the default limits", async () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(3);
    const analyst = await bearer({ role: 'analyst' });
    for (const query of queries) {
      await queryOk(gateway(), query);
      await queryOk(gateway(), query, {}, analyst);
    }
  });

  it("passes an editor's token to every subgraph, each of which accepts it", async () => {
    const { networks, regions } = await queryOk(
      gateway(),
      '{ networks { region units { name } municipalities { name } } regions { code } }',
      {},
      await bearer({ role: 'editor', region: 'MIDT', subject: 'e2e-editor' }),
    );
    expect(networks.map((network: { region: string }) => network.region).sort()).toEqual(['INNLANDET', 'MIDT', 'SOR_OST', 'VEST']);
    expect(regions).toHaveLength(4);
  });

  it('refuses an expired token with UNAUTHENTICATED (401)', async () => {
    const response = await fetch(gateway(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer({ role: 'editor', region: 'VEST', expiresIn: '-5m' })) },
      body: JSON.stringify({ query: '{ networks { name } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid token: it has expired', extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});

describe('straight to the subgraph processes', () => {
  it.each(SUBGRAPHS.map((subgraph) => [subgraph.name]))('%s answers only with its own secret of this run; its /health is open', async (name) => {
    const { url, healthUrl } = system.service(name);
    const own = system.env[gatewaySecretVariableFor(name)]!;
    const another = system.env[gatewaySecretVariableFor(name === 'vest' ? 'midt' : 'vest')]!;
    expect(own).toMatch(/^[0-9a-f]{64}$/);

    const query = '{ _service { sdl } }';
    const withoutSecret = await postGraphQL(url, query);
    expect(withoutSecret.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const withAnother = await postGraphQL(url, query, {}, { [GATEWAY_SECRET_HEADER]: another });
    expect(withAnother.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const withOwn = await postGraphQL(url, query, {}, { [GATEWAY_SECRET_HEADER]: own });
    expect(withOwn.errors).toBeUndefined();
    expect(withOwn.data?._service.sdl).toEqual(expect.any(String));

    expect((await fetch(healthUrl)).status).toBe(200);
  });
});
