import type { Clock } from './clock.js';
import { ConfigurationError } from './errors.js';
import type { Logger } from './logger.js';
import {
  assertWindows,
  sharedRateLimiter,
  sharedRedisRateLimiter,
  type Limiter,
  type RateLimitWait,
  type RateLimitWindow,
  type RedisCommandClient,
} from './rate-limit.js';

export interface RateLimitOptions {
  /** Requests per minute per API key (default 100 for Reply). */
  perMinute?: number;
  /** Requests per hour per API key (default 3,000 for Reply). */
  perHour?: number;
  /** The windows to enforce; when given, they replace `perMinute`/`perHour` and the defaults. */
  windows?: RateLimitWindow[];
  /** Share one budget per key between processes through this Redis (needs the `redis` package). */
  redisUrl?: string;
  /** Or a connected node-redis client (`createClient()` from `redis`); anything with `sendCommand(args)`. */
  redis?: RedisCommandClient;
  /**
   * How long one Redis round trip may take (default 1,000 ms) before calls go ahead on the
   * in-process limiter; the first connection gets at least 2,000 ms. A dead Redis fails at once.
   */
  redisTimeoutMs?: number;
  /** Called each time a request has to wait for the limiter. */
  onRateLimit?: (wait: RateLimitWait) => void;
}

/** Defaults apply when neither `windows` nor the matching per-* option is given. */
export interface RateLimitDefaults {
  rateLimit: { perMinute?: number; perHour?: number };
}

/** An unanswered request gives its slot back after its timeout plus this, capped (a crashed worker's slots return). */
const LEASE_SLACK_MS = 5_000;
const MAX_LEASE_MS = 10 * 60_000;

/** Checks the options (throwing a ConfigurationError naming the bad one) and picks the limiter. */
export function rateLimiterFor(
  owner: string,
  options: { apiKey: string; rateLimit?: RateLimitOptions | false; timeout?: number },
  defaults: RateLimitDefaults,
  logger: Logger,
  clock: Clock,
): Limiter | undefined {
  const option = options.rateLimit;
  if (option === false) return undefined;
  if (option !== undefined && (option === null || typeof option !== 'object')) {
    throw new ConfigurationError(`${owner}: rateLimit must be an object or false.`);
  }
  const windows = windowsFrom(owner, option, defaults);
  if (option?.redisUrl !== undefined && (typeof option.redisUrl !== 'string' || !/^rediss?:\/\//.test(option.redisUrl))) {
    throw new ConfigurationError(`${owner}: rateLimit.redisUrl must be a redis:// or rediss:// URL.`);
  }
  if (option?.redis !== undefined && typeof (option.redis as Partial<RedisCommandClient> | null)?.sendCommand !== 'function') {
    throw new ConfigurationError(`${owner}: rateLimit.redis must be a Redis client with sendCommand (node-redis createClient()).`);
  }
  const redisTimeoutMs = option?.redisTimeoutMs;
  if (redisTimeoutMs !== undefined && !(typeof redisTimeoutMs === 'number' && Number.isFinite(redisTimeoutMs) && redisTimeoutMs > 0 && redisTimeoutMs <= 2 ** 31 - 1)) {
    throw new ConfigurationError(`${owner}: rateLimit.redisTimeoutMs must be a positive number of milliseconds up to 2147483647 (got ${String(redisTimeoutMs)}).`);
  }
  if (windows.length === 0) return undefined;
  if (!option?.redisUrl && !option?.redis) return sharedRateLimiter(options.apiKey, windows, clock);
  const timeout = options.timeout !== undefined && Number.isFinite(options.timeout) ? options.timeout : 60_000;
  return sharedRedisRateLimiter({
    apiKey: options.apiKey,
    windows,
    clock,
    logger,
    redisUrl: option.redisUrl,
    redis: option.redis,
    leaseMs: Math.min(timeout, MAX_LEASE_MS) + LEASE_SLACK_MS,
    ...(redisTimeoutMs !== undefined && { redisTimeoutMs }),
  });
}

function windowsFrom(owner: string, option: RateLimitOptions | undefined, defaults: RateLimitDefaults): RateLimitWindow[] {
  if (option?.windows !== undefined) {
    assertWindows(option.windows, owner);
    return option.windows.map(({ limit, windowMs }) => ({ limit, windowMs }));
  }
  for (const name of ['perMinute', 'perHour'] as const) {
    const value = option?.[name];
    if (value !== undefined && !(Number.isSafeInteger(value) && value > 0)) {
      throw new ConfigurationError(`${owner}: rateLimit.${name} must be a positive whole number (got ${String(value)}).`);
    }
  }
  const perMinute = option?.perMinute ?? defaults.rateLimit.perMinute;
  const perHour = option?.perHour ?? defaults.rateLimit.perHour;
  const windows: RateLimitWindow[] = [];
  if (perMinute) windows.push({ limit: perMinute, windowMs: 60_000 });
  if (perHour) windows.push({ limit: perHour, windowMs: 3_600_000 });
  return windows;
}
