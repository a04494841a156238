import { describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, ConnectionError, InvalidRequestError, SdkCore, TimeoutError } from '../src/index.js';
import { countingFetch, descriptor, failure, ok, route, SECRET, setup } from './harness.js';

const getThing = route({ method: 'get', path: '/things/{id}', pathParams: ['id'], idempotent: true });
const createThing = route({ method: 'post', path: '/things', body: 'required' });

describe('the per-attempt timeout covers the body', () => {
  it('a body that stalls after the headers ends in TimeoutError, and a GET is retried', async () => {
    const counted = countingFetch();
    const { core } = await setup(() => ({ status: 200, partialBody: '{"items": [', then: 'stall' }), { timeout: 200, maxRetries: 1, fetch: counted.fetch });
    const error = await failure(core.request(getThing, { id: 1 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain('timed out after 200 ms');
    expect(counted.attempts).toHaveLength(2);
  });
});

describe('the response handed back', () => {
  it('was read inside the attempt, and its body methods still answer', async () => {
    const { core } = await setup(() => ok({ id: 7, name: 'ünïcödé' }));
    const { data, response } = await core.request(getThing, { id: 7 });
    expect(data).toEqual({ id: 7, name: 'ünïcödé' });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.url).toMatch(/\/things\/7$/);
    expect(await response.json()).toEqual(data);
    expect(JSON.parse(new TextDecoder().decode(await response.arrayBuffer()))).toEqual(data);
  });
});

describe('failures while reading the body', () => {
  it('a reset mid-body is a ConnectionError, and a GET is retried', async () => {
    const { server, core } = await setup((index) => (index === 0 ? { status: 200, partialBody: '{"id": 1, "na', then: 'reset' } : ok({ id: 1 })));
    const { data } = await core.request(getThing, { id: 1 });
    expect(data).toEqual({ id: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it('a reset mid-body of a POST is a ConnectionError, not retried', async () => {
    const { server, core } = await setup(() => ({ status: 201, partialBody: '{"id": 1, "na', then: 'reset' }));
    const error = await failure(core.request(createThing, { body: { name: 'n' } }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as ConnectionError).mayHaveBeenProcessed).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('an abort while the body is read is an AbortError, not retried', async () => {
    const controller = new AbortController();
    // Aborts once the headers are in, so the abort lands while the (stalled) body is being read.
    const fetch = (async (url: string, init: RequestInit) => {
      const response = await globalThis.fetch(url, init);
      setImmediate(() => controller.abort());
      return response;
    }) as typeof globalThis.fetch;
    const { server, core } = await setup(() => ({ status: 200, partialBody: '{"id":', then: 'stall' }), { fetch });
    const error = await failure(core.request(getThing, { id: 1 }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('timeout option', () => {
  it('Infinity means no timeout', async () => {
    const { core } = await setup(() => ({ status: 200, body: { id: 1 }, delayMs: 50 }), { timeout: Infinity, maxRetries: 0 });
    expect((await core.request(getThing, { id: 1 })).data).toEqual({ id: 1 });
    expect((await core.request(getThing, { id: 1 }, { timeout: Infinity })).data).toEqual({ id: 1 });
  });

  it.each([0, -1, Number.NaN, 2 ** 31])('client timeout %d is refused at construction', (timeout) => {
    expect(() => new SdkCore(descriptor, { apiKey: SECRET, timeout }, { rateLimit: {} })).toThrow(ConfigurationError);
  });

  it.each([0, -5, 2 ** 31])('per-call timeout %d is refused before anything is sent', async (timeout) => {
    const { server, core } = await setup(() => ok());
    const error = await failure(core.request(getThing, { id: 1 }, { timeout }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as InvalidRequestError).parameter).toBe('timeout');
    expect(server.requests).toHaveLength(0);
  });
});
