import { manualClock, memoryLogger, startFaultServer, type FaultServer } from '@engagekit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { Reply, type ImportContact } from '../src/index.js';

const SECRET = 'reply_key_5b1e0c7d9a';
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface ImportItem {
  firstName: string;
  email?: string;
}

describe('contacts.importAll', () => {
  it('accounts for every one of 1,000 contacts exactly once with 20 % injected failures', async () => {
    let chunkRequests = 0;
    const server = await startFaultServer((request) => {
      const { items } = JSON.parse(request.body) as { items: ImportItem[] };
      chunkRequests++;
      // The 3rd chunk hits a 500: a non-idempotent import must not be replayed, so its 100 contacts fail.
      if (chunkRequests === 3) return { status: 500, body: { title: 'Internal Server Error', status: 500 } };
      // The 5th chunk is rate limited once, then goes through: retried, counted once.
      if (chunkRequests === 5) return { status: 429, headers: { 'retry-after': '1' }, body: { title: 'Too Many Requests', status: 429 } };
      const results = items.map((item) => {
        const n = Number(item.firstName.slice(1));
        if (n % 9 === 4) return { id: null, status: 'failed', error: 'Invalid data' };
        return { id: 10_000 + n, status: n % 2 === 0 ? 'created' : 'updated', error: null };
      });
      return { status: 200, body: { items: results, added: 0, updated: 0, skipped: 0, failed: 0 } };
    });
    servers.push(server);
    const progress: number[] = [];
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, clock: manualClock(), rateLimit: false, logLevel: 'off' });
    const contacts: ImportContact[] = Array.from({ length: 1_000 }, (_, n) => ({ firstName: `c${n}`, email: `c${n}@example.com` }));

    const outcomes = await reply.contacts.importAll(contacts, { chunkSize: 100, onProgress: ({ done }) => progress.push(done) });

    expect(outcomes).toHaveLength(1_000);
    expect(outcomes.map((outcome) => outcome.index)).toEqual(contacts.map((_, index) => index));
    expect(outcomes.every((outcome, index) => outcome.item === contacts[index])).toBe(true);
    const failed = outcomes.filter((outcome) => outcome.status === 'failed');
    const chunkFailure = failed.filter((outcome) => outcome.error?.includes('500'));
    expect(chunkFailure.map((outcome) => outcome.index)).toEqual(Array.from({ length: 100 }, (_, n) => 200 + n));
    const itemFailures = failed.filter((outcome) => outcome.error === 'Invalid data');
    expect(itemFailures).toHaveLength(contacts.filter((_, n) => n % 9 === 4 && (n < 200 || n >= 300)).length);
    expect(failed).toHaveLength(chunkFailure.length + itemFailures.length);
    expect(failed.length / contacts.length).toBeCloseTo(0.2, 1);
    expect(outcomes.find((outcome) => outcome.index === 6)).toMatchObject({ status: 'created', id: 10_006 });
    expect(progress).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000]);
    expect(server.requests).toHaveLength(11); // 10 chunks + the one 429 retry
  });

  it('never sends more than the documented 1,000 contacts per request', async () => {
    const sizes: number[] = [];
    const server = await startFaultServer((request) => {
      const { items } = JSON.parse(request.body) as { items: ImportItem[] };
      sizes.push(items.length);
      return { status: 200, body: { items: items.map(() => ({ id: 1, status: 'created' })), added: items.length, updated: 0, skipped: 0, failed: 0 } };
    });
    servers.push(server);
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off' });
    const contacts = Array.from({ length: 2_500 }, (_, n) => ({ firstName: `c${n}` }));
    const outcomes = await reply.contacts.importAll(contacts, { chunkSize: 5_000 });
    expect(sizes).toEqual([1_000, 1_000, 500]);
    expect(outcomes.filter((outcome) => outcome.status === 'created')).toHaveLength(2_500);
  });

  it('marks contacts Reply returned no result for as failed rather than dropping them', async () => {
    const server = await startFaultServer(() => ({ status: 200, body: { items: [{ id: 1, status: 'created' }], added: 1, updated: 0, skipped: 0, failed: 0 } }));
    servers.push(server);
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off' });
    const outcomes = await reply.contacts.importAll([{ firstName: 'a' }, { firstName: 'b' }]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['created', 'failed']);
    expect(outcomes[1]?.error).toMatch(/no result/);
  });
});

describe('sequences.contacts.setStatusAll', () => {
  it('chunks to 100 ids and merges the non-atomic failure maps', async () => {
    const bodies: { contactIds: number[] }[] = [];
    const server = await startFaultServer((request) => {
      const body = JSON.parse(request.body) as { contactIds: number[] };
      bodies.push(body);
      const failed = Object.fromEntries(body.contactIds.filter((id) => id % 50 === 0).map((id) => [String(id), { error: 'notInSequence', errorDetails: null }]));
      return { status: 200, body: failed };
    });
    servers.push(server);
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off' });
    const contactIds = Array.from({ length: 250 }, (_, n) => n + 1);
    const result = await reply.sequences.contacts.setStatusAll({ id: 100, contactIds, statusInSequence: 'paused' }, { chunkSize: 500 });
    expect(bodies.map((body) => body.contactIds.length)).toEqual([100, 100, 50]);
    expect(Object.keys(result.failed)).toEqual(['50', '100', '150', '200', '250']);
    expect(result.succeeded).toHaveLength(245);
    expect(new Set([...result.succeeded, ...Object.keys(result.failed).map(Number)]).size).toBe(250);
    expect(server.requests[0]?.url).toBe('/v3/sequences/100/contacts/set-status-in-sequence');
  });

  it('reports every id of a request that failed as a whole', async () => {
    const server = await startFaultServer(() => ({ status: 403, body: { title: 'Forbidden', status: 403, code: 'sequenceContact.forbidden' } }));
    servers.push(server);
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off' });
    const result = await reply.sequences.contacts.setStatusAll({ id: 1, contactIds: [1, 2, 3], statusInSequence: 'active' });
    expect(Object.keys(result.failed)).toEqual(['1', '2', '3']);
    expect(result.failed['2']).toMatchObject({ error: 'requestFailed' });
    expect(result.failed['2']?.errorDetails).toContain('sequenceContact.forbidden');
    expect(result.succeeded).toEqual([]);
  });
});

describe('logging', () => {
  it('logs at debug with Authorization redacted, and never the key', async () => {
    const server = await startFaultServer((_request, index) => (index === 0 ? { status: 503 } : { status: 200, body: { id: 1 } }));
    servers.push(server);
    const logger = memoryLogger();
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logger, logLevel: 'debug', clock: manualClock() });
    await reply.contacts.get({ id: 1 });
    expect(logger.lines.some((line) => line.includes('"authorization":"[redacted]"'))).toBe(true);
    expect(logger.lines.some((line) => line.startsWith('info [engagekit] retrying GET /v3/contacts/1 after 503'))).toBe(true);
    expect(logger.lines.join('\n')).not.toContain(SECRET);
  });

  it('is silent with logLevel off', async () => {
    const server = await startFaultServer(() => ({ status: 200, body: { id: 1 } }));
    servers.push(server);
    const logger = memoryLogger();
    await new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logger, logLevel: 'off' }).contacts.get({ id: 1 });
    expect(logger.lines).toEqual([]);
  });
});

describe('Reply.fromEnv', () => {
  it('reads REPLY_API_KEY and REPLY_BASE_URL, and refuses to start without a key', async () => {
    const saved = { key: process.env.REPLY_API_KEY, url: process.env.REPLY_BASE_URL };
    const server = await startFaultServer((request) => ({ status: 200, body: { auth: request.headers.authorization } }));
    servers.push(server);
    try {
      delete process.env.REPLY_API_KEY;
      expect(() => Reply.fromEnv()).toThrow(/REPLY_API_KEY is not set/);
      process.env.REPLY_API_KEY = SECRET;
      process.env.REPLY_BASE_URL = server.url;
      const echoed = await Reply.fromEnv({ rateLimit: false, logLevel: 'off' }).contacts.get({ id: 1 });
      expect(echoed).toEqual({ auth: `Bearer ${SECRET}` });
    } finally {
      for (const [name, value] of [['REPLY_API_KEY', saved.key], ['REPLY_BASE_URL', saved.url]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe('per-call options through the SDK', () => {
  it('sends extra headers but never lets them replace the key', async () => {
    const server = await startFaultServer(() => ({ status: 200, body: { id: 1 } }));
    servers.push(server);
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off' });
    await reply.contacts.get({ id: 1 }, { headers: { 'X-Request-Id': 'r-1', Authorization: 'Bearer spoofed' } });
    expect(server.requests[0]?.headers['x-request-id']).toBe('r-1');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('aborts a call with the caller’s signal', async () => {
    const controller = new AbortController();
    const server = await startFaultServer(() => {
      setTimeout(() => controller.abort(), 10);
      return { status: 200, body: {}, delayMs: 2_000 };
    });
    servers.push(server);
    const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off' });
    await expect(reply.contacts.get({ id: 1 }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
