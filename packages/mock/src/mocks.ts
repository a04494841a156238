import { listApis, type MockableApi } from './manifest.js';
import { startPrism, type RunningPrism } from './prism.js';
import { startStatefulMock } from './stateful.js';
import type { MockEngine } from './engine/engine.js';

export interface StartMocksOptions {
  /** Which APIs to start (registry ids such as `reply-v3`); all when omitted. */
  apis?: string[];
  /** Port per API id. `0` picks a free port. Defaults to each API's fixed port. */
  ports?: Record<string, number>;
  host?: string;
  /** Plain Prism processes (static examples, Prism's validation) instead of the stateful mock. */
  stateless?: boolean;
  /** Prism only: generate responses from the schemas. Implies `stateless`. */
  dynamic?: boolean;
  readyTimeoutMs?: number;
  /** Stateful mock only: every answer waits a random time in this range (ms). */
  latency?: { min: number; max: number };
  /** Stateful mock only: share of requests (0..1) answered with an injected 429 or 5xx. */
  faultRate?: number;
  /**
   * Throw when any mock cannot start (stopping the ones that did), with every failure's reason.
   * Tests want this; the CLI keeps the others running instead.
   */
  requireAll?: boolean;
}

export interface RunningMock extends RunningPrism {
  readonly api: MockableApi;
  /** The stateful mock's engine (in this process); undefined for Prism. */
  readonly engine?: MockEngine;
}

export interface MockFleet {
  readonly running: RunningMock[];
  /** APIs whose mock could not start, with the reason; the others keep running. */
  readonly failed: { api: MockableApi; error: Error }[];
  /** Base URL of the running mock for an API id; throws, naming why, when it is not running. */
  url(apiId: string): string;
  stop(): Promise<void>;
}

/**
 * Starts one mock per API, in parallel: the stateful mock in this process by default, or one
 * Prism process per API with `stateless`. A mock that fails to start does not stop the others.
 */
export async function startMocks(options: StartMocksOptions = {}): Promise<MockFleet> {
  const known = listApis();
  const wanted = options.apis ?? known.map((api) => api.id);
  const unknown = wanted.filter((id) => !known.some((api) => api.id === id));
  if (unknown.length > 0) {
    throw new Error(`Unknown API ${unknown.map((id) => `"${id}"`).join(', ')}. Known: ${known.map((api) => api.id).join(', ')}.`);
  }
  const selected = known.filter((api) => wanted.includes(api.id));
  const outcomes = await Promise.allSettled(
    selected.map(async (api): Promise<RunningMock> => {
      const requested = options.ports?.[api.id] ?? api.defaultPort;
      if (!options.stateless && !options.dynamic) {
        const mock = await startStatefulMock(api, { port: requested, host: options.host, latency: options.latency, faultRate: options.faultRate });
        return Object.assign(mock, { api });
      }
      const prism = await startPrism({
        specPath: api.specPath,
        port: requested === 0 ? undefined : requested,
        host: options.host,
        dynamic: options.dynamic,
        readyTimeoutMs: options.readyTimeoutMs,
      });
      return Object.assign(prism, { api });
    }),
  );
  const running: RunningMock[] = [];
  const failed: MockFleet['failed'] = [];
  outcomes.forEach((outcome, index) => {
    const api = selected[index]!;
    if (outcome.status === 'fulfilled') running.push(outcome.value);
    else failed.push({ api, error: outcome.reason instanceof Error ? outcome.reason : new Error(String(outcome.reason)) });
  });
  const stop = async () => {
    await Promise.all(running.map((mock) => mock.stop()));
  };
  if (options.requireAll && failed.length > 0) {
    await stop();
    throw new MockStartError(failed);
  }
  return {
    running,
    failed,
    url(apiId) {
      const mock = running.find((candidate) => candidate.api.id === apiId);
      if (mock) return mock.url;
      const failure = failed.find(({ api }) => api.id === apiId);
      if (failure) throw new Error(`The ${apiId} mock did not start: ${failure.error.message}`);
      throw new Error(`No ${apiId} mock was started; running: ${running.map((other) => other.api.id).join(', ') || 'none'}.`);
    },
    stop,
  };
}

/** Raised by `startMocks({ requireAll: true })`; its message carries every failed API and why. */
export class MockStartError extends Error {
  override name = 'MockStartError';
  constructor(readonly failures: MockFleet['failed']) {
    super(`${failures.length} mock(s) did not start:\n${failures.map(({ api, error }) => `${api.id}: ${error.message}`).join('\n')}`);
  }
}
