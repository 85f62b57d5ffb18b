import { loadProviderSecrets, publicJwk } from '@pallnet/identity-provider';
import { REPO_ROOT } from '@pallnet/system';
import { createTokenVerifier, developmentTokenKeys, TokenKeys } from '@pallnet/subgraph-kit';
import { importJWK, jwtVerify } from 'jose';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/* `npm run token`: the built CLI as a user runs it, its token checked by the services' own verifier. */

const CLI = path.join(REPO_ROOT, 'packages/system/dist/cli/token.js');

function token(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const viewerOf = (keys: TokenKeys, printed: string) => createTokenVerifier(keys).viewerOf(`Bearer ${printed.trim()}`);

describe('npm run token', () => {
  const providerDir = mkdtempSync(path.join(tmpdir(), 'pallnet-token-idp-'));
  const providerKeys = loadProviderSecrets(providerDir);
  afterAll(() => rmSync(providerDir, { recursive: true, force: true }));

  it("prints only the token, signed as npm start's local OpenID provider when nothing else is configured", async () => {
    const result = await token(['--role', 'editor', '--region', 'vest', '--subject', 'kari.nordmann'], {
      IDENTITY_PROVIDER_DATA_DIR: providerDir,
      IDENTITY_PROVIDER_PORT: '4999',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(result.stderr).toBe("[token] editor of VEST, expires in 1h, signed with the local OpenID provider's key (http://localhost:4999, npm start)\n");
    const es256 = providerKeys.signingKeys.find((key) => key.alg === 'ES256')!;
    const { payload } = await jwtVerify(result.stdout.trim(), await importJWK(publicJwk(es256) as never, 'ES256'), {
      issuer: 'http://localhost:4999',
      audience: 'urn:pallnet:gateway',
    });
    expect(payload).toMatchObject({ sub: 'kari.nordmann', role: 'editor', region: 'VEST' });
    await expect(viewerOf(developmentTokenKeys(), result.stdout)).rejects.toThrow('algorithm "ES256" is not accepted');
  });

  it('signs with the public development key only when ALLOW_PUBLIC_DEVELOPMENT_KEY=true, and says so', async () => {
    const result = await token(['--role', 'analyst'], { ALLOW_PUBLIC_DEVELOPMENT_KEY: 'true' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('[token] analyst, expires in 1h, signed with the PUBLIC development key (ALLOW_PUBLIC_DEVELOPMENT_KEY=true)\n');
    await expect(viewerOf(developmentTokenKeys(), result.stdout)).resolves.toEqual({ role: 'analyst', region: null, subject: 'analyst@local' });
  });

  it('signs with JWT_SECRET when it is set, for the given time', async () => {
    const secret = randomBytes(32).toString('hex');
    const result = await token(['--role', 'analyst', '--expires-in', '10m'], { JWT_SECRET: secret });
    expect(result.code).toBe(0);
    const keys = { secrets: [secret], publicKeys: [], development: false };
    await expect(viewerOf(keys, result.stdout)).resolves.toEqual({ role: 'analyst', region: null, subject: 'analyst@local' });
    await expect(viewerOf(developmentTokenKeys(), result.stdout)).rejects.toThrow('signature');
    const { exp, iat } = JSON.parse(Buffer.from(result.stdout.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBe(600);
  });

  it.each(['production', 'staging', 'Production'])('refuses to run with NODE_ENV=%s, whatever key is configured', async (NODE_ENV) => {
    const result = await token(['--role', 'analyst'], { NODE_ENV, JWT_SECRET: randomBytes(32).toString('hex'), JWT_ISSUER: 'https://x', JWT_AUDIENCE: 'y' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(
      `npm run token is for development and tests: it refuses to run with NODE_ENV=${NODE_ENV}; sign in through the OpenID provider`,
    );
  });

  it('without a key or a local provider, says what to do', async () => {
    const result = await token(['--role', 'analyst'], { IDENTITY_PROVIDER_DATA_DIR: path.join(providerDir, 'missing') });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^No local identity provider in .*missing: run npm start once, or set JWT_SECRET$/);
  });

  it.each([
    [['--region', 'VEST'], '--role is required (editor or analyst)'],
    [['--role', 'admin'], 'role "admin" is not known (known: editor, analyst)'],
    [['--role', 'editor'], "an editor's token must name a region (one of VEST, INNLANDET, MIDT, SOR_OST)"],
    [['--role', 'editor', '--region', 'vest!'], 'region "VEST!" is not a region code (capital letters, digits and _, like VEST, INNLANDET, MIDT, SOR_OST)'],
    [['--role', 'analyst', '--region', 'VEST'], '--region is for editors only; an analyst reads every region'],
    [['--role', 'analyst', '--expires-in', 'soon'], 'expires-in must be a time span such as 30m, 1h or 7d, got "soon"'],
  ])('%j fails with exit code 1 and says why, printing no token', async (args, message) => {
    const result = await token(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
  });
});
