import { listApis, type MockableApi } from './manifest.js';
import { startPrism, type RunningPrism } from './prism.js';

export interface StartMocksOptions {
  /** Which APIs to start (registry ids such as `reply-v3`); all when omitted. */
  apis?: string[];
  /** Port per API id. `0` picks a free port. Defaults to each API's fixed port. */
  ports?: Record<string, number>;
  host?: string;
  dynamic?: boolean;
  readyTimeoutMs?: number;
  /**
   * Throw when any mock cannot start (stopping the ones that did), with every failure's reason.
   * Tests want this; the CLI keeps the others running instead.
   */
  requireAll?: boolean;
}

export interface RunningMock extends RunningPrism {
  readonly api: MockableApi;
}

export interface MockFleet {
  readonly running: RunningMock[];
  /** APIs whose mock could not start, with the reason; the others keep running. */
  readonly failed: { api: MockableApi; error: Error }[];
  /** Base URL of the running mock for an API id; throws, naming why, when it is not running. */
  url(apiId: string): string;
  stop(): Promise<void>;
}

/** Starts one Prism process per API, in parallel. A mock that fails to start does not stop the others. */
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
