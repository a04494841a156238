import { redactHeaders, redactSecret } from './auth.js';
import { scrubSecret } from './secrets.js';

/** Base class of every error engagekit throws, so callers can catch them all at once. */
export class EngagekitError extends Error {
  override name = 'EngagekitError';
}

/** The client was configured in a way that cannot work; thrown at construction, before any request. */
export class ConfigurationError extends EngagekitError {
  override name = 'ConfigurationError';
}

/**
 * An SDK call's input cannot make a request: not an object, a path parameter missing, of the wrong
 * type, or one that would change the route (`''`, `'.'`, `'..'`). Thrown before anything is sent.
 */
export class InvalidRequestError extends EngagekitError {
  override name = 'InvalidRequestError';
  constructor(
    message: string,
    /** The operation, e.g. `GetContact`. */
    readonly operation: string,
    /** The offending parameter (`body` for the body), or undefined when the whole input is wrong. */
    readonly parameter: string | undefined,
  ) {
    super(message);
  }
}

/** One rejected input value of a validation problem. */
export interface FieldError {
  /** JSON Pointer into the request body, e.g. `/contactIds`. */
  pointer: string;
  detail: string;
}

export interface RequestInfo {
  method: string;
  /** Path without origin or query, e.g. `/v3/contacts/12345`. */
  path: string;
}

interface APIErrorInit extends RequestInfo {
  status: number;
  headers: Headers;
  body: unknown;
  /** The API key, scrubbed from header values the server echoed. */
  secret?: string;
}

/** The API answered with a non-2xx status. Subclasses name the common statuses. */
export class APIError extends EngagekitError {
  override name = 'APIError';
  readonly status: number;
  /** The problem's machine-readable slug, e.g. `contact.notFound`, when the API sent one. */
  readonly code: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  /** Every rejected field of a validation problem; empty otherwise. */
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;
  readonly method: string;
  readonly path: string;
  /** The parsed body (or its text when it was not JSON). */
  readonly body: unknown;

  constructor(init: APIErrorInit) {
    const problem = asProblem(init.body);
    super(describe(init, problem));
    this.status = init.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors;
    this.headers = redactHeaders(init.headers, init.secret);
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
  }

  /** Builds the subclass that matches the status, scrubbing `secret` from anything the server echoed. */
  static from(init: APIErrorInit & { secret?: string }): APIError {
    const { secret } = init;
    const Class = errorClassFor(init.status);
    return new Class({ ...init, body: scrubSecret(init.body, secret), path: redactSecret(init.path, secret) });
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      title: this.title,
      detail: this.detail,
      errors: this.errors,
      method: this.method,
      path: this.path,
      headers: this.headers,
    };
  }
}

export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
  /** How long the server asked to wait, in milliseconds, when it said. */
  readonly retryAfter: number | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    this.retryAfter = parseRetryAfter(init.headers.get('retry-after'));
  }
}
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}
/**
 * The server redirected to another origin (or past the hop limit). The SDK follows same-origin
 * redirects only, so the API key and the request body never reach a host the caller did not name.
 */
export class RedirectError extends APIError {
  override name = 'RedirectError';
  /** Where the server pointed, resolved against the request URL. */
  readonly location: string | undefined;
  constructor(init: APIErrorInit) {
    super(init);
    const location = init.headers.get('location');
    this.location = location === null ? undefined : redactSecret(location, init.secret);
  }
}

function errorClassFor(status: number): typeof APIError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      if (status >= 300 && status < 400) return RedirectError;
      return status >= 500 ? InternalServerError : APIError;
  }
}

/** Failures that happen before a single byte reaches the server: the request cannot have been processed. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The request never got a whole HTTP answer: DNS, refused or reset connection, TLS, a body cut short. */
export class ConnectionError extends EngagekitError {
  override name = 'ConnectionError';
  constructor(
    message: string,
    readonly request: RequestInfo,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /**
   * Whether the server may have received, and acted on, the request: false only when the connection
   * was never made (refused, DNS). A bulk helper reports such items as `unknown`, not `failed`.
   */
  get mayHaveBeenProcessed(): boolean {
    return !NOT_SENT_CODES.has(networkCode(this.cause) ?? '');
  }
}

/** No whole answer within the configured timeout (headers and body). */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
  override get mayHaveBeenProcessed(): boolean {
    return true;
  }
}

function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A network failure's cause, unless its text carries the key; then a redacted copy stands in for it. */
export function safeCause(error: unknown, secret: string | undefined): unknown {
  return scrubSecret(error, secret);
}

/** A 2xx answer that does not match the operation: a body that is not JSON, missing, or not the documented shape. */
export class InvalidResponseError extends EngagekitError {
  override name = 'InvalidResponseError';
  constructor(
    message: string,
    readonly request: RequestInfo,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The caller's AbortSignal fired. Never retried. */
export class AbortError extends EngagekitError {
  override name = 'AbortError';
  /** True when the abort cut a request already on its way, which the server may have acted on. */
  readonly mayHaveBeenProcessed: boolean;
  constructor(message: string, options?: { cause?: unknown; inFlight?: boolean }) {
    super(message, options);
    this.mayHaveBeenProcessed = options?.inFlight ?? false;
  }
}

/** A background job ended in a state other than done, or did not end in time. */
export class BackgroundJobError extends EngagekitError {
  override name = 'BackgroundJobError';
  constructor(
    message: string,
    readonly jobId: string,
    readonly status: string | undefined,
    readonly job: unknown,
  ) {
    super(message);
  }
}

/** Parses `Retry-After` (delta-seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

interface Problem {
  title: string | undefined;
  detail: string | undefined;
  code: string | undefined;
  errors: FieldError[];
  message: string | undefined;
}

function asProblem(body: unknown): Problem {
  const object = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const text = (key: string) => (typeof object[key] === 'string' ? (object[key] as string) : undefined);
  const errors = Array.isArray(object.errors)
    ? object.errors
        .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
        .map((item) => ({ pointer: String(item.pointer ?? ''), detail: String(item.detail ?? '') }))
    : [];
  // Whippy's errors are `{ error, status }`; Reply's are RFC 9457 problems.
  return { title: text('title'), detail: text('detail'), code: text('code'), errors, message: text('error') ?? text('message') };
}

function describe(init: APIErrorInit, problem: Problem): string {
  const parts = [`${init.status}`, problem.title, problem.code && `(${problem.code})`].filter(Boolean).join(' ');
  const explanation = problem.detail ?? problem.message ?? (typeof init.body === 'string' && init.body ? init.body.slice(0, 200) : undefined);
  const fields = problem.errors.map((error) => `${error.pointer}: ${error.detail}`).join('; ');
  return `${init.method} ${init.path} → ${parts}${explanation ? `: ${explanation}` : ''}${fields ? ` [${fields}]` : ''}`;
}
