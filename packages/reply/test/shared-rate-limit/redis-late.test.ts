// Redis is not there when the workers start: they run on their own limiters, then share once it is up.
import { findFreePort, startRedisServer } from '@engagekit/test-support';
import { describe, expect, it } from 'vitest';
import { apiKey, expectExactlyOnce, idsFor, redisWarnings, useCluster } from './cluster.js';

// No redis-server of its own: this test starts one late, on a port the workers already use.
const cluster = useCluster({ redis: false });

describe('a shared rate-limit budget on Redis', () => {
  it('Redis down at start: every call completes on the in-process limiter, then the budget is shared once Redis is up', async () => {
    const port = await findFreePort();
    const key = apiKey();
    const { server, workers } = await cluster.startWorkers(`redis://127.0.0.1:${port}`, key);
    const results = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 5, 10))));
    expect(results.map((result) => result.errors)).toEqual(workers.map(() => []));
    expectExactlyOnce(server, workers.flatMap((_, index) => idsFor(index, 5, 10)));
    for (const worker of workers) expect(redisWarnings(worker)).toHaveLength(1);

    const late = await startRedisServer({ port });
    try {
      await cluster.expectSharedAgain(6, 7);
    } finally {
      await late.stop();
    }
  }, 300_000);
});
