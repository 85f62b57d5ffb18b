import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_URL, loadConfig } from '../src/config';

const served = (body: unknown) => async () => body;
const missing = async () => {
  throw new Error('HTTP 404');
};

describe('where the dashboard finds the gateway', () => {
  it('takes config.json beside the page', async () => {
    const asked: string[] = [];
    const config = await loadConfig('http://localhost:4173/index.html#/', async (url) => {
      asked.push(url);
      return { gatewayUrl: 'http://localhost:4000/graphql' };
    });
    expect(asked).toEqual(['http://localhost:4173/config.json']);
    expect(config.gatewayUrl).toBe('http://localhost:4000/graphql');
  });

  it('lets the address override it with ?gateway=', async () => {
    const config = await loadConfig('http://localhost:4173/?gateway=http://gateway.test:9000/graphql', served({ gatewayUrl: 'http://other/graphql' }));
    expect(config.gatewayUrl).toBe('http://gateway.test:9000/graphql');
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
