// The shared rate-limit tests' cluster: worker processes running the built SDK with one API key, one
// budget in a real redis-server, and a local server that enforces its window strictly. Each test file
// gets its own redis-server and server, so the files run side by side. Nothing here waits a fixed
// time: every wait is for a condition, with a generous upper bound that only turns a hang into a failure.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startRedisServer, type RedisServer } from '@engagekit/test-support';

export const LIMIT = 20;
export const WINDOW_MS = 2_000;
export const WORKERS = 4;
const BOUND_MS = 120_000; // upper bound of any one wait below: a hang fails, slowness does not
const WORKER_SCRIPT = fileURLToPath(new URL('../fixtures/rate-limit-worker.mjs', import.meta.url));

interface Arrival {
  at: number;
  status: number;
  id: number;
  worker: string;
}

/** A stand-in for Reply that allows LIMIT requests per WINDOW_MS (sliding, by arrival) and answers 429 beyond. */
export async function startStrictServer() {
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
export type StrictServer = Awaited<ReturnType<typeof startStrictServer>>;

interface Done {
  type: 'done';
  seq: number;
  ok: number;
  errors: string[];
  lines: string[];
  waits: string[];
}

/** One forked worker process running the built SDK. */
export class Worker {
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

export async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + BOUND_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The most requests that arrived in any WINDOW_MS-long window (sliding, by the server's clock). */
export function peakPerWindow(arrivals: Arrival[]): number {
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
export function expectExactlyOnce(server: StrictServer, ids: number[]) {
  const accepted = server.log.filter((arrival) => arrival.status === 200).map((arrival) => arrival.id);
  expect(accepted.filter((id) => ids.includes(id)).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
}

export const idsFor = (worker: number, phase: number, count: number) => Array.from({ length: count }, (_, index) => phase * 100_000 + worker * 1_000 + index);

let nextKey = 1;
/** A fresh key per test, shaped like a live one, so a leak of it into logs or Redis is visible. */
export const apiKey = () => `sk_live_shared_budget_${process.pid}_${nextKey++}_secret`;

export function redisWarnings(worker: Worker): string[] {
  return worker.lines.filter((line) => line.startsWith('warn') && line.includes('Redis'));
}

/** This file's redis-server (started before its tests) and, per test, a strict server and workers. */
export function useCluster(options: { redis?: boolean } = {}) {
  let redis: RedisServer | undefined;
  let server: StrictServer | undefined;
  let workers: Worker[] = [];

  beforeAll(async () => {
    if (options.redis !== false) redis = await startRedisServer();
  }, 600_000); // the first run on a fresh machine installs redis-server with apt-get

  afterAll(async () => {
    for (const worker of workers) worker.kill();
    await redis?.stop();
  });

  afterEach(async () => {
    for (const worker of workers) worker.kill();
    workers = [];
    await server?.close();
    server = undefined;
  });

  const current = () => {
    if (!server) throw new Error('no workers started in this test');
    return { server, workers };
  };

  return {
    get redis(): RedisServer {
      if (!redis) throw new Error('redis-server did not start');
      return redis;
    },

    async startWorkers(redisUrl: string, key: string): Promise<{ server: StrictServer; workers: Worker[] }> {
      const strict = await startStrictServer();
      server = strict;
      workers = Array.from({ length: WORKERS }, (_, index) => new Worker(`w${index}`, strict.url, redisUrl, key));
      await Promise.all(workers.map((worker) => worker.ready()));
      return { server: strict, workers };
    },

    /** Waits until no request has reached the server for a whole window, so the next phase starts clean. */
    async quietWindow() {
      const { server } = current();
      await until(() => server.log.length === 0 || Date.now() - server.log.at(-1)!.at > WINDOW_MS, 'a quiet window');
    },

    /** Single calls from each worker until every one says Redis is back (its calls go through Redis again). */
    async untilBackOnRedis(phase: number) {
      const { workers } = current();
      let probe = 0;
      const back = (worker: Worker) => worker.lines.some((line) => line.includes('the budget is shared again'));
      await until(async () => {
        await Promise.all(workers.filter((worker) => !back(worker)).map((worker, index) => worker.calls([phase * 100_000 + 50_000 + index * 1_000 + probe])));
        probe++;
        return workers.every(back);
      }, 'every worker back on Redis');
    },

    /**
     * After an outage: once every worker is back on Redis, 10 calls at once from each must again
     * share one budget (no 429, no window over LIMIT), with still only the one warning per worker;
     * then every worker ends by itself.
     */
    async expectSharedAgain(backPhase: number, burstPhase: number) {
      const { server, workers } = current();
      await this.quietWindow();
      await this.untilBackOnRedis(backPhase);
      await this.quietWindow();
      const from = server.log.length;
      const again = await Promise.all(workers.map((worker, index) => worker.calls(idsFor(index, burstPhase, 10))));
      expect(again.map((result) => result.errors)).toEqual(workers.map(() => []));
      // 40 calls at once from 4 processes: only a shared budget keeps all of them under 20 per 2 s.
      expect(server.log.slice(from).filter((arrival) => arrival.status === 429)).toEqual([]);
      expect(peakPerWindow(server.log.slice(from))).toBeLessThanOrEqual(LIMIT);
      for (const worker of workers) expect(redisWarnings(worker)).toHaveLength(1);
      expect(await Promise.all(workers.map((worker) => worker.exit()))).toEqual(workers.map(() => 0));
    },
  };
}
