import type { Clock } from './clock.js';

export interface RateLimitWindow {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export interface RateLimitWait {
  /** How long this request waits before it is sent. */
  waitMs: number;
  /** The window that is full. */
  window: RateLimitWindow;
}

/**
 * Sliding-window limiter over several windows at once (Reply: 100 per minute and 3,000 per hour).
 * Callers queue in arrival order; nobody is rejected, they wait for a free slot.
 */
export class RateLimiter {
  private readonly sent: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private readonly keep: number;
  private readonly longestWindow: number;

  constructor(
    readonly windows: RateLimitWindow[],
    private readonly clock: Clock,
  ) {
    this.keep = Math.max(1, ...windows.map((window) => window.limit));
    this.longestWindow = Math.max(0, ...windows.map((window) => window.windowMs));
  }

  /** Resolves when a request may be sent, and counts it. */
  acquire(onWait?: (wait: RateLimitWait) => void, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot(onWait, signal));
    // A caller that aborts must not block the ones behind it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(onWait?: (wait: RateLimitWait) => void, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const blocking = this.blockingWindow(now);
      if (!blocking) {
        this.sent.push(now);
        // Sends older than the longest window, or beyond the largest limit, can never block again.
        const stale = Math.max(firstAfter(this.sent, now - this.longestWindow), this.sent.length - this.keep);
        if (stale > 0) this.sent.splice(0, stale);
        return;
      }
      onWait?.(blocking);
      await this.clock.sleep(blocking.waitMs, signal);
    }
  }

  private blockingWindow(now: number): RateLimitWait | undefined {
    let worst: RateLimitWait | undefined;
    for (const window of this.windows) {
      // `sent` is in time order, so the requests still inside the window are a suffix of it.
      const inWindow = this.sent.length - firstAfter(this.sent, now - window.windowMs);
      if (inWindow < window.limit) continue;
      // The slot frees up when the oldest request that still counts leaves the window.
      const oldestCounting = this.sent[this.sent.length - window.limit]!;
      const waitMs = oldestCounting + window.windowMs - now;
      if (!worst || waitMs > worst.waitMs) worst = { waitMs: Math.max(1, waitMs), window };
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

const shared = new Map<string, RateLimiter>();

/**
 * One limiter per API key and window set, shared by every client in the process, because the
 * server counts per user, not per client object. Keys are hashed, never kept in clear.
 */
export function sharedRateLimiter(apiKey: string, windows: RateLimitWindow[], clock: Clock): RateLimiter {
  const id = `${fingerprint(apiKey)}|${windows.map((window) => `${window.limit}/${window.windowMs}`).join(',')}`;
  let limiter = shared.get(id);
  if (!limiter) {
    limiter = new RateLimiter(windows, clock);
    shared.set(id, limiter);
  }
  return limiter;
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
