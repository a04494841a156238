import { describe, expect, it } from 'vitest';
import { AbortError, ConfigurationError, RateLimiter, SdkCore, type Clock, type RateLimitWait } from '../src/index.js';
import { manualClock, memoryLogger } from '@engagekit/test-support';
import { descriptor, route, server as startServer } from './harness.js';

/** Time that moves only when the test says so; sleepers wake when their time has come. */
function steppedClock(start = 0) {
  let now = start;
  const sleepers = new Set<{ until: number; wake(): void }>();
  const clock: Clock & { advance(ms: number): Promise<void>; sleepers: number } = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper = {
          until: now + ms,
          wake: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          sleepers.delete(sleeper);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.add(sleeper);
      }),
    async advance(ms) {
      now += ms;
      for (const sleeper of [...sleepers]) {
        if (sleeper.until <= now) {
          sleepers.delete(sleeper);
          sleeper.wake();
        }
      }
      // Let the woken callers run.
      for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    },
    get sleepers() {
      return sleepers.size;
    },
  };
  return clock;
}

/** Settles within the current microtask turns, or reports 'pending'. */
async function state(promise: Promise<unknown>): Promise<'resolved' | 'rejected' | 'pending'> {
  let result: 'resolved' | 'rejected' | 'pending' = 'pending';
  promise.then(
    () => (result = 'resolved'),
    () => (result = 'rejected'),
  );
  for (let turn = 0; turn < 20; turn++) await Promise.resolve();
  return result;
}

describe('sliding-window timing (sends spread over time)', () => {
  it('waits until the oldest send that still counts leaves the window, not any other send', async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter([{ limit: 3, windowMs: 10_000 }], clock);
    const waits: number[] = [];
    await limiter.acquire(); // t = 0
    clock.advance(2_000);
    await limiter.acquire(); // t = 2 s
    clock.advance(3_000);
    await limiter.acquire(); // t = 5 s
    clock.advance(1_000);
    await limiter.acquire((wait) => waits.push(wait.waitMs)); // t = 6 s: the send at 0 frees the slot at 10 s
    expect(clock.now()).toBe(10_000);
    await limiter.acquire((wait) => waits.push(wait.waitMs)); // t = 10 s: now the send at 2 s decides (12 s)
    expect(clock.now()).toBe(12_000);
    clock.advance(500);
    await limiter.acquire((wait) => waits.push(wait.waitMs)); // t = 12.5 s: the send at 5 s decides (15 s)
    expect(waits).toEqual([4_000, 2_000, 2_500]);
    expect(clock.sleeps).toEqual([4_000, 2_000, 2_500]);
  });

  it('with two full windows, waits for the longer of the two waits, once', async () => {
    const clock = manualClock(0);
    const minute = { limit: 2, windowMs: 10_000 };
    const hour = { limit: 3, windowMs: 100_000 };
    const limiter = new RateLimiter([minute, hour], clock);
    const reported: RateLimitWait[] = [];
    await limiter.acquire(); // t = 0
    clock.advance(20_000);
    await limiter.acquire(); // t = 20 s
    clock.advance(5_000);
    await limiter.acquire(); // t = 25 s
    clock.advance(1_000);
    // t = 26 s: the short window frees at 30 s (4 s), the long one only at 100 s (74 s).
    await limiter.acquire((wait) => reported.push(wait));
    expect(clock.now()).toBe(100_000);
    expect(clock.sleeps).toEqual([74_000]);
    expect(reported).toEqual([{ waitMs: 74_000, window: hour, reason: 'window' }]);
  });

  it('a 429 pause holds every caller until it ends, and the longer of pause and window wins', async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter([{ limit: 1, windowMs: 1_000 }], clock);
    await limiter.acquire();
    limiter.pause(5_000);
    const reported: RateLimitWait[] = [];
    await limiter.acquire((wait) => reported.push(wait));
    expect(clock.now()).toBe(5_000);
    expect(reported).toEqual([{ waitMs: 5_000, reason: 'paused' }]);
  });
});

describe('aborting a call that waits in the limiter queue', () => {
  it('rejects at once, behind another waiter too, and takes no slot', async () => {
    const clock = steppedClock();
    const limiter = new RateLimiter([{ limit: 1, windowMs: 60_000 }], clock);
    await limiter.acquire(); // t = 0, the one slot of this minute
    const first = new AbortController();
    const second = new AbortController();
    const waitingHead = limiter.acquire(undefined, first.signal);
    const waitingBehind = limiter.acquire(undefined, second.signal);
    const survivor = limiter.acquire();
    expect(await state(waitingBehind)).toBe('pending');

    second.abort(new Error('caller gave up'));
    expect(await state(waitingBehind)).toBe('rejected');
    await expect(waitingBehind).rejects.toThrow('caller gave up');

    first.abort(new Error('head gave up'));
    expect(await state(waitingHead)).toBe('rejected');
    expect(await state(survivor)).toBe('pending');

    // The aborted calls used no slot: the survivor goes at 60 s, and the next waits a full window.
    await clock.advance(60_000);
    expect(await state(survivor)).toBe('resolved');
    const next = limiter.acquire();
    await clock.advance(59_999);
    expect(await state(next)).toBe('pending');
    await clock.advance(1);
    expect(await state(next)).toBe('resolved');
    expect(clock.sleepers).toBe(0);
  });

  it('through the SDK: an aborted queued call is an AbortError at once and sends nothing', async () => {
    const server = await startServer(() => ({ status: 200, body: { ok: true } }));
    const clock = steppedClock(Date.parse('2026-01-01T00:00:00Z'));
    const core = new SdkCore(
      descriptor,
      { apiKey: 'abort-queue-key-1', baseUrl: server.url, clock, logLevel: 'off', rateLimit: { perMinute: 1 } },
      { rateLimit: {} },
    );
    await core.request(getThing, { id: 1 });
    const controller = new AbortController();
    const queued = core.request(getThing, { id: 2 }, { signal: controller.signal });
    queued.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await queued.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('a 429 in one call pauses the others sharing the key', () => {
  it('the next call from another client with the same key waits out Retry-After first', async () => {
    const server = await startServer((_request, index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '5' }, body: { title: 'Too Many Requests' } } : { status: 200, body: { ok: true } },
    );
    const clock = manualClock();
    const waits: RateLimitWait[] = [];
    const make = () =>
      new SdkCore(
        descriptor,
        { apiKey: 'pause-key-1', baseUrl: server.url, clock, logLevel: 'off', maxRetries: 0, rateLimit: { perMinute: 100, onRateLimit: (wait) => waits.push(wait) } },
        { rateLimit: {} },
      );
    const [first, second] = [make(), make()];
    await expect(first.request(getThing, { id: 1 })).rejects.toThrow();
    await second.request(getThing, { id: 2 });
    expect(waits).toEqual([{ waitMs: 5_000, reason: 'paused' }]);
    expect(clock.sleeps).toEqual([5_000]);
  });
});

describe('rate-limit options are checked when the client is built', () => {
  const build = (rateLimit: unknown) => () =>
    new SdkCore(descriptor, { apiKey: 'validation-key', rateLimit: rateLimit as never, logger: memoryLogger() }, { rateLimit: { perMinute: 100 } });

  it.each([
    [{ perMinute: -1 }, 'rateLimit.perMinute'],
    [{ perMinute: 0 }, 'rateLimit.perMinute'],
    [{ perMinute: 0.5 }, 'rateLimit.perMinute'],
    [{ perHour: Number.NaN }, 'rateLimit.perHour'],
    [{ windows: [{ limit: 0, windowMs: 1_000 }] }, 'rateLimit.windows[0].limit'],
    [{ windows: [{ limit: 5, windowMs: 1_000 }, { limit: 2.5, windowMs: 1_000 }] }, 'rateLimit.windows[1].limit'],
    [{ windows: [{ limit: 5, windowMs: 0 }] }, 'rateLimit.windows[0].windowMs'],
    [{ windows: [{ limit: 5, windowMs: Number.POSITIVE_INFINITY }] }, 'rateLimit.windows[0].windowMs'],
    [{ windows: [{ limit: 5 }] }, 'rateLimit.windows[0].windowMs'],
    [{ windows: 'fast' }, 'rateLimit.windows'],
    [{ redisUrl: 'http://localhost:6379' }, 'rateLimit.redisUrl'],
    [{ redis: {} }, 'rateLimit.redis'],
    [{ redisUrl: 'redis://127.0.0.1:6379', redisTimeoutMs: 0 }, 'rateLimit.redisTimeoutMs'],
    [{ redisUrl: 'redis://127.0.0.1:6379', redisTimeoutMs: Number.POSITIVE_INFINITY }, 'rateLimit.redisTimeoutMs'],
    [{ redisUrl: 'redis://127.0.0.1:6379', redisTimeoutMs: '5s' }, 'rateLimit.redisTimeoutMs'],
    ['yes', 'rateLimit'],
  ])('%j is a ConfigurationError naming %s', (rateLimit, name) => {
    expect(build(rateLimit)).toThrow(ConfigurationError);
    expect(build(rateLimit)).toThrow(name);
  });

  it('windows replace the defaults; valid options build', async () => {
    const server = await startServer(() => ({ status: 200, body: { ok: true } }));
    const clock = manualClock(0);
    const core = new SdkCore(
      descriptor,
      { apiKey: 'windows-key-1', baseUrl: server.url, clock, logLevel: 'off', rateLimit: { windows: [{ limit: 2, windowMs: 5_000 }] } },
      { rateLimit: { perMinute: 1 } },
    );
    for (let id = 0; id < 3; id++) await core.request(getThing, { id });
    // perMinute: 1 from the defaults would have made the second call wait 60 s.
    expect(clock.sleeps).toEqual([5_000]);
  });
});

const getThing = route({ operationId: 'GetThing', method: 'get', path: '/things/{id}', pathParams: ['id'], idempotent: true });
