import { startMocks, type MockFleet } from '@engagekit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, NotFoundError, UnprocessableEntityError, Whippy } from '../src/index.js';

let fleet: MockFleet;
let whippy: Whippy;
const contactId = '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11';

beforeAll(async () => {
  fleet = await startMocks({ apis: ['whippy-v1'], ports: { 'whippy-v1': 0 }, requireAll: true });
  whippy = new Whippy({ apiKey: 'whippy-test-key', baseUrl: fleet.url('whippy-v1'), logLevel: 'off' });
});
afterAll(() => fleet?.stop());

describe('Whippy SDK against the Prism mock', () => {
  it('lists a contact’s sequences with typed steps', async () => {
    const page = await whippy.contacts.listSequences({ id: contactId, body: { limit: 10 } });
    expect(page.total).toBe(2);
    expect(page.data[0]?.current_step?.title).toBe('Follow-up');
  });

  it('throws UnprocessableEntityError for a limit over 500', async () => {
    const error = await whippy.contacts.listSequences({ id: contactId, body: { limit: 501 } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).status).toBe(422);
  });

  it('throws NotFoundError with Prefer: code=404', async () => {
    const error = await whippy.contacts
      .listSequences({ id: contactId }, { headers: { Prefer: 'code=404' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain('Contact not found');
  });

  it('reads WHIPPY_API_KEY in fromEnv and refuses to start without it', () => {
    const before = process.env.WHIPPY_API_KEY;
    delete process.env.WHIPPY_API_KEY;
    try {
      expect(() => Whippy.fromEnv()).toThrow(ConfigurationError);
      process.env.WHIPPY_API_KEY = 'from-env';
      expect(Whippy.fromEnv()).toBeInstanceOf(Whippy);
    } finally {
      if (before === undefined) delete process.env.WHIPPY_API_KEY;
      else process.env.WHIPPY_API_KEY = before;
    }
  });
});

describe('rate-limit options', () => {
  it('takes the same rateLimit options as Reply, and refuses a bad window when built', () => {
    expect(() => new Whippy({ apiKey: 'whippy-rl-key', rateLimit: { windows: [{ limit: 0, windowMs: 1_000 }] } })).toThrow(ConfigurationError);
    expect(() => new Whippy({ apiKey: 'whippy-rl-key', rateLimit: { perMinute: 0.5 } })).toThrow('rateLimit.perMinute');
    // Redis is only contacted on the first call, so building a client never blocks or fails on it.
    expect(new Whippy({ apiKey: 'whippy-rl-key', rateLimit: { windows: [{ limit: 10, windowMs: 1_000 }], redisUrl: 'redis://127.0.0.1:1' } })).toBeInstanceOf(Whippy);
  });
});
