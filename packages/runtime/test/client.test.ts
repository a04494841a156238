import { describe, expect, it } from 'vitest';
import { ConfigurationError, createApiClient, redactHeaders, redactSecret, type ApiDescriptor } from '../src/index.js';

const bearerApi: ApiDescriptor = {
  id: 'test-v1',
  title: 'Test API',
  packageName: '@engagekit/test-v1',
  packageVersion: '1.2.3',
  defaultBaseUrl: 'https://api.example.test',
  auth: { type: 'bearer' },
  apiKeyEnv: 'TEST_API_KEY',
};
const headerApi: ApiDescriptor = { ...bearerApi, auth: { type: 'apiKeyHeader', header: 'X-API-Key' } };

type TestPaths = {
  '/things': {
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': { ok: boolean } } } };
    };
  };
};

function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: Request) => {
    requests.push(input);
    return new Response(JSON.stringify({ ok: true }), { headers: { 'content-type': 'application/json' } });
  };
  return { requests, fetch: fetch as unknown as typeof globalThis.fetch };
}

describe('createApiClient', () => {
  it.each([undefined, '', '   '])('rejects a missing or empty apiKey (%j) before any request', (apiKey) => {
    const { fetch, requests } = recordingFetch();
    expect(() => createApiClient<TestPaths>(bearerApi, { apiKey: apiKey as string, fetch })).toThrow(ConfigurationError);
    expect(() => createApiClient<TestPaths>(bearerApi, { apiKey: apiKey as string, fetch })).toThrow(/TEST_API_KEY/);
    expect(requests).toHaveLength(0);
  });

  it('rejects a relative baseUrl', () => {
    expect(() => createApiClient<TestPaths>(bearerApi, { apiKey: 'k', baseUrl: '/v1' })).toThrow(/not an absolute URL/);
  });

  it('sends the key as a bearer token with a User-Agent, to the default server', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createApiClient<TestPaths>(bearerApi, { apiKey: 'secret-key', fetch });
    const { data } = await client.GET('/things');
    expect(data).toEqual({ ok: true });
    const [request] = requests;
    expect(request?.url).toBe('https://api.example.test/things');
    expect(request?.headers.get('authorization')).toBe('Bearer secret-key');
    expect(request?.headers.get('user-agent')).toMatch(/^engagekit-test-v1\/1\.2\.3 \(node\/\d+/);
  });

  it('sends the key in the named header, and caller headers cannot replace it', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createApiClient<TestPaths>(headerApi, {
      apiKey: 'secret-key',
      baseUrl: 'http://127.0.0.1:9/',
      fetch,
      headers: { 'X-API-Key': 'spoofed', 'X-Trace': 'abc' },
    });
    await client.GET('/things');
    const [request] = requests;
    expect(request?.url).toBe('http://127.0.0.1:9/things');
    expect(request?.headers.get('x-api-key')).toBe('secret-key');
    expect(request?.headers.get('authorization')).toBeNull();
    expect(request?.headers.get('x-trace')).toBe('abc');
  });
});

describe('redaction', () => {
  it('redacts every secret header whatever its case', () => {
    expect(
      redactHeaders({ Authorization: 'Bearer s', 'x-api-key': 's', 'X-WHIPPY-KEY': 's', Accept: 'application/json' }),
    ).toEqual({ authorization: '[redacted]', 'x-api-key': '[redacted]', 'x-whippy-key': '[redacted]', accept: 'application/json' });
  });

  it('removes the key from free text', () => {
    expect(redactSecret('key sk_123 was rejected (sk_123)', 'sk_123')).toBe('key [redacted] was rejected ([redacted])');
  });
});
