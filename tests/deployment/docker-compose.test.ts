// The same registry `npm start` runs from: every subgraph and its default port.
import { GATEWAY, SUBGRAPHS } from '@pallnet/services';
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
  volumes?: string[];
  restart?: string;
  build?: string;
  image?: string;
}

const compose = parse(readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const composeText = readFileSync(path.join(REPO, 'docker-compose.yml'), 'utf8');

/** No Docker engine runs here, so the deployment picture is checked as a document. */
describe('docker-compose.yml', () => {
  it('names exactly one PostgreSQL and one migration per subgraph, the subgraphs, the gateway and the web app', () => {
    const expected = [
      ...SUBGRAPHS.map((s) => s.name),
      ...SUBGRAPHS.map((s) => `postgres-${s.name}`),
      ...SUBGRAPHS.map((s) => `${s.name}-migrate`),
      'gateway',
      'web',
    ].sort();
    expect(Object.keys(compose.services).sort()).toEqual(expected);
  });

  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))(
    'runs subgraph %s on its port, as its runtime role on its own database, once that database is migrated',
    (name, spec) => {
      const service = compose.services[name];
      const variable = name.replace(/-/g, '_').toUpperCase();
      const database = name.replace(/-/g, '_');
      expect(service.command).toEqual(['node', spec.entry]);
      expect(existsSync(path.join(REPO, spec.entry.replace('dist/src/', 'src/').replace(/\.js$/, '.ts')))).toBe(true);
      expect(service.environment?.[`${variable}_PORT`]).toBe(String(spec.defaultPort));
      const runtimeUrl = `postgres://${database}_runtime:\${${variable}_DB_RUNTIME_PASSWORD:?set ${variable}_DB_RUNTIME_PASSWORD in .env}@postgres-${name}:5432/${database}`;
      expect(service.environment?.[`${variable}_DATABASE_URL`]).toBe(runtimeUrl);
      // Serving never migrates: no owner's credentials.
      expect(service.environment?.[`${variable}_MIGRATION_DATABASE_URL`]).toBeUndefined();
      expect(service.expose).toEqual([String(spec.defaultPort)]);
      expect(service.depends_on).toEqual({
        [`postgres-${name}`]: { condition: 'service_healthy' },
        [`${name}-migrate`]: { condition: 'service_completed_successfully' },
      });

      const migrate = compose.services[`${name}-migrate`];
      expect(migrate.command).toEqual(['node', spec.entry, 'migrate']);
      expect(migrate.restart).toBe('no');
      expect(migrate.environment?.[`${variable}_MIGRATION_DATABASE_URL`]).toBe(
        `postgres://${database}_owner:\${${variable}_DB_OWNER_PASSWORD:?set ${variable}_DB_OWNER_PASSWORD in .env}@postgres-${name}:5432/${database}`,
      );
      expect(migrate.environment?.[`${variable}_DATABASE_URL`]).toBe(runtimeUrl);
      expect(migrate.depends_on).toEqual({ [`postgres-${name}`]: { condition: 'service_healthy' } });

      const postgres = compose.services[`postgres-${name}`];
      expect(postgres.environment).toMatchObject({ POSTGRES_USER: `${database}_owner`, POSTGRES_DB: database, RUNTIME_ROLE: `${database}_runtime` });
      expect(postgres.volumes).toContain('./deploy/compose/create-runtime-role.sh:/docker-entrypoint-initdb.d/10-create-runtime-role.sh:ro');
      expect(service.healthcheck?.test.join(' ')).toContain(`localhost:${spec.defaultPort}/health`);
      expect(compose.services[`postgres-${name}`].healthcheck?.test.join(' ')).toContain('pg_isready');
    },
  );

  it('serves every service’s metrics on a port of its own that is not published', () => {
    for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway']) {
      expect(compose.services[name].environment?.METRICS_PORT).toBe('9464');
      expect((compose.services[name].ports ?? []).join(' ')).not.toContain('9464');
    }
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

  it('has no default password or secret: every one is required from .env, and .env.example lists it', () => {
    const example = readFileSync(path.join(REPO, '.env.example'), 'utf8');
    const variables = [...composeText.matchAll(/\$\{(\w+)(:[-?][^}]*)?\}/g)];
    const secretLike = variables.filter(([, name]) => /PASSWORD|GATEWAY_SECRET/.test(name));
    expect(secretLike.length).toBeGreaterThanOrEqual(SUBGRAPHS.length * 3);
    for (const [whole, name, rule] of secretLike) {
      expect({ whole, required: rule?.startsWith(':?') }).toEqual({ whole, required: true });
      expect(example).toMatch(new RegExp(`^${name}=$`, 'm'));
    }
    // No password written into the file itself.
    expect(composeText).not.toMatch(/postgres:\/\/[^:\s]+:[^$\s][^@\s]*@/);
  });

  const required = (variable: string) => new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`);

  it('runs the web app from the same image after the gateway, published with a health check, its sign-in settings required', () => {
    const web = compose.services.web;
    expect(web.command).toEqual(['node', 'packages/web/dist/main.js']);
    expect(existsSync(path.join(REPO, 'packages/web/src/main.ts'))).toBe(true);
    expect(web.build).toBe('.');
    expect(web.environment).toMatchObject({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      DASHBOARD_PORT: '4173',
      GATEWAY_URL: `http://gateway:${GATEWAY.defaultPort}/graphql`,
    });
    expect(web.ports).toEqual(['4173:4173']);
    expect(web.depends_on).toEqual({ gateway: { condition: 'service_healthy' } });
    expect(web.healthcheck?.test.join(' ')).toContain('localhost:4173/health');
    for (const variable of ['WEB_PUBLIC_URL', 'OIDC_CLIENT_ID', 'OIDC_ISSUER', 'OIDC_AUDIENCE'])
      expect(web.environment?.[variable]).toMatch(required(variable));
    // Sessions live in its memory: the file says to run one replica or use sticky sessions.
    expect(composeText).toMatch(/ONE replica|sticky sessions/);
  });

  it('checks tokens with the OpenID provider’s issuer and audience in the gateway and every subgraph, required from .env', () => {
    const example = readFileSync(path.join(REPO, '.env.example'), 'utf8');
    for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway', 'web']) {
      expect(compose.services[name].environment?.NODE_ENV).toBe('production');
      for (const variable of ['OIDC_ISSUER', 'OIDC_AUDIENCE']) {
        expect({ name, value: compose.services[name].environment?.[variable] }).toEqual({ name, value: expect.stringMatching(required(variable)) });
      }
    }
    for (const variable of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_CLIENT_ID', 'WEB_PUBLIC_URL', 'OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY']) {
      expect(example).toMatch(new RegExp(`^${variable}=$`, 'm'));
    }
  });

  it('gives the OpenID client’s secret or private key to the web app only, and the web app no other secret', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const holds = Object.keys(service.environment ?? {}).filter((variable) => /^OIDC_CLIENT_(SECRET|PRIVATE_KEY|KEY_ID)$/.test(variable));
      expect({ name, holds }).toEqual({ name, holds: name === 'web' ? ['OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY', 'OIDC_CLIENT_KEY_ID'] : [] });
    }
    // Not the token keys, no gateway secret, no database.
    const webVariables = Object.keys(compose.services.web.environment ?? {});
    expect(webVariables.filter((variable) => /^JWT_(SECRET|PREVIOUS_SECRETS|PUBLIC_KEYS)|_GATEWAY_SECRET$|DATABASE_URL$|PASSWORD/.test(variable))).toEqual([]);
    // Exactly one of the two is set in .env: neither has a value here.
    for (const variable of ['OIDC_CLIENT_SECRET', 'OIDC_CLIENT_PRIVATE_KEY']) expect(compose.services.web.environment?.[variable]).toBe(`\${${variable}:-}`);
  });

  it('builds every service and migration from the Dockerfile in the repository', () => {
    expect(existsSync(path.join(REPO, 'Dockerfile'))).toBe(true);
    for (const name of [...SUBGRAPHS.flatMap((s) => [s.name, `${s.name}-migrate`]), 'gateway', 'web']) expect(compose.services[name].build).toBe('.');
    expect(existsSync(path.join(REPO, 'deploy/compose/create-runtime-role.sh'))).toBe(true);
  });
});
