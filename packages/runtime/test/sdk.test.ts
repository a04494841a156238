import { describe, expect, it } from 'vitest';
import {
  AbortError,
  APIError,
  AuthenticationError,
  BackgroundJobError,
  BadRequestError,
  buildMethods,
  ConfigurationError,
  ConnectionError,
  EngagekitError,
  InternalServerError,
  JobHandle,
  NotFoundError,
  RateLimitError,
  SdkCore,
  TimeoutError,
} from '../src/index.js';
import { manualClock } from '@engagekit/test-support';
import { countingFetch, descriptor, failure, ok, route, SECRET, server as startServer, setup } from './harness.js';

const getThing = route({ method: 'get', path: '/things/{id}', pathParams: ['id'] });
const createThing = route({ method: 'post', path: '/things', body: 'required' });
const searchThings = route({ method: 'post', path: '/things/search', body: 'required', idempotent: true });

describe('retries', () => {
  it('honours Retry-After in seconds on a 429, for a POST too', async () => {
    const { server, clock, core } = await setup((index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '2' }, body: { title: 'Too Many Requests', status: 429 } } : ok(),
    );
    const { data } = await core.request(createThing, { body: { name: 'x' } });
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('honours Retry-After as an HTTP date, and caps it at 60 s', async () => {
    const { clock, core } = await setup((index) =>
      index === 0
        ? { status: 429, headers: { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' } }
        : index === 1
          ? { status: 429, headers: { 'retry-after': '3600' } }
          : ok(),
    );
    await core.request(getThing, { id: 1 });
    expect(clock.sleeps).toEqual([5_000, 60_000]);
  });

  it('backs off exponentially on 5xx for GET, then throws InternalServerError', async () => {
    const { server, clock, core } = await setup(() => ({ status: 503, body: { title: 'Service Unavailable', status: 503 } }));
    const error = await failure(core.request(getThing, { id: 1 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(server.requests).toHaveLength(3); // first attempt + 2 retries
    expect(clock.sleeps).toEqual([500, 1_000]);
  });

  it('does not replay a non-idempotent POST after a 500', async () => {
    const { server, core } = await setup(() => ({ status: 500, body: { title: 'Internal Server Error', status: 500 } }));
    await expect(core.request(createThing, { body: { name: 'x' } })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a POST the spec marks idempotent, re-sending the same body', async () => {
    const { server, core } = await setup((index) => (index < 2 ? { status: 502 } : ok({ found: 1 })));
    const body = { query: 'ünïcödé', ids: [1, 2, 3] };
    const { data } = await core.request(searchThings, { body });
    expect(data).toEqual({ found: 1 });
    expect(server.requests.map((request) => request.body)).toEqual(Array(3).fill(JSON.stringify(body)));
  });

  it('re-sends a multipart upload whole on each attempt', async () => {
    const upload = route({ method: 'put', path: '/things/{id}/file', pathParams: ['id'], body: 'required', bodyType: 'multipart' });
    const { server, core } = await setup((index) => (index === 0 ? { status: 503 } : ok()));
    const file = new Blob(['name,email\nAda,ada@example.test\n'], { type: 'text/csv' });
    await core.request(upload, { id: 7, body: { file, settings: { overwrite: true } } });
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(request.body).toContain('name,email\nAda,ada@example.test\n');
      expect(request.body).toContain('{"overwrite":true}');
    }
  });

  it('hands a custom fetch the URL and init, with a fresh timeout signal per attempt', async () => {
    const calls: { input: unknown; init: RequestInit | undefined }[] = [];
    const fetch = (async (input: unknown, init?: RequestInit) => {
      calls.push({ input, init });
      return calls.length === 1 ? new Response('', { status: 503 }) : Response.json({ ok: true });
    }) as typeof globalThis.fetch;
    const { core } = await setup(() => ok(), { fetch, baseUrl: 'https://api.example.test/' });
    await core.request(searchThings, { body: { query: 'x' } });
    expect(calls).toHaveLength(2);
    for (const { input, init } of calls) {
      expect(input).toBe('https://api.example.test/things/search');
      expect(init?.method).toBe('POST');
      expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${SECRET}`);
      expect(init?.body).toBe('{"query":"x"}');
      expect(init?.signal).toBeInstanceOf(AbortSignal);
    }
    expect(calls[0]!.init!.signal).not.toBe(calls[1]!.init!.signal);
  });

  it('retries a connection reset for GET, not for a non-idempotent POST', async () => {
    const get = await setup((index) => (index === 0 ? { reset: true } : ok()));
    await get.core.request(getThing, { id: 1 });
    expect(get.server.requests).toHaveLength(2);

    const post = await setup(() => ({ reset: true }));
    const error = await failure(post.core.request(createThing, { body: {} }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(post.server.requests).toHaveLength(1);
  });

  it('respects maxRetries per client and per call', async () => {
    const client = await setup(() => ({ status: 503 }), { maxRetries: 0 });
    await expect(client.core.request(getThing, { id: 1 })).rejects.toBeInstanceOf(InternalServerError);
    expect(client.server.requests).toHaveLength(1);

    const call = await setup(() => ({ status: 503 }));
    await expect(call.core.request(getThing, { id: 1 }, { maxRetries: 4 })).rejects.toBeInstanceOf(InternalServerError);
    expect(call.server.requests).toHaveLength(5);
  });
});

describe('timeouts and aborts', () => {
  it('times out a slow answer, retries it for GET, then throws TimeoutError', async () => {
    const counted = countingFetch();
    const { core } = await setup(() => ({ status: 200, body: {}, delayMs: 1_000 }), { timeout: 100, maxRetries: 1, fetch: counted.fetch });
    const error = await failure(core.request(getThing, { id: 1 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain('timed out after 100 ms');
    expect(counted.attempts).toHaveLength(2);
  });

  it('per-call timeout overrides the client’s', async () => {
    const { core } = await setup(() => ({ status: 200, body: {}, delayMs: 300 }), { timeout: 10_000, maxRetries: 0 });
    await expect(core.request(getThing, { id: 1 }, { timeout: 50 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('an aborted signal stops the call with AbortError and no retry', async () => {
    const controller = new AbortController();
    // Abort once the server holds the request, so the abort races nothing.
    const { server, core } = await setup(() => {
      setTimeout(() => controller.abort(), 10);
      return { status: 200, body: {}, delayMs: 1_000 };
    });
    const error = await failure(core.request(getThing, { id: 1 }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('errors', () => {
  it('maps statuses to subclasses with the problem fields', async () => {
    const { core } = await setup(() => ({
      status: 400,
      body: { title: 'Bad Request', status: 400, detail: 'The request body is invalid.', errors: [{ pointer: '/email', detail: 'Must be an email.' }] },
    }));
    const error = (await failure(core.request(createThing, { body: { email: 'x' } }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(EngagekitError);
    expect(error.errors).toEqual([{ pointer: '/email', detail: 'Must be an email.' }]);
    expect(error.method).toBe('POST');
    expect(error.path).toBe('/things');
    expect(error.message).toContain('/email: Must be an email.');
  });

  it.each([
    [401, AuthenticationError],
    [404, NotFoundError],
  ])('status %i → %o', async (status, Class) => {
    const { core } = await setup(() => ({ status, body: { title: 'x', status, code: 'thing.notFound' } }));
    const error = (await failure(core.request(getThing, { id: 7 }))) as APIError;
    expect(error).toBeInstanceOf(Class);
    expect(error.path).toBe('/things/7');
  });

  it('RateLimitError carries retryAfter in ms once retries are spent', async () => {
    const { core } = await setup(() => ({ status: 429, headers: { 'retry-after': '7' }, body: { title: 'Too Many Requests', status: 429 } }), {
      maxRetries: 0,
    });
    const error = (await failure(core.request(getThing, { id: 1 }))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(7_000);
    expect(error.headers['retry-after']).toBe('7');
  });

  it('a non-JSON error body still gives a typed error', async () => {
    const { core } = await setup(() => ({ status: 502, rawBody: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } }), {
      maxRetries: 0,
    });
    const error = (await failure(core.request(getThing, { id: 1 }))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe('<html>Bad gateway</html>');
    expect(error.message).toContain('Bad gateway');
  });

  it('a malformed JSON error body still gives a typed error', async () => {
    const { core } = await setup(() => ({ status: 400, rawBody: '{"title": "Bad Req' }));
    const error = (await failure(core.request(getThing, { id: 1 }))) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body).toBe('{"title": "Bad Req');
  });

  it('a malformed JSON success body is an EngagekitError, not a raw SyntaxError', async () => {
    const { core } = await setup(() => ({ status: 200, rawBody: '{"items": [' }));
    const error = await failure(core.request(getThing, { id: 1 }));
    expect(error).toBeInstanceOf(EngagekitError);
    expect((error as Error).message).toMatch(/not valid JSON/);
  });
});

describe('the API key never leaks', () => {
  it('is absent from errors, their JSON, and debug logs, even when the server echoes it', async () => {
    const { core, logger } = await setup((index) =>
      index === 0 ? { status: 503 } : { status: 401, body: { title: 'Unauthorized', status: 401, detail: `Key Bearer ${SECRET} is revoked` } },
    );
    const error = (await failure(core.request(getThing, { id: 1 }))) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    const surfaces = [error.message, JSON.stringify(error), JSON.stringify(error.body), String(error.stack), ...logger.lines];
    expect(logger.lines.some((line) => line.includes('authorization'))).toBe(true);
    for (const text of surfaces) expect(text).not.toContain(SECRET);
    expect(error.detail).toContain('[redacted]');
  });

  it('is absent from connection errors', async () => {
    const { core, logger } = await setup(() => ({ reset: true }), { maxRetries: 0 });
    const error = (await failure(core.request(createThing, { body: {} }))) as ConnectionError;
    for (const text of [error.message, JSON.stringify(error), ...logger.lines]) expect(text).not.toContain(SECRET);
  });

  it('refuses to build without a key', () => {
    expect(() => new SdkCore(descriptor, { apiKey: '' }, { rateLimit: {} })).toThrow(ConfigurationError);
  });
});

describe('rate limiting', () => {
  it('queues requests past the per-minute limit instead of failing, and reports the wait', async () => {
    const waits: number[] = [];
    const { server, clock, core } = await setup(() => ok(), {
      apiKey: 'rate-limit-key-1',
      rateLimit: { perMinute: 2, perHour: 100, onRateLimit: (wait) => waits.push(wait.waitMs) },
    });
    await Promise.all([1, 2, 3].map((id) => core.request(getThing, { id })));
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([60_000]);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('shares one budget across clients using the same key, not across keys', async () => {
    const waits: number[] = [];
    const clock = manualClock();
    const server = await startServer(() => ok());
    const make = (apiKey: string) =>
      new SdkCore(descriptor, { apiKey, baseUrl: server.url, clock, logLevel: 'off', rateLimit: { perMinute: 1, onRateLimit: (wait) => waits.push(wait.waitMs) } }, { rateLimit: {} });
    const [a, b, other] = [make('shared-key-xyz'), make('shared-key-xyz'), make('another-key-123')];
    await a.request(getThing, { id: 1 });
    await other.request(getThing, { id: 2 });
    expect(waits).toEqual([]);
    await b.request(getThing, { id: 3 });
    expect(waits).toEqual([60_000]);
  });

  it('applies the hourly window too', async () => {
    const { clock, core } = await setup(() => ok(), { apiKey: 'hourly-key', rateLimit: { perMinute: 100, perHour: 3 } });
    for (let id = 0; id < 4; id++) await core.request(getThing, { id });
    expect(clock.sleeps).toEqual([3_600_000]);
  });
});

describe('pagination and jobs through the route table', () => {
  const listThings = route({ method: 'get', path: '/things', queryParams: ['top', 'skip'], paginated: true, idempotent: true });
  const startExport = route({ method: 'post', path: '/exports', body: 'required', job: true });
  const getJob = route({ method: 'get', path: '/jobs/{jobId}', pathParams: ['jobId'], idempotent: true });

  it('walks every page with for await, and .pages() yields pages', async () => {
    const all = Array.from({ length: 7 }, (_, index) => ({ id: index + 1 }));
    const pager = await startServer((request) => {
      const url = new URL(request.url, 'http://x');
      const top = Number(url.searchParams.get('top'));
      const skip = Number(url.searchParams.get('skip'));
      return ok({ items: all.slice(skip, skip + top), hasMore: skip + top < all.length });
    });
    const sdk = buildMethods<{ things: { list(input?: { top?: number }): AsyncIterable<{ id: number }> & { pages(): AsyncIterable<{ items: unknown[] }> } & PromiseLike<{ items: unknown[] }> } }>(
      new SdkCore(descriptor, { apiKey: SECRET, baseUrl: pager.url, rateLimit: false, logLevel: 'off' }, { rateLimit: {} }),
      { 'things.list': listThings },
    );
    const seen: number[] = [];
    for await (const thing of sdk.things.list({ top: 3 })) seen.push(thing.id);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const sizes: number[] = [];
    for await (const page of sdk.things.list({ top: 3 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([3, 3, 1]);
    expect((await sdk.things.list({ top: 5 })).items).toHaveLength(5);
    expect(pager.requests.map((request) => request.url)).toContain('/things?top=3&skip=6');
  });

  it('a 202 job resolves after it completes, polling its status', async () => {
    let polls = 0;
    const server = await startServer((request) => {
      if (request.method === 'POST') return { status: 202, headers: { location: '/jobs/6f1c' }, body: { jobId: '6f1c' } };
      polls++;
      return ok({ jobId: '6f1c', status: polls < 3 ? 'Processing' : 'Done', progress: polls / 3 });
    });
    const clock = manualClock();
    const core = new SdkCore(descriptor, { apiKey: SECRET, baseUrl: server.url, clock, rateLimit: false, logLevel: 'off' }, { rateLimit: {} });
    const protocol = {
      get: async (id: string) => (await core.request<{ status: string }>(getJob, { jobId: id })).data,
      status: (job: { status: string }) => job.status,
      done: ['Done'],
      failed: ['Failed', 'Cancelled', 'Expired'],
    };
    const sdk = buildMethods<{ exports: { start(input: { body: unknown }): PromiseLike<JobHandle<unknown, { status: string }>> } }>(
      core,
      { 'exports.start': startExport },
      protocol as never,
    );
    const handle = await sdk.exports.start({ body: { kind: 'contacts' } });
    expect(handle.id).toBe('6f1c');
    expect(handle.location).toBe('/jobs/6f1c');
    const job = await handle.wait({ pollInterval: 1_500 });
    expect(job).toMatchObject({ status: 'Done' });
    expect(polls).toBe(3);
    expect(clock.sleeps).toEqual([1_500, 1_500]);
  });

  it('a failed or cancelled job throws BackgroundJobError; a slow one times out', async () => {
    const clock = manualClock();
    const handle = (status: string) =>
      new JobHandle('j1', undefined, undefined, { get: async () => ({ status }), status: (job: { status: string }) => job.status, done: ['Done'], failed: ['Failed', 'Cancelled'] }, clock);
    await expect(handle('Cancelled').wait()).rejects.toMatchObject({ name: 'BackgroundJobError', status: 'Cancelled', jobId: 'j1' });
    await expect(handle('Failed').wait()).rejects.toBeInstanceOf(BackgroundJobError);
    await expect(handle('Processing').wait({ pollInterval: 1_000, timeout: 5_000 })).rejects.toThrow(/still Processing after 5000 ms/);
    const controller = new AbortController();
    controller.abort();
    await expect(handle('Processing').wait({ signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });
});

describe('withResponse', () => {
  it('exposes status and headers next to the data', async () => {
    const { core } = await setup(() => ({ status: 201, headers: { 'x-request-id': 'abc' }, body: { id: 9 } }));
    const sdk = buildMethods<{ things: { create(input: { body: unknown }): { withResponse(): Promise<{ data: unknown; response: Response }> } } }>(core, {
      'things.create': createThing,
    });
    const { data, response } = await sdk.things.create({ body: { name: 'n' } }).withResponse();
    expect(data).toEqual({ id: 9 });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('abc');
  });
});
