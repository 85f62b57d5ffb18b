import { createGateway, RunningGateway } from '@pallnet/gateway';
import { readGatewayConfig } from '@pallnet/gateway/dist/src/config';
import { randomBytes } from 'node:crypto';
import { catalogResolvers, catalogTypeDefs, composeInline, InlineSubgraph, recordingLogger, startInlineSubgraph } from './inline-subgraphs';

/*
 * What a browser gets at the gateway's address: outside production our own page pointing to the
 * analysts' workbench (nothing loaded from elsewhere; Apollo's default loads its CDN); in
 * production no page at all.
 */

let catalog: InlineSubgraph;
let supergraphSdl: string;

beforeAll(async () => {
  catalog = await startInlineSubgraph('catalog', catalogTypeDefs, catalogResolvers);
  supergraphSdl = composeInline([catalog]);
});

afterAll(async () => {
  await catalog?.stop();
});

async function withGateway(options: Partial<Parameters<typeof createGateway>[0]>, test: (gateway: RunningGateway) => Promise<void>) {
  const gateway = await createGateway({ port: 0, supergraphSdl, logger: recordingLogger(), ...options });
  try {
    await test(gateway);
  } finally {
    await gateway.stop();
  }
}

const openInBrowser = (url: string) => fetch(url, { headers: { accept: 'text/html,application/xhtml+xml' } });

describe("the gateway's page in a browser", () => {
  it('points to the workbench and loads nothing from anywhere', async () => {
    await withGateway({ workbenchUrl: 'http://localhost:5999/#/arbeidsbenk' }, async (gateway) => {
      const response = await openInBrowser(gateway.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<a class="workbench" href="http://localhost:5999/#/arbeidsbenk">Åpne arbeidsbenken</a>');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      const addresses = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
      expect(addresses).toEqual(['http://localhost:5999/#/arbeidsbenk', '/health']);
    });
  });

  it('escapes the configured address', async () => {
    await withGateway({ workbenchUrl: 'http://localhost:5999/?a="><script>x</script>' }, async (gateway) => {
      const html = await (await openInBrowser(gateway.url)).text();
      expect(html).not.toContain('<script>');
      expect(html).toContain('href="http://localhost:5999/?a=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    });
  });

  it('has no page in production', async () => {
    const production = {
      production: true,
      tokenKeys: { secrets: [randomBytes(32).toString('hex')], publicKeys: [], development: false },
      gatewaySecrets: { catalog: randomBytes(16).toString('hex') },
    };
    await withGateway(production, async (gateway) => {
      const response = await openInBrowser(gateway.url);
      expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await response.text()).not.toMatch(/arbeidsbenk|<html/i);
    });
  });
});

describe('WORKBENCH_URL', () => {
  const saved = process.env.WORKBENCH_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.WORKBENCH_URL;
    else process.env.WORKBENCH_URL = saved;
  });

  it("defaults to npm start's web app and takes an http(s) URL", () => {
    delete process.env.WORKBENCH_URL;
    expect(readGatewayConfig().workbenchUrl).toBe('http://localhost:4173/#/arbeidsbenk');
    process.env.WORKBENCH_URL = 'https://analyse.example.no/#/arbeidsbenk';
    expect(readGatewayConfig().workbenchUrl).toBe('https://analyse.example.no/#/arbeidsbenk');
  });

  it('refuses anything else, naming the variable', () => {
    process.env.WORKBENCH_URL = 'javascript:alert(1)';
    expect(() => readGatewayConfig()).toThrow('WORKBENCH_URL must be an http(s) URL, got "javascript:alert(1)"');
  });
});
