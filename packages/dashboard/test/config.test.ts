import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_URL, loadConfig } from '../src/config';

const served = (body: unknown) => async () => body;
const missing = async () => {
  throw new Error('HTTP 404');
};

describe('where the dashboard sends its GraphQL', () => {
  it("takes config.json beside the page: the web app's own /api/graphql, with the session", async () => {
    const asked: string[] = [];
    const config = await loadConfig('http://localhost:4173/index.html#/', async (url) => {
      asked.push(url);
      return { gatewayUrl: '/api/graphql', gatewayOrigins: [] };
    });
    expect(asked).toEqual(['http://localhost:4173/config.json']);
    expect(config).toEqual({ gatewayUrl: 'http://localhost:4173/api/graphql', withSession: true });
  });

  it('talks to a gateway on another origin without the session', async () => {
    expect(await loadConfig('http://localhost:5173/', served({ gatewayUrl: 'http://localhost:4000/graphql' }))).toEqual({
      gatewayUrl: 'http://localhost:4000/graphql',
      withSession: false,
    });
  });

  it('lets the address override it with ?gateway= for an allowed origin only, never with credentials', async () => {
    const file = served({ gatewayUrl: '/api/graphql', gatewayOrigins: ['http://gateway.test:9000'] });
    expect(await loadConfig('http://localhost:4173/?gateway=http://gateway.test:9000/graphql', file)).toEqual({
      gatewayUrl: 'http://gateway.test:9000/graphql',
      withSession: false,
    });
    await expect(loadConfig('http://localhost:4173/?gateway=https://evil.example/graphql', file)).rejects.toThrow(
      /https:\/\/evil\.example, which this server does not allow \(allowed: http:\/\/gateway\.test:9000\)/,
    );
    await expect(loadConfig('http://localhost:4173/?gateway=http://gateway.test:9000/graphql', missing)).rejects.toThrow(/no other gateway is allowed/);
  });

  it('falls back to the default without a config.json', async () => {
    expect((await loadConfig('http://localhost:5173/', missing)).gatewayUrl).toBe(DEFAULT_GATEWAY_URL);
  });

  it('refuses a gateway URL that is not http(s), naming where it came from', async () => {
    await expect(loadConfig('http://localhost:4173/?gateway=javascript:alert(1)', missing)).rejects.toThrow(/gateway parameter.*http or https/);
    await expect(loadConfig('http://localhost:4173/', served({ gatewayUrl: 'not a url' }))).rejects.toThrow(/config\.json: gatewayUrl is not a URL/);
    await expect(loadConfig('http://localhost:4173/', served({ gatewayUrl: 42 }))).rejects.toThrow(/config\.json: gatewayUrl must be a string/);
  });
});
