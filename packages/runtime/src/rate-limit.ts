import type { Clock } from './clock.js';
import { ConfigurationError } from './errors.js';
import type { Logger } from './logger.js';

export interface RateLimitWindow {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export interface RateLimitWait {
  /** How long this request waits before it is sent. */
  waitMs: number;
  /** The window that is full; absent when the wait is a pause after a 429. */
  window?: RateLimitWindow;
  /** `window`: a window is full; `paused`: a 429's `Retry-After` paused everyone sharing the key. */
  reason: 'window' | 'paused';
}

/** Held while a request is in flight; `release` once its response (or failure) is in. */
export interface RateLimitPermit {
  release(): void;
}

/** What the transport needs from a limiter, in-process or shared through Redis. */
export interface Limiter {
  /** Resolves when a request may be sent; rejects at once (with the signal's reason) on abort. */
  acquire(onWait?: (wait: RateLimitWait) => void, signal?: AbortSignal): Promise<RateLimitPermit | void>;
  /** The server answered 429 with `Retry-After`: nobody sharing this budget sends for `ms`. */
  pause(ms: number): void;
}

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  onWait?: (wait: RateLimitWait) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * Sliding-window limiter over several windows at once (Reply: 100 per minute and 3,000 per hour).
 * Callers queue in arrival order; nobody is rejected, they wait for a free slot. A caller that
 * aborts leaves the queue at once and takes no slot.
 */
export class RateLimiter implements Limiter {
  private readonly sent: number[] = [];
  private readonly waiting: Waiter[] = [];
  private readonly keep: number;
  private readonly longestWindow: number;
  private pausedUntil = 0;
  /** Interrupts the head's sleep when the head leaves, so the next caller is looked at now. */
  private wake: AbortController | undefined;

  constructor(
    readonly windows: RateLimitWindow[],
    private readonly clock: Clock,
  ) {
    assertWindows(windows, 'RateLimiter');
    this.keep = Math.max(1, ...windows.map((window) => window.limit));
    this.longestWindow = Math.max(0, ...windows.map((window) => window.windowMs));
  }

  acquire(onWait?: (wait: RateLimitWait) => void, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, onWait, signal };
      if (signal) {
        waiter.onAbort = () => this.leave(waiter, signal.reason);
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiting.push(waiter);
      if (this.waiting.length === 1) void this.serve();
    });
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  private leave(waiter: Waiter, reason: unknown) {
    const position = this.waiting.indexOf(waiter);
    if (position < 0) return;
    this.waiting.splice(position, 1);
    waiter.reject(reason);
    if (position === 0) this.wake?.abort();
  }

  /** Serves the queue head by head; runs while anyone waits, and sleeps (never polls) in between. */
  private async serve(): Promise<void> {
    while (this.waiting.length > 0) {
      const head = this.waiting[0]!;
      const now = this.clock.now();
      const blocking = this.blockingWait(now);
      if (!blocking) {
        this.waiting.shift();
        if (head.onAbort) head.signal!.removeEventListener('abort', head.onAbort);
        this.record(now);
        head.resolve();
        continue;
      }
      head.onWait?.(blocking);
      this.wake = new AbortController();
      try {
        await this.clock.sleep(blocking.waitMs, this.wake.signal);
      } catch {
        // The head aborted; the loop looks at the new head.
      }
      this.wake = undefined;
    }
  }

  private record(now: number) {
    this.sent.push(now);
    // Sends older than the longest window, or beyond the largest limit, can never block again.
    const stale = Math.max(firstAfter(this.sent, now - this.longestWindow), this.sent.length - this.keep);
    if (stale > 0) this.sent.splice(0, stale);
  }

  private blockingWait(now: number): RateLimitWait | undefined {
    let worst: RateLimitWait | undefined;
    if (this.pausedUntil > now) worst = { waitMs: this.pausedUntil - now, reason: 'paused' };
    for (const window of this.windows) {
      // `sent` is in time order, so the requests still inside the window are a suffix of it.
      const inWindow = this.sent.length - firstAfter(this.sent, now - window.windowMs);
      if (inWindow < window.limit) continue;
      // The slot frees up when the oldest request that still counts leaves the window.
      const oldestCounting = this.sent[this.sent.length - window.limit]!;
      const waitMs = Math.max(1, oldestCounting + window.windowMs - now);
      // Every window must have room, so the longest wait is the one that counts.
      if (!worst || waitMs > worst.waitMs) worst = { waitMs, window, reason: 'window' };
    }
    return worst;
  }
}

/** Index of the first element greater than `value` in an ascending array. */
function firstAfter(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A limit of 0, -1 or 0.5 would make a limiter wait forever or wake every millisecond. */
export function assertWindows(windows: readonly RateLimitWindow[], owner: string): void {
  if (!Array.isArray(windows)) throw new ConfigurationError(`${owner}: rateLimit.windows must be an array of { limit, windowMs }.`);
  windows.forEach((window, index) => {
    const limit = (window as Partial<RateLimitWindow> | null)?.limit;
    const windowMs = (window as Partial<RateLimitWindow> | null)?.windowMs;
    if (!(Number.isSafeInteger(limit) && limit! > 0)) {
      throw new ConfigurationError(`${owner}: rateLimit.windows[${index}].limit must be a positive whole number (got ${String(limit)}).`);
    }
    if (!(typeof windowMs === 'number' && Number.isFinite(windowMs) && windowMs > 0)) {
      throw new ConfigurationError(`${owner}: rateLimit.windows[${index}].windowMs must be a positive, finite number of milliseconds (got ${String(windowMs)}).`);
    }
  });
}

const shared = new Map<string, RateLimiter>();

/**
 * One limiter per API key and window set, shared by every client in the process, because the
 * server counts per user, not per client object. Keys are hashed, never kept in clear.
 */
export function sharedRateLimiter(apiKey: string, windows: RateLimitWindow[], clock: Clock): RateLimiter {
  const id = `${fingerprint(apiKey)}|${windowsId(windows)}`;
  let limiter = shared.get(id);
  if (!limiter) {
    limiter = new RateLimiter(windows, clock);
    shared.set(id, limiter);
  }
  return limiter;
}

function windowsId(windows: RateLimitWindow[]): string {
  return windows.map((window) => `${window.limit}/${window.windowMs}`).join(',');
}

/** FNV-1a; only tells keys apart in memory. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + text.length.toString(36);
}

/** The part of a Redis client the shared limiter uses: node-redis (`redis` ≥ 4) has it as is. */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
  /** node-redis: connected and able to run commands now. */
  readonly isReady?: boolean;
}

export interface SharedLimiterOptions {
  apiKey: string;
  windows: RateLimitWindow[];
  clock: Clock;
  logger: Logger;
  redisUrl?: string;
  redis?: RedisCommandClient;
  /** How long an unanswered request may hold its slot (a crashed worker's slots come back after it). */
  leaseMs: number;
  /** How long one Redis round trip may take before calls go ahead on the in-process limiter. */
  redisTimeoutMs?: number;
}

const sharedRedis = new Map<string, Limiter>();
const clientIds = new WeakMap<object, number>();

/**
 * A limiter whose budget lives in Redis, shared by every process using the key. The Redis code
 * (and the Redis client package) load only when the first request asks, so a user without Redis
 * never loads either. Until then, and whenever Redis fails, the in-process limiter stands in.
 */
export function sharedRedisRateLimiter(options: SharedLimiterOptions): Limiter {
  const local = sharedRateLimiter(options.apiKey, options.windows, options.clock);
  const target = `${options.redis ? `client#${clientNumber(options.redis)}` : `url:${options.redisUrl}`}|${options.redisTimeoutMs ?? 'default'}`;
  const id = `${fingerprint(options.apiKey)}|${windowsId(options.windows)}|${target}`;
  let limiter = sharedRedis.get(id);
  if (!limiter) {
    let loaded: Promise<Limiter> | undefined;
    const load = () => (loaded ??= import('./redis-rate-limit.js').then((module) => module.createRedisLimiter(options, local)));
    limiter = {
      acquire: (onWait, signal) => load().then((redis) => redis.acquire(onWait, signal)),
      pause: (ms) => {
        local.pause(ms);
        void load().then((redis) => redis.pause(ms), () => undefined);
      },
    };
    sharedRedis.set(id, limiter);
  }
  return limiter;
}

let nextClientNumber = 1;
function clientNumber(client: object): number {
  let number = clientIds.get(client);
  if (number === undefined) clientIds.set(client, (number = nextClientNumber++));
  return number;
}
