// Many worker processes, one API key, one budget in a real redis-server, against a local server that
// enforces its window strictly. Nothing here waits a fixed time: every wait is for a condition, with a
// generous upper bound that only turns a hang into a failure.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startRedisServer, type RedisServer } from '@engagekit/test-support';

const LIMIT = 20;
const WINDOW_MS = 2_000;
const WORKERS = 4;
const BOUND_MS = 120_000; // upper bound of any one wait below: a hang fails, slowness does not
const WORKER_SCRIPT = fileURLToPath(new URL('./fixtures/rate-limit-worker.mjs', import.meta.url));

interface Arrival {
  at: number;
  status: number;
  id: number;
  worker: string;
}

/** A stand-in for Reply that allows LIMIT requests per WINDOW_MS (sliding, by arrival) and answers 429 beyond. */
async function startStrictServer() {
  const log: Arrival[] = [];
  const accepted: number[] = [];
  let forced: { count: number; retryAfterSeconds: number } | undefined;
  const server = http.createServer((request, response) => {
    const at = Date.now();
    const id = Number(request.url!.split('/').pop());
    const worker = String(request.headers['x-worker']);
    const answer429 = (seconds: number) => {
      log.push({ at, status: 429, id, worker });
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(seconds) });
      response.end(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }));
    };
    if (forced && forced.count > 0) {
      forced.count--;
      return answer429(forced.retryAfterSeconds);
    }
    const inside = accepted.filter((time) => time > at - WINDOW_MS);
    if (inside.length >= LIMIT) return answer429(Math.max(1, Math.ceil((inside[inside.length - LIMIT]! + WINDOW_MS - at) / 1000)));
    accepted.push(at);
    log.push({ at, status: 200, id, worker });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id, email: `contact${id}@example.com` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    force429(count: number, retryAfterSeconds: number) {
      forced = { count, retryAfterSeconds };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type StrictServer = Awaited<ReturnType<typeof startStrictServer>>;

interface Done {
  type: 'done';
  seq: number;
  ok: number;
  errors: string[];
  lines: string[];
  waits: string[];
}

/** One forked worker process running the built SDK. */
class Worker {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly waits: string[] = [];
  private readonly inbox: Array<Record<string, unknown>> = [];
  private readonly listeners = new Set<() => void>();
  private seq = 0;

  constructor(
    readonly name: string,
    baseUrl: string,
    redisUrl: string,
    apiKey: string,
  ) {
    this.child = fork(WORKER_SCRIPT, [baseUrl, redisUrl, apiKey, name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: Record<string, unknown>) => {
      this.inbox.push(message);
      for (const listener of this.listeners) listener();
    });
    this.child.on('exit', () => {
      for (const listener of this.listeners) listener();
    });
  }

  private receive<T>(match: (message: Record<string, unknown>) => boolean): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const index = this.inbox.findIndex(match);
        if (index >= 0) {
          done();
          resolve(this.inbox.splice(index, 1)[0] as T);
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          done();
          reject(new Error(`worker ${this.name} exited (${this.child.exitCode ?? this.child.signalCode})`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`worker ${this.name}: no answer within ${BOUND_MS} ms`));
      }, BOUND_MS);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  ready(): Promise<unknown> {
    return this.receive((message) => message.type === 'ready');
  }

  /** Runs the calls concurrently in the worker; resolves when all settled. */
  async calls(ids: number[]): Promise<Done> {
    const seq = ++this.seq;
    this.child.send({ type: 'calls', seq, ids });
    const done = await this.receive<Done>((message) => message.type === 'done' && message.seq === seq);
    this.lines.push(...done.lines);
    this.waits.push(...done.waits);
    return done;
  }

  /** Asks the worker to end by itself (it must not be held open by Redis); resolves with its exit code. */
  async exit(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.send({ type: 'exit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), BOUND_MS);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }

  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + BOUND_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The most requests that arrived in any WINDOW_MS-long window (sliding, by the server's clock). */
function peakPerWindow(arrivals: Arrival[]): number {
  const times = arrivals.map((arrival) => arrival.at).sort((a, b) => a - b);
  let peak = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[start]! <= times[end]! - WINDOW_MS) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** Every call reached the server exactly once as an accepted request. */
function expectExactlyOnce(server: StrictServer, ids: number[]) {
  const accepted = server.log.filter((arrival) => arrival.status === 200).map((arrival) => arrival.id);
  expect(accepted.filter((id) => ids.includes(id)).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
}

const idsFor = (worker: number, phase: number, count: number) => Array.from({ length: count }, (_, index) => phase * 100_000 + worker * 1_000 + index);

let redis: RedisServer;
let server: StrictServer;
let workers: Worker[] = [];
let nextKey = 1;
const apiKey = () => `sk_live_shared_budget_${process.pid}_${nextKey++}_secret`;

beforeAll(async () => {
  redis = await startRedisServer();
}, 600_000); // the first run on a fresh machine installs redis-server with apt-get

afterAll(async () => {
  for (const worker of workers) worker.kill();
  await redis?.stop();
});

afterEach(async () => {
  for (const worker of workers) worker.kill();
  workers = [];
  await server?.close();
});

async function startWorkers(redisUrl: string, key: string): Promise<Worker[]> {
  server = await startStrictServer();
  workers = Array.from({ length: WORKERS }, (_, index) => new Worker(`w${index}`, server.url, redisUrl, key));
  await Promise.all(workers.map((worker) => worker.ready()));
  return workers;
}

/** Waits until no request has reached the server for a whole window, so the next phase starts clean. */
async function quietWindow() {
  await until(() => server.log.length === 0 || Date.now() - server.log.at(-1)!.at > WINDOW_MS, 'a quiet window');
}

/** Single calls from each worker until every one says Redis is back (its calls go through Redis again). */
async function untilBackOnRedis(phase: number) {
  let probe = 0;
  const back = (worker: Worker) => worker.lines.some((line) => line.includes('the budget is shared again'));
  await until(async () => {
    await Promise.all(workers.filter((worker) => !back(worker)).map((worker, index) => worker.calls([phase * 100_000 + 50_000 + index * 1_000 + probe])));
    probe++;
    return workers.every(back);
  }, 'every worker back on Redis');
}

function redisWarnings(worker: Worker): string[] {
  return worker.lines.filter((line) => line.startsWith('warn') && line.includes('Redis'));
}

describe('a shared rate-limit budget on Redis', () => {
  it(`${WORKERS} worker processes share one budget: no 429, no window exceeded, every call once`, async () => {
    const key = apiKey();
    await startWorkers(redis.url, key);
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
    await startWorkers(redis.url, key);
    // Connected first, so what is measured below is the pause, not a worker's start-up.
    await Promise.all(workers.map((worker, index) => worker.calls([910_000 + index])));
    server.force429(1, 3);
    const [first, ...others] = workers;
    const firstCall = first!.calls([900_001]);
    await until(() => server.log.some((arrival) => arrival.status === 429), 'the 429');
    const rejectedAt = server.log.find((arrival) => arrival.status === 429)!.at;

    // The pause is stored beside the budget, under the key's SHA-256 fingerprint (never the key).
    const fingerprint = createHash('sha256').update(key).digest('hex');
    const client = createClient({ url: redis.url });
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

  it('Redis killed mid-run: falls back with one warning, every call completes once, and shares again when Redis is back', async () => {
    const key = apiKey();
    await startWorkers(redis.url, key);
    const perWorker = 25;
    const running = Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 2, perWorker))));
    await until(() => server.log.length >= 30, '30 requests before the kill');
    await redis.kill();
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

    await redis.restart();
    await quietWindow();
    await untilBackOnRedis(3);
    await quietWindow();
    const from = server.log.length;
    const again = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 4, 10))));
    expect(again.map((result) => result.errors)).toEqual(workers.map(() => []));
    // 40 calls at once from 4 processes: only a shared budget keeps all of them under 20 per 2 s.
    expect(server.log.slice(from).filter((arrival) => arrival.status === 429)).toEqual([]);
    expect(peakPerWindow(server.log.slice(from))).toBeLessThanOrEqual(LIMIT);
    for (const worker of workers) expect(redisWarnings(worker)).toHaveLength(1);
    expect(await Promise.all(workers.map((worker) => worker.exit()))).toEqual(workers.map(() => 0));
  }, 300_000);

  it('Redis down at start: every call completes on the in-process limiter, then the budget is shared once Redis is up', async () => {
    const port = await findFreePort();
    const key = apiKey();
    await startWorkers(`redis://127.0.0.1:${port}`, key);
    const results = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 5, 10))));
    expect(results.map((result) => result.errors)).toEqual(workers.map(() => []));
    expectExactlyOnce(server, workers.flatMap((_, index) => idsFor(index, 5, 10)));
    for (const worker of workers) expect(redisWarnings(worker)).toHaveLength(1);

    const late = await startRedisServer({ port });
    try {
      await quietWindow();
      await untilBackOnRedis(6);
      await quietWindow();
      const from = server.log.length;
      const again = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, 7, 10))));
      expect(again.map((result) => result.errors)).toEqual(workers.map(() => []));
      expect(server.log.slice(from).filter((arrival) => arrival.status === 429)).toEqual([]);
      for (const worker of workers) expect(redisWarnings(worker)).toHaveLength(1);
      expect(await Promise.all(workers.map((worker) => worker.exit()))).toEqual(workers.map(() => 0));
    } finally {
      await late.stop();
    }
  }, 300_000);
});
