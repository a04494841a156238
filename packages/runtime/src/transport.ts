import { redactHeaders, redactSecret } from './auth.js';
import type { Clock } from './clock.js';
import { AbortError, ConnectionError, parseRetryAfter, safeCause, TimeoutError, type RequestInfo } from './errors.js';
import type { Logger } from './logger.js';
import type { OutgoingRequest } from './outgoing-request.js';
import type { Limiter, RateLimitPermit, RateLimitWait } from './rate-limit.js';
import { followSameOriginRedirects, isRedirect, type HopInit } from './redirects.js';
import { isIdempotent, retryDelay, shouldRetryStatus, type RetryPolicy } from './retry.js';

export interface TransportConfig {
  fetch: typeof globalThis.fetch;
  clock: Clock;
  logger: Logger;
  /** Whether debug lines are wanted; building them costs, so they are skipped otherwise. */
  debug?: boolean;
  retry: RetryPolicy;
  /** Per-attempt timeout in milliseconds, headers and body; `Infinity` for none. */
  timeoutMs: number;
  rateLimiter?: Limiter;
  onRateLimit?: (wait: RateLimitWait) => void;
  /** The API key, only so it can be scrubbed from anything logged. */
  secret: string;
  random?: () => number;
}

export interface CallOptions {
  timeout?: number;
  maxRetries?: number;
  signal?: AbortSignal;
  /** The spec marks the operation `x-idempotent: true`. */
  idempotent?: boolean;
}

/** The longest delay `setTimeout` honours; a larger one (Infinity included) fires after 1 ms. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** A timeout option is valid when it is a positive number of milliseconds `setTimeout` can wait, or Infinity. */
export function isValidTimeout(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && (value <= MAX_TIMEOUT_MS || value === Infinity);
}

/**
 * A `fetch` for one call: waits for the rate limiter, times each attempt out (headers and body),
 * follows same-origin redirects only, retries what is safe to retry (honouring `Retry-After`), and
 * turns network failures into typed errors. HTTP error answers are returned, not thrown: the caller
 * maps them to APIError with the parsed body. The returned response's body is already read.
 */
export function transportFetch(config: TransportConfig, call: CallOptions = {}): (input: OutgoingRequest) => Promise<Response> {
  const maxRetries = call.maxRetries ?? config.retry.maxRetries;
  const timeoutMs = call.timeout ?? config.timeoutMs;

  return async (original: OutgoingRequest) => {
    const { method } = original;
    const { path, search } = splitUrl(original.url);
    // Only errors and log lines read it; the key is scrubbed in case a caller put it in a path.
    const info: RequestInfo = {
      method,
      get path() {
        return redactSecret(path, config.secret);
      },
    };
    const idempotent = isIdempotent(method, call.idempotent ?? false);
    const body = method === 'GET' || method === 'HEAD' || original.body === null ? undefined : await replayableBody(original.body);

    for (let attempt = 0; ; attempt++) {
      throwIfAborted(call.signal, info);
      let permit: RateLimitPermit | void = undefined;
      if (config.rateLimiter) {
        permit = await config.rateLimiter
          .acquire((wait) => {
            config.logger.warn(`rate limit: ${method} ${info.path} waits ${wait.waitMs} ms`, {
              reason: wait.reason,
              ...(wait.window ? { limit: wait.window.limit, windowMs: wait.window.windowMs } : {}),
            });
            config.onRateLimit?.(wait);
          }, call.signal)
          .catch((error: unknown) => {
            throw abortErrorOr(error, call.signal, info);
          });
      }

      const timeout = new AbortController();
      const timer = timeoutMs === Infinity ? undefined : setTimeout(() => timeout.abort(new Error('timeout')), timeoutMs);
      const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
      const started = config.clock.now();
      if (config.debug) {
        config.logger.debug(`→ ${method} ${info.path}${search}`, { attempt: attempt + 1, headers: redactHeaders(original.headers) });
      }

      const retriesLeft = attempt < maxRetries;
      let response: Response | undefined;
      let failure: ConnectionError | undefined;
      try {
        // Each attempt gets a fresh timeout signal; fetch makes the one Request it needs from these fields.
        const init: HopInit = { method, headers: original.headers, body, signal, redirect: 'manual' };
        response = await config.fetch(original.url, init);
        if (isRedirect(response.status)) response = await followSameOriginRedirects(config.fetch, original.url, init, response);
        if (config.debug) config.logger.debug(`← ${response.status} ${method} ${info.path} (${config.clock.now() - started} ms)`);
        // Everyone sharing the key stops until then, not only this call.
        const pauseMs = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after'), config.clock.now()) : undefined;
        if (pauseMs) config.rateLimiter?.pause(Math.min(pauseMs, config.retry.maxRetryAfterMs));
        if (!retriesLeft || !shouldRetryStatus(response.status, idempotent)) {
          // The body is read under the same timer and signal, so a stalled or cut body fails this attempt.
          return response.body === null ? response : await withBodyRead(response);
        }
      } catch (error) {
        if (call.signal?.aborted) throw new AbortError(`${method} ${info.path} was aborted`, { cause: call.signal.reason, inFlight: true });
        response = undefined;
        failure = timeout.signal.aborted
          ? new TimeoutError(`${method} ${info.path} timed out after ${timeoutMs} ms`, info, { cause: error })
          : new ConnectionError(`${method} ${info.path} failed: ${describeNetworkError(error, config.secret)}`, info, {
              cause: safeCause(error, config.secret),
            });
      } finally {
        clearTimeout(timer);
        permit?.release();
      }

      if (response) {
        const delay = retryDelay(attempt, config.retry, response.headers.get('retry-after'), config.random, config.clock.now());
        config.logger.info(`retrying ${method} ${info.path} after ${response.status} in ${delay} ms`, { attempt: attempt + 1 });
        await response.body?.cancel().catch(() => undefined);
        await sleepOrAbort(config.clock, delay, call.signal, info);
        continue;
      }
      if (!retriesLeft || !idempotent) {
        config.logger.error(failure!.message);
        throw failure!;
      }
      const delay = retryDelay(attempt, config.retry, null, config.random);
      config.logger.info(`retrying ${method} ${info.path} after ${failure!.name} in ${delay} ms`, { attempt: attempt + 1 });
      await sleepOrAbort(config.clock, delay, call.signal, info);
    }
  };
}

const BODY_TEXT = Symbol('bodyText');

/**
 * A response whose body was read in full by the transport, so that the attempt's timer and signal
 * covered it; its body methods answer from that text. (Building a new Response instead would cost
 * more than the rest of the SDK's per-request work.) Success bodies are JSON or text (CSV).
 */
class ReadResponse extends Response {
  declare [BODY_TEXT]: string;
  override text(): Promise<string> {
    return Promise.resolve(this[BODY_TEXT]);
  }
  override json(): Promise<any> {
    return this.text().then(JSON.parse);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new TextEncoder().encode(this[BODY_TEXT]).buffer as ArrayBuffer);
  }
  override blob(): Promise<Blob> {
    return Promise.resolve(new Blob([this[BODY_TEXT]], { type: this.headers.get('content-type') ?? '' }));
  }
}

/** Reads the body while the attempt's timer and signal still apply; a stall or a cut surfaces here. */
async function withBodyRead(response: Response): Promise<Response> {
  const text = await response.text();
  // A custom fetch may answer with another library's Response, whose getters ours cannot read.
  if (!(response instanceof Response)) {
    const foreign = response as Response;
    return Object.defineProperty(new Response(text, foreign), 'url', { value: foreign.url });
  }
  const read = Object.setPrototypeOf(response, ReadResponse.prototype) as ReadResponse;
  read[BODY_TEXT] = text;
  return read;
}

/**
 * A body every attempt can send again: strings, bytes, Blobs, FormData and URLSearchParams can be
 * sent any number of times; a stream is read once into bytes.
 */
async function replayableBody(body: BodyInit): Promise<BodyInit> {
  return body instanceof ReadableStream ? new Response(body).arrayBuffer() : body;
}

/** Path and query of an absolute URL, without the cost of a URL object on every request. */
function splitUrl(url: string): { path: string; search: string } {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const rest = start < 0 ? '/' : url.slice(start);
  const query = rest.search(/[?#]/);
  return query < 0 ? { path: rest, search: '' } : { path: rest.slice(0, query), search: rest.slice(query) };
}

function throwIfAborted(signal: AbortSignal | undefined, info: RequestInfo) {
  if (signal?.aborted) throw new AbortError(`${info.method} ${info.path} was aborted`, { cause: signal.reason });
}

async function sleepOrAbort(clock: Clock, ms: number, signal: AbortSignal | undefined, info: RequestInfo) {
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    throw abortErrorOr(error, signal, info);
  }
}

function abortErrorOr(error: unknown, signal: AbortSignal | undefined, info: RequestInfo): unknown {
  return signal?.aborted ? new AbortError(`${info.method} ${info.path} was aborted`, { cause: signal.reason }) : error;
}

function describeNetworkError(error: unknown, secret: string): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const text = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return redactSecret(text, secret);
}
