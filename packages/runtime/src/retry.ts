import { parseRetryAfter } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff delay; doubles with each retry. */
  initialDelayMs: number;
  /** Ceiling of the computed backoff. */
  maxDelayMs: number;
  /** Ceiling applied to a server's `Retry-After`. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export function isIdempotent(method: string, markedIdempotent: boolean): boolean {
  return markedIdempotent || IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Whether an HTTP answer is worth another attempt. A 429 means the server did not process the
 * request, so it is retried whatever the method; 5xx only where repeating cannot do harm.
 */
export function shouldRetryStatus(status: number, idempotent: boolean): boolean {
  if (status === 429) return true;
  if (status === 408 || status >= 500) return idempotent;
  return false;
}

/**
 * Delay before retry number `retry` (0-based). `Retry-After` wins when present (capped);
 * otherwise exponential backoff with jitter in [75 %, 100 %] of the step.
 */
export function retryDelay(
  retry: number,
  policy: RetryPolicy,
  retryAfterHeader: string | null = null,
  random: () => number = Math.random,
  now = Date.now(),
): number {
  const asked = parseRetryAfter(retryAfterHeader, now);
  if (asked !== undefined) return Math.min(asked, policy.maxRetryAfterMs);
  const step = Math.min(policy.initialDelayMs * 2 ** retry, policy.maxDelayMs);
  return Math.round(step * (0.75 + 0.25 * random()));
}
