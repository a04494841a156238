// Four worker processes share one budget through Redis: no 429, no window exceeded, and a 429 one
// of them meets pauses them all.
import { createHash } from 'node:crypto';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { apiKey, expectExactlyOnce, idsFor, LIMIT, peakPerWindow, redisWarnings, until, useCluster, WINDOW_MS, WORKERS } from './cluster.js';

const cluster = useCluster();

describe('a shared rate-limit budget on Redis', () => {
  it(`${WORKERS} worker processes share one budget: no 429, no window exceeded, every call once`, async () => {
    const key = apiKey();
    const { server, workers } = await cluster.startWorkers(cluster.redis.url, key);
    const perWorker = 25;
    const started = Date.now();
    const results = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 1, perWorker))));
    const total = WORKERS * perWorker;

    expect(results.map((result) => result.errors)).toEqual(workers.map(() => []));
    expect(results.map((result) => result.ok)).toEqual(workers.map(() => perWorker));
    expect(server.log.filter((arrival) => arrival.status === 429)).toEqual([]);
    expectExactlyOnce(server, workers.flatMap((_, index) => idsFor(index, 1, perWorker)));
    const peak = peakPerWindow(server.log);
    expect(peak).toBeLessThanOrEqual(LIMIT);

    const floor = (Math.ceil(total / LIMIT) - 1) * WINDOW_MS;
    const span = server.log.at(-1)!.at - server.log[0]!.at;
    console.log(
      `shared budget: ${WORKERS} processes, ${total} calls at ${LIMIT} per ${WINDOW_MS} ms: 429s 0, peak per window ${peak}, ` +
        `first-to-last request ${span} ms against a floor of ${floor} ms (+${span - floor} ms), wall time ${Date.now() - started} ms`,
    );
    // Correctness is asserted above; this only catches a limiter that serialises far below the rate.
    expect(span).toBeLessThan(floor + 60_000);
    // Every worker was held back (the budget really is shared), and none logged a Redis problem.
    expect(workers.map((worker) => worker.waits.length > 0)).toEqual(workers.map(() => true));
    expect(workers.flatMap(redisWarnings)).toEqual([]);
    expect(workers.flatMap((worker) => worker.lines).join('\n')).not.toContain(key);
    expect(await Promise.all(workers.map((worker) => worker.exit()))).toEqual(workers.map(() => 0));
  }, 300_000);

  it('one 429 with Retry-After pauses every worker sharing the key, through Redis', async () => {
    const key = apiKey();
    const { server, workers } = await cluster.startWorkers(cluster.redis.url, key);
    // Connected first, so what is measured below is the pause, not a worker's start-up.
    await Promise.all(workers.map((worker, index) => worker.calls([910_000 + index])));
    server.force429(1, 3);
    const [first, ...others] = workers;
    const firstCall = first!.calls([900_001]);
    await until(() => server.log.some((arrival) => arrival.status === 429), 'the 429');
    const rejectedAt = server.log.find((arrival) => arrival.status === 429)!.at;

    // The pause is stored beside the budget, under the key's SHA-256 fingerprint (never the key).
    const fingerprint = createHash('sha256').update(key).digest('hex');
    const client = createClient({ url: cluster.redis.url });
    await client.connect();
    try {
      await until(async () => (await client.exists(`engagekit:rate-limit:{${fingerprint}}:pause`)) === 1, 'the pause in Redis');
      const stored = await client.keys('engagekit:rate-limit:*');
      expect(stored.join(' ')).not.toContain(key);
      expect(await client.pTTL(`engagekit:rate-limit:{${fingerprint}}:pause`)).toBeGreaterThan(0);
    } finally {
      await client.close();
    }

    const results = await Promise.all([firstCall, ...others.map((worker, index) => worker.calls([900_100 + index]))]);
    expect(results.map((result) => result.errors)).toEqual(workers.map(() => []));
    const later = server.log.filter((arrival) => arrival.at >= rejectedAt && arrival.status === 200);
    expect(later.map((arrival) => arrival.status)).toEqual(workers.map(() => 200));
    // Nobody, in any process, sent before the 3 s were over.
    for (const arrival of later) expect(arrival.at - rejectedAt).toBeGreaterThanOrEqual(3_000);
    expect(server.log.filter((arrival) => arrival.status === 429)).toHaveLength(1);
  }, 300_000);
});
