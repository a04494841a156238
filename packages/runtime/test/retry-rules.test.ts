import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, InternalServerError, retryDelay } from '../src/index.js';
import { failure, ok, route, setup } from './harness.js';

describe('which methods are retried after a 5xx or a reset', () => {
  // The route does not mark it idempotent: the method alone must make it safe to repeat.
  const deleteThing = route({ method: 'delete', path: '/things/{id}', pathParams: ['id'], responseType: 'none', idempotent: false });
  const putThing = route({ method: 'put', path: '/things/{id}', pathParams: ['id'], body: 'required', idempotent: false });
  const postThing = route({ method: 'post', path: '/things', body: 'required', idempotent: false });

  it('DELETE is idempotent: retried after a 503 and after a reset', async () => {
    const afterStatus = await setup((index) => (index === 0 ? { status: 503 } : { status: 204 }));
    await afterStatus.core.request(deleteThing, { id: 1 });
    expect(afterStatus.server.requests.map((request) => request.method)).toEqual(['DELETE', 'DELETE']);

    const afterReset = await setup((index) => (index === 0 ? { reset: true } : { status: 204 }));
    await afterReset.core.request(deleteThing, { id: 1 });
    expect(afterReset.server.requests).toHaveLength(2);
  });

  it('PUT is retried, an unmarked POST is not', async () => {
    const put = await setup((index) => (index === 0 ? { status: 502 } : ok()));
    await put.core.request(putThing, { id: 1, body: {} });
    expect(put.server.requests).toHaveLength(2);
    const post = await setup(() => ({ status: 502 }));
    await expect(post.core.request(postThing, { body: {} })).rejects.toBeInstanceOf(InternalServerError);
    expect(post.server.requests).toHaveLength(1);
  });
});

describe('backoff jitter stays within [75 %, 100 %] of each step', () => {
  it.each([
    [0, [375, 750, 1_500, 3_000, 6_000, 6_000]],
    [0.5, [438, 875, 1_750, 3_500, 7_000, 7_000]],
    [1, [500, 1_000, 2_000, 4_000, 8_000, 8_000]],
  ])('random() = %d', (random, expected) => {
    const policy = { ...defaultRetryPolicy, maxRetries: 6 };
    expect([0, 1, 2, 3, 4, 5].map((retry) => retryDelay(retry, policy, null, () => random))).toEqual(expected);
  });

  it('the transport sleeps the jittered delay: random() = 0 gives the 75 % floor', async () => {
    const { clock, core } = await setup(() => ({ status: 503 }), { random: () => 0 });
    const getThing = route({ method: 'get', path: '/things/{id}', pathParams: ['id'] });
    expect(await failure(core.request(getThing, { id: 1 }))).toBeInstanceOf(InternalServerError);
    expect(clock.sleeps).toEqual([375, 750]);
  });
});
