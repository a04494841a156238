import createOpenApiClient, { type Client } from 'openapi-fetch';
import { APIPromise, type WithResponse } from './api-promise.js';
import { authHeaders } from './auth.js';
import { systemClock, type Clock } from './clock.js';
import { baseClientOptions, validateOptions, type ApiDescriptor } from './client.js';
import { APIError, ConfigurationError, InvalidResponseError } from './errors.js';
import { JobHandle, jobIdFrom, type JobProtocol } from './jobs.js';
import { isLogLevel, leveledLogger, type Logger, type LogLevel } from './logger.js';
import { OutgoingRequest } from './outgoing-request.js';
import { PagePromise, type TopSkipPage } from './pagination.js';
import { rateLimiterFor, type RateLimitOptions } from './rate-limit-options.js';
export type { RateLimitOptions } from './rate-limit-options.js';
import { checkInput, checkRequestOptions, inputProblem } from './input.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry.js';
import { responseValidation, type ResponseValidation, type ValidateResponsesMode } from './response-validation.js';
import type { ListRequestOptions, RequestOptions, RouteSpec, RouteTable } from './routes.js';
import { isValidTimeout, MAX_TIMEOUT_MS, transportFetch, type TransportConfig } from './transport.js';

export interface SdkOptions {
  apiKey: string;
  baseUrl?: string;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds, headers and body (default 60,000); `Infinity` for none. */
  timeout?: number;
  fetch?: typeof globalThis.fetch;
  /** Where log lines go (default `console`). */
  logger?: Logger;
  /** Default `warn`. Auth headers are always redacted. */
  logLevel?: LogLevel;
  /** Client-side rate limiting; `false` turns it off. */
  rateLimit?: RateLimitOptions | false;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Check response bodies against the spec: log mismatches, or throw ResponseValidationError (default 'off'). */
  validateResponses?: ValidateResponsesMode;
  /** @internal Injected time, for tests. */
  clock?: Clock;
  /** @internal Injected randomness for backoff jitter, for tests. */
  random?: () => number;
}

export interface SdkDefaults {
  /** Default rate-limit windows; empty for none. */
  rateLimit: { perMinute?: number; perHour?: number };
}

type AnyClient = Client<Record<string, Record<string, unknown>>>;

/**
 * Everything one SDK client instance needs to send a request: shared by all its methods. The key
 * and what holds it live in private fields, so `util.inspect` and `JSON.stringify` never show it.
 */
export class SdkCore {
  readonly descriptor: ApiDescriptor;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly #client: AnyClient;
  readonly #transport: TransportConfig;
  readonly #apiKey: string;
  readonly #validation: ResponseValidation | undefined;

  constructor(descriptor: ApiDescriptor, options: SdkOptions, defaults: SdkDefaults) {
    validateOptions(descriptor, options);
    if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)) {
      throw new ConfigurationError(`${descriptor.packageName}: maxRetries must be a whole number ≥ 0.`);
    }
    if (options.timeout !== undefined && !isValidTimeout(options.timeout)) {
      throw new ConfigurationError(
        `${descriptor.packageName}: timeout must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}, or Infinity for none.`,
      );
    }
    if (options.logLevel !== undefined && !isLogLevel(options.logLevel)) {
      throw new ConfigurationError(`${descriptor.packageName}: logLevel must be one of off, error, warn, info, debug.`);
    }
    this.descriptor = descriptor;
    this.#apiKey = options.apiKey;
    this.clock = options.clock ?? systemClock;
    this.logger = leveledLogger(options.logLevel ?? 'warn', options.logger);
    this.#validation = responseValidation(descriptor, options.validateResponses, this.logger, options.apiKey);
    const retry: RetryPolicy = { ...defaultRetryPolicy, maxRetries: options.maxRetries ?? defaultRetryPolicy.maxRetries };
    this.#transport = {
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      clock: this.clock,
      logger: this.logger,
      debug: (options.logLevel ?? 'warn') === 'debug',
      retry,
      timeoutMs: options.timeout ?? 60_000,
      rateLimiter: rateLimiterFor(descriptor.packageName, options, defaults, this.logger, this.clock),
      onRateLimit: options.rateLimit ? options.rateLimit.onRateLimit : undefined,
      secret: options.apiKey,
      random: options.random,
    };
    // The transport is passed per call, so this client needs no fetch of its own.
    this.#client = createOpenApiClient({ ...baseClientOptions(descriptor, options), Request: OutgoingRequest as unknown as typeof Request }) as unknown as AnyClient;
  }

  /**
   * Sends one operation and resolves with its parsed body, or throws a typed error. The input is
   * checked against the route before anything is sent.
   */
  async request<T>(route: RouteSpec, input: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<WithResponse<T>> {
    checkInput(route, input);
    checkRequestOptions(route, options);
    // Only the locations the operation has: openapi-fetch does work for every one it is given.
    const params: Record<string, unknown> = {};
    if (route.pathParams.length > 0) params.path = pick(input, route.pathParams);
    if (route.queryParams.length > 0) params.query = pick(input, route.queryParams);
    if (route.headerParams.length > 0) params.header = pick(input, route.headerParams);
    const method = route.method.toUpperCase() as 'GET';
    const init: Record<string, unknown> = {
      params,
      fetch: transportFetch(this.#transport, { ...options, idempotent: route.idempotent }),
    };
    // Per-call headers merge over the client's, but never over the auth header.
    if (options.headers) init.headers = { ...options.headers, ...authHeaders(this.descriptor.auth, this.#apiKey) };
    if (route.body !== 'none' && input.body !== undefined) {
      init.body = route.bodyType === 'multipart' ? toFormData(input.body) : input.body;
    }
    if (route.responseType === 'text') init.parseAs = 'text';
    type Result = { data?: unknown; error?: unknown; response: Response };
    let result: Result;
    try {
      result = await (this.#client[method] as (path: string, init: unknown) => Promise<Result>)(route.path, init);
    } catch (error) {
      // openapi-fetch parses 2xx bodies itself; a body that is not JSON surfaces here as a SyntaxError.
      if (!(error instanceof SyntaxError)) throw error;
      const info = { method, path: route.path };
      throw new InvalidResponseError(`${method} ${route.path}: the response body is not valid JSON`, info, 200, { cause: error });
    }
    const { data, error, response } = result;
    if (this.#validation) await this.#validation.check(route.operationId, response, response.ok ? data : error);
    if (!response.ok) {
      throw APIError.from({
        status: response.status,
        headers: response.headers,
        body: error,
        method,
        path: new URL(response.url || 'http://x' + route.path).pathname,
        secret: this.#apiKey,
      });
    }
    // A job's 202 may come without a body; any other operation documenting JSON must send some.
    if (data === undefined && route.responseType === 'json' && !route.job) {
      throw new InvalidResponseError(
        `${method} ${route.path}: answered ${response.status} without a body, but ${route.operationId} documents a JSON body`,
        { method, path: route.path },
        response.status,
      );
    }
    return { data: data as T, response };
  }
}

/** Uploads: Blobs and Files go as file parts, objects as JSON text, the rest as strings. */
function toFormData(body: unknown): unknown {
  if (body instanceof FormData || body === null || typeof body !== 'object') return body;
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (part === undefined) continue;
      if (part instanceof Blob) form.append(name, part);
      else form.append(name, typeof part === 'object' && part !== null ? JSON.stringify(part) : String(part));
    }
  }
  return form;
}

function pick(input: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (input[name] !== undefined) picked[name] = input[name];
  return picked;
}

/** Builds `{ contacts: { get, list, … }, sequences: { contacts: { … } } }` from a flat route table. */
export function buildMethods<Tree>(core: SdkCore, routes: RouteTable, jobs?: JobProtocol<unknown>): Tree {
  const tree: Record<string, unknown> = {};
  for (const [name, route] of Object.entries(routes)) {
    const segments = name.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) {
      const next = (node[segment] ??= {});
      if (typeof next === 'function') throw new ConfigurationError(`SDK name ${name}: ${segment} is both a method and a namespace`);
      node = next as Record<string, unknown>;
    }
    node[segments.at(-1)!] = methodFor(core, route, jobs);
  }
  return tree as Tree;
}

function methodFor(core: SdkCore, route: RouteSpec, jobs: JobProtocol<unknown> | undefined) {
  if (route.paginated) {
    const info = { method: route.method.toUpperCase(), path: route.path };
    return (input: Record<string, unknown> = {}, options?: ListRequestOptions) => {
      const problem = inputProblem(route, input);
      const { maxPages, ...requestOptions } = options ?? {};
      return new PagePromise<TopSkipPage<unknown>>(
        (skip) => (problem ? Promise.reject(problem) : core.request(route, { ...input, skip }, requestOptions)),
        typeof input.skip === 'number' ? input.skip : 0,
        { request: info, maxPages },
      );
    };
  }
  if (route.job && jobs) {
    return (input?: Record<string, unknown>, options?: RequestOptions) =>
      new APIPromise(
        core.request(route, input, options).then(({ data, response }) => {
          const id = jobIdFrom(response.headers.get('location'), data);
          if (!id) throw new APIError({ status: response.status, headers: response.headers, body: data, method: route.method.toUpperCase(), path: route.path });
          return { data: new JobHandle(id, response.headers.get('location') ?? undefined, data, jobs, core.clock), response };
        }),
      );
  }
  return (input?: Record<string, unknown>, options?: RequestOptions) => new APIPromise(core.request(route, input, options));
}
