// The same registry `npm start` runs from: every subgraph and its default port.
import { GATEWAY, SUBGRAPHS } from '@pallnet/system';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const REPO = path.resolve(__dirname, '../..');

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  expose?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  build?: string;
  image?: string;
}

const compose = parse(readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};

/** No Docker engine runs here, so the deployment picture is checked as a document. */
describe('docker-compose.yml', () => {
  it('names exactly one PostgreSQL per owner, the five subgraphs and the gateway', () => {
    const expected = [
      ...SUBGRAPHS.map((s) => s.name),
      ...SUBGRAPHS.map((s) => `postgres-${s.name}`),
      'gateway',
    ].sort();
    expect(Object.keys(compose.services).sort()).toEqual(expected);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('runs subgraph %s on its port, its own database, after that database is healthy', (name, spec) => {
    const service = compose.services[name];
    const variable = name.replace(/-/g, '_').toUpperCase();
    expect(service.command).toEqual(['node', spec.entry]);
    expect(existsSync(path.join(REPO, spec.entry.replace('dist/src/', 'src/').replace(/\.js$/, '.ts')))).toBe(true);
    expect(service.environment?.[`${variable}_PORT`]).toBe(String(spec.defaultPort));
    expect(service.environment?.[`${variable}_DATABASE_URL`]).toContain(`@postgres-${name}:5432/${name.replace(/-/g, '_')}`);
    expect(service.expose).toEqual([String(spec.defaultPort)]);
    expect(service.depends_on).toEqual({ [`postgres-${name}`]: { condition: 'service_healthy' } });
    expect(service.healthcheck?.test.join(' ')).toContain(`localhost:${spec.defaultPort}/health`);
    expect(compose.services[`postgres-${name}`].healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('starts the gateway last, pointed at every subgraph, published on its port', () => {
    const gateway = compose.services.gateway;
    expect(gateway.command).toEqual(['node', GATEWAY.entry]);
    expect(gateway.ports).toEqual([`${GATEWAY.defaultPort}:${GATEWAY.defaultPort}`]);
    for (const spec of SUBGRAPHS) {
      expect(gateway.depends_on?.[spec.name]).toEqual({ condition: 'service_healthy' });
      expect(gateway.environment?.[`${spec.name.replace(/-/g, '_').toUpperCase()}_URL`]).toBe(`http://${spec.name}:${spec.defaultPort}/graphql`);
    }
    expect(gateway.healthcheck?.test.join(' ')).toContain(`localhost:${GATEWAY.defaultPort}/health`);
  });

  it('gives each subgraph its own gateway secret (required), the gateway all of them, and every service the token keys', () => {
    const secretVariable = (name: string) => `${name.replace(/-/g, '_').toUpperCase()}_GATEWAY_SECRET`;
    const services = [...SUBGRAPHS.map((s) => s.name), 'gateway'];
    for (const name of services) {
      for (const variable of ['JWT_SECRET', 'JWT_PREVIOUS_SECRETS', 'JWT_PUBLIC_KEYS', 'JWT_ISSUER', 'JWT_AUDIENCE']) {
        expect(compose.services[name].environment?.[variable]).toBe(`\${${variable}:-}`);
      }
    }
    for (const spec of SUBGRAPHS) {
      const own = secretVariable(spec.name);
      const required = `\${${own}:?set ${own} in .env}`;
      expect(compose.services[spec.name].environment?.[own]).toBe(required);
      expect(compose.services.gateway.environment?.[own]).toBe(required);
      // A subgraph knows no other subgraph's secret.
      const others = Object.keys(compose.services[spec.name].environment ?? {}).filter((v) => v.endsWith('_GATEWAY_SECRET') && v !== own);
      expect(others).toEqual([]);
    }
    const example = readFileSync(path.join(REPO, '.env.example'), 'utf8');
    for (const spec of SUBGRAPHS) expect(example).toMatch(new RegExp(`^${secretVariable(spec.name)}=$`, 'm'));
    expect(example).toMatch(/^JWT_SECRET=$/m);
  });

  it('builds every service from the Dockerfile in the repository', () => {
    expect(existsSync(path.join(REPO, 'Dockerfile'))).toBe(true);
    for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway']) expect(compose.services[name].build).toBe('.');
  });
});
