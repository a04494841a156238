// Bulk helpers under faults: an item whose request may have been applied is `unknown`, never `failed`.
import { manualClock, startFaultServer, type FaultServer, type Step } from '@engagekit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { APIError, ConnectionError, InternalServerError, Reply, TimeoutError } from '../src/index.js';

const SECRET = 'reply_key_5b1e0c7d9a';
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function replyAgainst(script: (body: { items?: unknown[]; contactIds?: number[] }, index: number) => Step, options = {}) {
  const server = await startFaultServer((request, index) => script(JSON.parse(request.body || '{}'), index));
  servers.push(server);
  return { server, reply: new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off', clock: manualClock(), ...options }) };
}

const created = (body: { items?: unknown[] }): Step => ({
  status: 200,
  body: { items: (body.items ?? []).map((_, n) => ({ id: 100 + n, status: 'created' })), added: 0, updated: 0, skipped: 0, failed: 0 },
});
const contacts = Array.from({ length: 6 }, (_, n) => ({ firstName: `c${n}`, email: `c${n}@example.com` }));

describe('contacts.importAll: honest outcomes', () => {
  it('a connection reset after the chunk was sent → unknown, carrying the ConnectionError', async () => {
    const { server, reply } = await replyAgainst((body, index) => (index === 1 ? { reset: true } : created(body)));
    const outcomes = await reply.contacts.importAll(contacts, { chunkSize: 2 });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['created', 'created', 'unknown', 'unknown', 'created', 'created']);
    const unknown = outcomes.filter((outcome) => outcome.status === 'unknown');
    expect(unknown.map((outcome) => outcome.item)).toEqual([contacts[2], contacts[3]]);
    for (const outcome of unknown) {
      expect(outcome.requestError).toBeInstanceOf(ConnectionError);
      expect(outcome.error).toBe(outcome.requestError?.message);
    }
    expect(server.requests).toHaveLength(3); // not replayed: an import is not idempotent
  });

  it('a reset in the middle of the answer’s body → unknown', async () => {
    const { reply } = await replyAgainst((body, index) => (index === 0 ? { status: 200, partialBody: '{"items": [', then: 'reset' } : created(body)));
    const outcomes = await reply.contacts.importAll(contacts.slice(0, 2));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'unknown']);
  });

  it('a timeout after sending → unknown, carrying the TimeoutError', async () => {
    const { reply } = await replyAgainst(() => ({ status: 200, partialBody: '{"items": [', then: 'stall' }), { timeout: 200 });
    const outcomes = await reply.contacts.importAll(contacts.slice(0, 2));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unknown', 'unknown']);
    expect(outcomes[0]?.requestError).toBeInstanceOf(TimeoutError);
  });

  it('an HTTP error answer is a known failure, carrying the APIError', async () => {
    const { reply } = await replyAgainst(() => ({ status: 500, body: { title: 'Internal Server Error', status: 500 } }));
    const outcomes = await reply.contacts.importAll(contacts.slice(0, 2));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'failed']);
    expect(outcomes[0]?.requestError).toBeInstanceOf(InternalServerError);
  });

  it('a refused connection never reached Reply: failed, not unknown', async () => {
    const closed = await startFaultServer(() => ({ status: 200 }));
    await closed.close();
    const reply = new Reply({ apiKey: SECRET, baseUrl: closed.url, rateLimit: false, logLevel: 'off', clock: manualClock(), maxRetries: 0 });
    const outcomes = await reply.contacts.importAll(contacts.slice(0, 1));
    expect(outcomes[0]?.status).toBe('failed');
    expect(outcomes[0]?.requestError).toBeInstanceOf(ConnectionError);
    expect((outcomes[0]?.requestError as ConnectionError).mayHaveBeenProcessed).toBe(false);
  });
});

describe('sequences.contacts.setStatusAll: honest outcomes', () => {
  it('contacts of a request cut after sending are unknown; failures carry their error', async () => {
    const { reply } = await replyAgainst((_body, index) =>
      index === 0 ? { status: 200, body: {} } : index <= 3 ? { reset: true } : { status: 403, body: { title: 'Forbidden', status: 403 } },
    );
    // Set-status is idempotent, so the reset chunk is retried (twice) before its fate is given up on.
    const result = await reply.sequences.contacts.setStatusAll({ id: 1, contactIds: [1, 2, 3, 4, 5, 6], statusInSequence: 'paused' }, { chunkSize: 2 });
    expect(result.succeeded).toEqual([1, 2]);
    expect(result.unknown).toEqual([3, 4]);
    expect(Object.keys(result.failed)).toEqual(['5', '6']);
    expect(result.requestErrors.map(({ contactIds }) => contactIds)).toEqual([
      [3, 4],
      [5, 6],
    ]);
    expect(result.requestErrors[0]?.error).toBeInstanceOf(ConnectionError);
    expect(result.requestErrors[1]?.error).toBeInstanceOf(APIError);
  });
});
