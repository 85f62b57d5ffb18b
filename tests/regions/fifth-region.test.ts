import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { createGateway, RunningGateway } from '@pallnet/gateway';
import { SUBGRAPHS } from '@pallnet/services';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import { bearer } from '../support/auth';
import { queryOk } from '../support/graphql';
import { startTestSubgraph, TestSubgraph } from '../support/subgraph';
import { NordNetwork, nordSubgraph } from './nord-fixture';

const REPO = path.resolve(__dirname, '../..');
const run = promisify(execFile);

/**
 * The national subgraph's part of adding Nord (README, Adding a region): the catalog's reference
 * type for the new network type, as network-reference.ts prints it for every entry of
 * NETWORK_TYPE_BY_REGION. Composition refuses the region without it (checked below).
 */
const NATIONAL_NORD_REFERENCE = `
type NordNetwork implements Network @key(fields: "id") {
  id: ID!
  regionalHealthAuthority: RegionalHealthAuthority!
}`;

/** Each real subgraph's SDL as `npm run compose` reads it: its built entry with --print-sdl. */
async function printedSdl(entry: string): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(REPO, entry), '--print-sdl'], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

describe('A fifth region built from the regional kit', () => {
  let supergraphSdl: string;
  let nordSdl: string;
  let services: (withNationalReference: boolean) => Array<{ name: string; url: string; typeDefs: ReturnType<typeof parse> }>;

  beforeAll(async () => {
    const real = await Promise.all(
      SUBGRAPHS.map(async (subgraph) => ({ name: subgraph.name, url: `http://localhost/${subgraph.name}`, sdl: await printedSdl(subgraph.entry) })),
    );
    nordSdl = printSubgraphSchema(await nordSubgraph.buildSchema());
    services = (withNationalReference: boolean) => [
      ...real.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(name === 'national' && withNationalReference ? sdl + NATIONAL_NORD_REFERENCE : sdl) })),
      { name: 'nord', url: 'http://localhost/nord', typeDefs: parse(nordSdl) },
    ];
    const result = composeServices(services(true));
    expect(result.errors ?? []).toEqual([]);
    supergraphSdl = result.supergraphSdl!;
  }, 120_000);

  it('needs the national catalog to know its network type', () => {
    const errors = composeServices(services(false)).errors ?? [];
    expect(errors.map((error) => error.message).join('\n')).toMatch(/NordNetwork.*regionalHealthAuthority/);
  });

  it('composes beside the four regions and the national subgraph', () => {
    expect(supergraphSdl).toMatch(/join__graph\(name: "nord"/);
    expect(supergraphSdl).toMatch(/type NordNetwork implements Network/);
  });

  it('gets the contract, the register and editing from the kit', () => {
    const network = supergraphSdl.slice(supergraphSdl.indexOf('type NordNetwork implements Network'));
    for (const field of ['annualReport(', 'units:', 'resourcePersons', 'coverage']) expect(network.slice(0, network.indexOf('\n}'))).toContain(field);
    expect(supergraphSdl).toMatch(/nordCreateFjordGroup\(/);
    expect(supergraphSdl).toMatch(/type NordFjordGroup implements OrganisationalUnit/);
  });

  describe('served through the unchanged gateway', () => {
    let nord: TestSubgraph;
    let gateway: RunningGateway;

    beforeAll(async () => {
      nord = await startTestSubgraph(nordSubgraph, { seed: false });
      // The fixture has no migration files: its tables straight from its entities.
      await nord.orm.schema.createSchema();
      const em = nord.orm.em.fork();
      em.create(NordNetwork, { id: 'nord-test', name: 'Testnettverket i Nord', healthTrust: 'Test HF' } as never);
      await em.flush();
      gateway = await createGateway({
        port: 0,
        supergraphSdl,
        subgraphUrls: { nord: nord.url },
        gatewaySecrets: { nord: nord.gatewaySecret },
        logger: { warn() {}, error() {} },
      });
    }, 120_000);

    afterAll(async () => {
      await gateway?.stop();
      await nord?.stop();
    });

    it("takes a Nord editor's change and shows it in Nord's audit log", async () => {
      const editor = await bearer({ role: 'editor', region: 'NORD' });
      const { nordCreateFjordGroup } = await queryOk(
        gateway.url,
        `mutation { nordCreateFjordGroup(networkId: "nord-test", input: { name: "Fjordgruppe Lyngen", fjord: "Lyngenfjorden" }) { id name localTerm level fjord } }`,
        {},
        editor,
      );
      expect(nordCreateFjordGroup).toMatchObject({ name: 'Fjordgruppe Lyngen', localTerm: 'Fjordgruppe', level: 'LOCAL', fjord: 'Lyngenfjorden' });
      expect(nordCreateFjordGroup.id).toMatch(/^nord-/);

      const { nordAuditLog } = await queryOk(gateway.url, '{ nordAuditLog { entityId } }', {}, editor);
      expect(nordAuditLog.map((entry: { entityId: string }) => entry.entityId)).toContain(nordCreateFjordGroup.id);
    });
  });
});
