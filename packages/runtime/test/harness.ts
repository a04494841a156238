// What the runtime's fault tests share: a test API descriptor, route specs, and an SdkCore pointed
// at a scripted loopback server with a manual clock.
import { afterEach } from 'vitest';
import { SdkCore, type ApiDescriptor, type RouteSpec, type SdkOptions } from '../src/index.js';
import { manualClock, memoryLogger, startFaultServer, type FaultServer, type RecordedRequest, type Step } from '@engagekit/test-support';

export const SECRET = 'sk_live_8f3a9c2e71d04b5f';

export const descriptor: ApiDescriptor = {
  id: 'test-v1',
  title: 'Test API',
  packageName: '@engagekit/test-v1',
  packageVersion: '0.0.0',
  defaultBaseUrl: 'https://api.example.test',
  auth: { type: 'bearer' },
  apiKeyEnv: 'TEST_API_KEY',
};
export const headerKeyDescriptor: ApiDescriptor = { ...descriptor, auth: { type: 'apiKeyHeader', header: 'X-API-Key' } };

export function route(partial: Partial<RouteSpec> & Pick<RouteSpec, 'method' | 'path'>): RouteSpec {
  return {
    operationId: 'Op',
    pathParams: [],
    queryParams: [],
    headerParams: [],
    body: 'none',
    bodyType: 'json',
    responseType: 'json',
    idempotent: false,
    paginated: false,
    job: false,
    bodyArrayMaxItems: {},
    ...partial,
  };
}

const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

export async function server(script: (request: RecordedRequest, index: number) => Step): Promise<FaultServer> {
  const started = await startFaultServer(script);
  servers.push(started);
  return started;
}

export async function setup(
  script: (index: number, request: RecordedRequest) => Step,
  options: Partial<SdkOptions> = {},
  api: ApiDescriptor = descriptor,
) {
  const fault = await server((request, index) => script(index, request));
  const clock = manualClock();
  const logger = memoryLogger();
  const core = new SdkCore(
    api,
    { apiKey: SECRET, baseUrl: fault.url, clock, logger, logLevel: 'debug', rateLimit: false, random: () => 1, ...options },
    { rateLimit: {} },
  );
  return { server: fault, clock, logger, core };
}

export const ok = (body: unknown = { ok: true }): Step => ({ status: 200, body });

/**
 * A fetch that counts the client's attempts. A test of timeouts counts here, not in the server's
 * log: on a loaded machine an attempt can time out before the server has read the request.
 */
export function countingFetch() {
  const attempts: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    attempts.push(String(input instanceof Request ? input.url : input));
    return globalThis.fetch(input, init);
  };
  return { attempts, fetch };
}

export async function failure(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}
