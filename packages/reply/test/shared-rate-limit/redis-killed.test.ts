// Redis dies while the workers are busy: they fall back, finish every call, and share again when it returns.
import { describe, expect, it } from 'vitest';
import { apiKey, expectExactlyOnce, idsFor, redisWarnings, until, useCluster } from './cluster.js';

const cluster = useCluster();

describe('a shared rate-limit budget on Redis', () => {
  it('Redis killed mid-run: falls back with one warning, every call completes once, and shares again when Redis is back', async () => {
    const key = apiKey();
    const { server, workers } = await cluster.startWorkers(cluster.redis.url, key);
    const perWorker = 25;
    const running = Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 2, perWorker))));
    await until(() => server.log.length >= 30, '30 requests before the kill');
    await cluster.redis.kill();
    const results = await running;
    expect(results.map((result) => result.errors)).toEqual(workers.map(() => []));
    expect(results.map((result) => result.ok)).toEqual(workers.map(() => perWorker));
    expectExactlyOnce(server, workers.flatMap((_, index) => idsFor(index, 2, perWorker)));
    // A worker whose calls were all done before the kill has not met the outage yet: more calls, Redis still down.
    const down = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 8, 5))));
    expect(down.map((result) => result.errors)).toEqual(workers.map(() => []));
    expectExactlyOnce(server, workers.flatMap((_, index) => idsFor(index, 8, 5)));
    for (const worker of workers) {
      expect(redisWarnings(worker)).toHaveLength(1);
      expect(redisWarnings(worker)[0]).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+ is unavailable/);
    }
    expect(workers.flatMap((worker) => worker.lines).join('\n')).not.toContain(key);

    await cluster.redis.restart();
    await cluster.expectSharedAgain(3, 4);
  }, 300_000);
});
