import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  createApiClient,
  NotFoundError,
  RedirectError,
  SdkCore,
} from '../src/index.js';
import { descriptor, failure, headerKeyDescriptor, ok, route, SECRET, server, setup } from './harness.js';

const getThing = route({ method: 'get', path: '/things/{id}', pathParams: ['id'], idempotent: true });
const createThing = route({ method: 'post', path: '/things', body: 'required' });

/** Everything a caller, a logger or a crash report could print of a value. */
function surfaces(value: unknown): string[] {
  return [inspect(value, { depth: Infinity, showHidden: true }), JSON.stringify(value) ?? '', String(value)];
}

describe('redirects never take the key or the body to another origin', () => {
  it.each([
    ['X-API-Key', 302, 'GET', headerKeyDescriptor],
    ['Authorization', 302, 'GET', descriptor],
    ['X-API-Key', 307, 'POST', headerKeyDescriptor],
    ['X-API-Key', 308, 'POST', headerKeyDescriptor],
  ] as const)('SDK, key in %s, %i on %s → RedirectError, nothing sent to the other origin', async (_header, status, method, api) => {
    const elsewhere = await server(() => ok({ stolen: true }));
    const { server: origin, core } = await setup(() => ({ status, headers: { location: `${elsewhere.url}/collect` } }), {}, api);
    const call = method === 'GET' ? core.request(getThing, { id: 1 }) : core.request(createThing, { body: { secret: 'payload' } });
    const error = (await failure(call)) as RedirectError;
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(status);
    expect(error.location).toBe(`${elsewhere.url}/collect`);
    expect(origin.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('SDK follows a same-origin redirect, re-sending the key and, for a 307, the body', async () => {
    const { server: origin, core } = await setup((index) =>
      index === 0 ? { status: 307, headers: { location: '/things/moved' } } : ok({ created: true }),
    );
    const { data } = await core.request(createThing, { body: { name: 'n' } });
    expect(data).toEqual({ created: true });
    expect(origin.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ['POST', '/things', '{"name":"n"}'],
      ['POST', '/things/moved', '{"name":"n"}'],
    ]);
    expect(origin.requests[1]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('SDK turns a same-origin 303 after a POST into a GET without the body', async () => {
    const { server: origin, core } = await setup((index) => (index === 0 ? { status: 303, headers: { location: '/things/9' } } : ok({ id: 9 })));
    await core.request(createThing, { body: { name: 'n' } });
    expect(origin.requests.map((request) => [request.method, request.body])).toEqual([
      ['POST', '{"name":"n"}'],
      ['GET', ''],
    ]);
  });

  it('the raw typed client hands back a cross-origin redirect unfollowed', async () => {
    const elsewhere = await server(() => ok({ stolen: true }));
    const origin = await server(() => ({ status: 307, headers: { location: `${elsewhere.url}/collect` } }));
    const client = createApiClient<Record<string, never>>(headerKeyDescriptor, { apiKey: SECRET, baseUrl: origin.url });
    const { response } = await (client as unknown as { POST(path: string, init: unknown): Promise<{ response: Response }> }).POST('/things', {
      body: { secret: 'payload' },
    });
    expect(response.status).toBe(307);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('the raw typed client follows a same-origin redirect', async () => {
    const origin = await server((_request, index) => (index === 0 ? { status: 302, headers: { location: '/things/2' } } : ok({ id: 2 })));
    const client = createApiClient<Record<string, never>>(headerKeyDescriptor, { apiKey: SECRET, baseUrl: origin.url });
    const { data } = await (client as unknown as { GET(path: string): Promise<{ data: unknown }> }).GET('/things/1');
    expect(data).toEqual({ id: 2 });
    expect(origin.requests.map((request) => request.headers['x-api-key'])).toEqual([SECRET, SECRET]);
  });
});

describe('a key with control characters is refused at construction', () => {
  it.each([
    ['a trailing newline', `${SECRET}\n`],
    ['a CR LF in the middle', `${SECRET}\r\nX-Injected: 1`],
    ['a tab', `${SECRET}\tx`],
    ['a NUL', `${SECRET}\u0000`],
    ['leading whitespace', ` ${SECRET}`],
  ])('%s: ConfigurationError that does not print the key, for raw clients and SDKs', async (_case, apiKey) => {
    const origin = await server(() => ok());
    const build = [
      () => createApiClient(descriptor, { apiKey, baseUrl: origin.url }),
      () => new SdkCore(headerKeyDescriptor, { apiKey, baseUrl: origin.url }, { rateLimit: {} }),
    ];
    for (const attempt of build) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigurationError);
      for (const text of surfaces(caught)) expect(text).not.toContain(SECRET);
    }
    expect(origin.requests).toHaveLength(0);
  });
});

describe('a key the server echoes is redacted everywhere the SDK surfaces it', () => {
  it('in response headers: error.headers, toJSON() and util.inspect(error)', async () => {
    const { core } = await setup(() => ({
      status: 401,
      headers: { 'x-echo-auth': `Bearer ${SECRET}`, 'www-authenticate': `Bearer realm="api", key="${SECRET}"` },
      body: { title: 'Unauthorized', status: 401 },
    }));
    const error = (await failure(core.request(getThing, { id: 1 }))) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.headers['x-echo-auth']).toBe('Bearer [redacted]');
    for (const text of [...surfaces(error), JSON.stringify(error.toJSON().headers)]) expect(text).not.toContain(SECRET);
  });

  it('in a JSON body, even for a key JSON has to escape', async () => {
    const quoted = 'sk_"live"\\8f3a9c2e';
    const { core } = await setup((_index, request) => ({
      status: 401,
      body: { title: 'Unauthorized', status: 401, detail: `Key ${request.headers['x-api-key']} is revoked`, echo: [request.headers['x-api-key']] },
    }), { apiKey: quoted }, headerKeyDescriptor);
    const error = (await failure(core.request(getThing, { id: 1 }))) as AuthenticationError;
    expect(error.detail).toBe('Key [redacted] is revoked');
    for (const text of [error.message, ...surfaces(error)]) expect(text).not.toContain(quoted);
  });

  it('in APIError.path and the message when the key is a path parameter', async () => {
    const { core } = await setup(() => ({ status: 404, body: { title: 'Not Found', status: 404, code: 'thing.notFound' } }));
    const error = (await failure(core.request(getThing, { id: SECRET }))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.path).toBe('/things/[redacted]');
    for (const text of [error.message, ...surfaces(error)]) expect(text).not.toContain(SECRET);
  });

  it('in a network error’s text and its cause', async () => {
    const fetch = (async () => {
      throw new TypeError(`fetch failed for key ${SECRET}`, { cause: new Error(`socket hang up (${SECRET})`) });
    }) as typeof globalThis.fetch;
    const { core, logger } = await setup(() => ok(), { fetch, maxRetries: 0 });
    const error = (await failure(core.request(createThing, { body: {} }))) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe('POST /things failed: socket hang up ([redacted])');
    for (const text of [error.message, ...surfaces(error), ...logger.lines]) expect(text).not.toContain(SECRET);
  });
});

describe('client objects never show the key', () => {
  it('SdkCore: util.inspect and JSON.stringify', async () => {
    const { core } = await setup(() => ok());
    for (const text of surfaces(core)) expect(text).not.toContain(SECRET);
  });

  it('the raw typed client: util.inspect and JSON.stringify', () => {
    const client = createApiClient(headerKeyDescriptor, { apiKey: SECRET });
    for (const text of surfaces(client)) expect(text).not.toContain(SECRET);
  });
});
