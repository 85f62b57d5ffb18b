import { REPO_ROOT, SUBGRAPHS } from '@pallnet/system';
import { gatewaySecretVariableFor } from '@pallnet/subgraph-kit/config';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/*
 * The service processes as a deployment starts them: in production (any NODE_ENV but development
 * and test), a missing token key or gateway secret stops them at once with one line naming the
 * variable, before any database is opened; outside production a subgraph without a secret says
 * that it is open. The public development key is only ever taken when explicitly allowed, and
 * then only on loopback, with a warning.
 */

interface Exit {
  code: number | null;
  stderr: string;
}

/** Runs a built entry with only these variables (and PATH), and waits for it to exit (20 s at most). */
function run(entry: string, env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, entry)], { cwd: REPO_ROOT, env: { PATH: process.env.PATH, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not exit within 20 s: ${stderr}`));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const GATEWAY = 'gateway/dist/src/index.js';
const VEST = 'subgraphs/vest/dist/src/index.js';
const JWT_SECRET = randomBytes(32).toString('hex');
// Static keys in production must name who issues the tokens and for whom.
const STATIC_KEYS = { JWT_SECRET, JWT_ISSUER: 'https://login.example.no', JWT_AUDIENCE: 'pallnet' };
const NO_KEY =
  'No token key configured: set OIDC_ISSUER and OIDC_AUDIENCE (an OpenID Connect provider), or JWT_PUBLIC_KEYS / JWT_SECRET; ' +
  'outside production ALLOW_PUBLIC_DEVELOPMENT_KEY=true accepts the public development key on loopback';
// Nothing listens there: a service that got as far as its database would say so instead.
const UNREACHABLE_DATABASE = 'postgres://postgres@127.0.0.1:1/vest';

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('in production', () => {
  it('the gateway without a token key exits 1 with one line', async () => {
    const exit = await run(GATEWAY, { NODE_ENV: 'production', PORT: '0' });
    expect(exit.code).toBe(1);
    expect(lines(exit.stderr)).toEqual([`[gateway] ${NO_KEY}`]);
  });

  it('the gateway without the subgraphs’ secrets exits 1 with one line naming every missing variable', async () => {
    const exit = await run(GATEWAY, { NODE_ENV: 'production', PORT: '0', ...STATIC_KEYS });
    expect(exit.code).toBe(1);
    const variables = SUBGRAPHS.map((subgraph) => gatewaySecretVariableFor(subgraph.name))
      .sort()
      .join(', ');
    expect(lines(exit.stderr)).toEqual([`[gateway] ${variables} must be set in production: the subgraphs accept only the gateway`]);
  });

  it('a subgraph without a token key exits 1 with one line', async () => {
    const exit = await run(VEST, {
      NODE_ENV: 'production',
      VEST_PORT: '0',
      VEST_DATABASE_URL: UNREACHABLE_DATABASE,
      VEST_GATEWAY_SECRET: randomBytes(24).toString('hex'),
    });
    expect(exit.code).toBe(1);
    expect(lines(exit.stderr)).toEqual([`[vest] ${NO_KEY}`]);
  });

  it('a subgraph without its gateway secret exits 1 with one line naming it', async () => {
    const exit = await run(VEST, { NODE_ENV: 'production', VEST_PORT: '0', VEST_DATABASE_URL: UNREACHABLE_DATABASE, ...STATIC_KEYS });
    expect(exit.code).toBe(1);
    expect(lines(exit.stderr)).toEqual(['[vest] VEST_GATEWAY_SECRET must be set in production: without it anyone could query vest directly, past the gateway']);
  });
});

describe('the public development key', () => {
  it('is no fallback outside production either: a gateway with no key configured exits 1 with one line', async () => {
    const exit = await run(GATEWAY, { PORT: '0' });
    expect(exit.code).toBe(1);
    expect(lines(exit.stderr)).toEqual([`[gateway] ${NO_KEY}`]);
  });

  it.each(['staging', 'Production'])('is refused with NODE_ENV=%s even when allowed', async (NODE_ENV) => {
    const exit = await run(GATEWAY, { NODE_ENV, PORT: '0', ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true' });
    expect(exit.code).toBe(1);
    expect(lines(exit.stderr)).toEqual([`[gateway] ALLOW_PUBLIC_DEVELOPMENT_KEY=true is refused with NODE_ENV=${NODE_ENV}: the development key is public`]);
  });

  it('when allowed, is refused by a gateway or a subgraph bound beyond loopback', async () => {
    const gateway = await run(GATEWAY, { PORT: '0', HOST: '0.0.0.0', ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true' });
    expect(gateway.code).toBe(1);
    expect(lines(gateway.stderr)).toEqual([
      '[gateway] the gateway may accept the public development key (ALLOW_PUBLIC_DEVELOPMENT_KEY=true) only on loopback, but HOST is 0.0.0.0: unset ALLOW_PUBLIC_DEVELOPMENT_KEY or bind to 127.0.0.1',
    ]);
    const vest = await run(VEST, {
      VEST_PORT: '0',
      HOST: '0.0.0.0',
      ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true',
      VEST_DATABASE_URL: UNREACHABLE_DATABASE,
      VEST_GATEWAY_SECRET: randomBytes(24).toString('hex'),
    });
    expect(vest.code).toBe(1);
    expect(lines(vest.stderr)).toEqual([
      '[vest] subgraph vest may accept the public development key (ALLOW_PUBLIC_DEVELOPMENT_KEY=true) only on loopback, but HOST is 0.0.0.0: unset ALLOW_PUBLIC_DEVELOPMENT_KEY or bind to 127.0.0.1',
    ]);
  });
});

describe('outside production', () => {
  it('a subgraph without a gateway secret warns that it is open, and that it takes the development key, then carries on (here to its unreachable database)', async () => {
    const exit = await run(VEST, { VEST_PORT: '0', VEST_DATABASE_URL: UNREACHABLE_DATABASE, ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true' });
    expect(exit.code).toBe(1);
    const [warning, developmentKey, failure] = lines(exit.stderr);
    expect(warning).toBe('[vest] VEST_GATEWAY_SECRET is not set: anyone may query this subgraph directly (refused in production)');
    expect(developmentKey).toBe(
      '[vest] WARNING: accepting tokens signed with the PUBLIC development key (ALLOW_PUBLIC_DEVELOPMENT_KEY=true); anyone can sign them. Loopback only, never in production.',
    );
    expect(failure).toMatch(/^\[vest\] Cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/vest/);
  });
});
