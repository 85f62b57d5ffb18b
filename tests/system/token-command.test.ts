import { REPO_ROOT } from '@pallnet/system';
import { createTokenVerifier, developmentTokenKeys, TokenKeys } from '@pallnet/subgraph-kit';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
  it('prints only the token, signed with the development key when none is configured', async () => {
    const result = await token(['--role', 'editor', '--region', 'vest', '--subject', 'kari.nordmann']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(result.stderr).toBe('[token] editor of VEST, expires in 1h, signed with the development key\n');
    await expect(viewerOf(developmentTokenKeys(), result.stdout)).resolves.toEqual({ role: 'editor', region: 'VEST', subject: 'kari.nordmann' });
  });

  it('signs with JWT_SECRET when it is set, for the given time', async () => {
    const secret = randomBytes(32).toString('hex');
    const result = await token(['--role', 'analyst', '--expires-in', '10m'], { JWT_SECRET: secret, NODE_ENV: 'production' });
    expect(result.code).toBe(0);
    const keys = { secrets: [secret], publicKeys: [], development: false };
    await expect(viewerOf(keys, result.stdout)).resolves.toEqual({ role: 'analyst', region: null, subject: 'analyst@local' });
    await expect(viewerOf(developmentTokenKeys(), result.stdout)).rejects.toThrow('signature');
    const { exp, iat } = JSON.parse(Buffer.from(result.stdout.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBe(600);
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

  it('refuses to sign with the development key in production', async () => {
    const result = await token(['--role', 'analyst'], { NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('No token key configured: set JWT_SECRET (HS256) or JWT_PUBLIC_KEYS (RS256/ES256); production has no development key');
  });
});
