import { ConfigurationError } from './errors.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import type { Limiter, RateLimiter, RateLimitPermit, RateLimitWait, RateLimitWindow, RedisCommandClient, SharedLimiterOptions } from './rate-limit.js';

/**
 * The shared budget, in one Lua script so every step is atomic on the Redis server. Time is Redis's
 * own clock (TIME), so workers on machines whose clocks disagree still agree on the budget.
 *
 * Every request is an entry:
 *  - `plan` (ZSET): when the entry counts from: its reserved send time, then its completion time.
 *  - `pending` (ZSET): entries reserved or in flight, by reserved time (their order in the queue).
 *  - `lease` (ZSET): when a pending entry is given up (a crashed worker's entry counts as done then).
 *  - `pause` (string): until when a 429's Retry-After stops everyone.
 *
 * reserve: appends an entry at the earliest time every window has room, given all earlier entries
 *   (one round trip; the caller sleeps until then without polling). Arrival order at Redis is the
 *   queue order: a later caller never gets an earlier slot than a caller still waiting before it.
 * confirm: just before sending, checks again with what is known now: an earlier entry still in
 *   flight counts as inside every window, and a finished one counts from its completion, since the
 *   server saw it at some moment before that. So no window is exceeded however late a send or a
 *   response is; if the check fails it says how long to wait (0 = poll: an earlier one is in flight).
 * release: the response is in; the entry now counts from this moment.
 */
const SCRIPT = `
local plan, pending, lease, pause, seq = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local op = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

local function windows(from)
  local list, longest = {}, 0
  local count = tonumber(ARGV[from])
  for i = 1, count do
    local limit, ms = tonumber(ARGV[from + 2 * i - 1]), tonumber(ARGV[from + 2 * i])
    list[i] = { limit, ms }
    if ms > longest then longest = ms end
  end
  return list, longest
end

local function expire_leases()
  local lost = redis.call('ZRANGEBYSCORE', lease, '-inf', now, 'WITHSCORES')
  for i = 1, #lost, 2 do
    redis.call('ZREM', pending, lost[i])
    redis.call('ZADD', plan, lost[i + 1], lost[i])
  end
  if #lost > 0 then redis.call('ZREMRANGEBYSCORE', lease, '-inf', now) end
end

local function keep(ms)
  for _, key in ipairs({ plan, pending, lease, seq }) do redis.call('PEXPIRE', key, ms) end
end

local function paused_for()
  local until_ms = tonumber(redis.call('GET', pause) or '0')
  if until_ms > now then return until_ms - now end
  return 0
end

-- 0: go; > 0: wait that many ms; -2: an earlier request is still in flight, ask again soon.
local function check(id, list)
  local before = redis.call('ZRANK', pending, id)
  local wait = 0
  for _, w in ipairs(list) do
    local since = '(' .. (now - w[2])
    local pending_inside = redis.call('ZCOUNT', pending, since, '+inf')
    local done_inside = redis.call('ZCOUNT', plan, since, '+inf') - pending_inside
    local excess = done_inside + before - w[1] + 1
    if excess > 0 then
      local this_wait = 0
      if before < w[1] then
        -- Enough finished entries must leave the window: the excess-th oldest of them decides.
        local seen = 0
        local entries = redis.call('ZRANGEBYSCORE', plan, since, '+inf', 'WITHSCORES', 'LIMIT', 0, excess + pending_inside)
        for i = 1, #entries, 2 do
          if not redis.call('ZSCORE', pending, entries[i]) then
            seen = seen + 1
            if seen == excess then
              this_wait = tonumber(entries[i + 1]) + w[2] - now
              break
            end
          end
        end
      end
      if this_wait > wait then wait = this_wait elseif this_wait <= 0 and wait == 0 then wait = -2 end
    end
  end
  return wait
end

if op == 'reserve' then
  local list, longest = windows(3)
  local lease_ms = tonumber(ARGV[2])
  expire_leases()
  redis.call('ZREMRANGEBYSCORE', plan, '-inf', now - longest)
  local at, which = now + paused_for(), 0
  if at > now then which = -1 end
  for i, w in ipairs(list) do
    local nth = redis.call('ZREVRANGE', plan, w[1] - 1, w[1] - 1, 'WITHSCORES')
    if #nth > 0 and tonumber(nth[2]) + w[2] > at then
      at = tonumber(nth[2]) + w[2]
      which = i
    end
  end
  local id = string.format('%016d', redis.call('INCR', seq))
  redis.call('ZADD', plan, at, id)
  redis.call('ZADD', pending, at, id)
  redis.call('ZADD', lease, at + lease_ms, id)
  keep(longest + lease_ms + (at - now))
  -- Due now: confirm in the same round trip.
  if at == now and check(id, list) == 0 then return { id, 0, 0, 1 } end
  return { id, at - now, which, 0 }
end

if op == 'confirm' then
  local id, lease_ms = ARGV[2], tonumber(ARGV[3])
  local list = windows(4)
  expire_leases()
  if not redis.call('ZSCORE', pending, id) then return { -1 } end
  local paused = paused_for()
  if paused > 0 then return { paused, 1 } end
  local wait = check(id, list)
  if wait ~= 0 then return { wait, 0 } end
  redis.call('ZADD', lease, now + lease_ms, id)
  return { 0 }
end

if op == 'release' then
  local id = ARGV[2]
  if redis.call('ZREM', pending, id) == 1 then
    redis.call('ZREM', lease, id)
    redis.call('ZADD', plan, now, id)
  end
  return 0
end

if op == 'cancel' then
  local id = ARGV[2]
  redis.call('ZREM', pending, id)
  redis.call('ZREM', lease, id)
  redis.call('ZREM', plan, id)
  return 0
end

if op == 'pause' then
  local ms = tonumber(ARGV[2])
  if now + ms > tonumber(redis.call('GET', pause) or '0') then redis.call('SET', pause, now + ms, 'PX', ms) end
  return 0
end

return redis.error_reply('unknown op ' .. op)
`;

/** Bounds every Redis round trip by default (`rateLimit.redisTimeoutMs`), so a Redis that hangs cannot hold a call. */
const COMMAND_TIMEOUT_MS = 1_000;
/** How long a connection may take, at least, before calls go ahead on the in-process limiter. */
const CONNECT_TIMEOUT_MS = 2_000;
/** While an earlier request is in flight, how often a waiting one asks again (doubling up to the max). */
const POLL_MIN_MS = 5;
const POLL_MAX_MS = 250;
/** A client we cannot ask `isReady` is tried again this long after it failed. */
const RETRY_AFTER_FAILURE_MS = 1_000;

class RedisUnavailable extends Error {
  override name = 'RedisUnavailable';
}

/** One Redis connection, its health, and the single warning when it goes away. */
class RedisLink {
  private sha: string | undefined;
  private healthy = true;
  private failedAt = 0;
  private reopening = false;
  readonly ready: Promise<void>;

  constructor(
    private client: RedisCommandClient,
    private readonly label: string,
    private readonly logger: Logger,
    ready: Promise<void>,
    /** For a client we made: a fresh connection, tried at most once per RETRY_AFTER_FAILURE_MS while Redis is down. */
    private readonly reopen?: () => Opened,
    private readonly commandTimeoutMs = COMMAND_TIMEOUT_MS,
  ) {
    this.ready = ready.then(
      () => undefined,
      (error: unknown) => this.failed(error),
    );
  }

  /** Whether to try Redis for this call (after the first connection attempt has settled). */
  async usable(): Promise<boolean> {
    await this.ready;
    if (this.healthy) return true;
    const ready = this.client.isReady;
    if (ready === true) return true;
    const due = Date.now() - this.failedAt >= RETRY_AFTER_FAILURE_MS;
    if (this.reopen) {
      // Reconnecting happens here, on demand and in the background, so no timer of ours or of the
      // client's keeps an idle process alive while Redis is down.
      if (due && !this.reopening) {
        this.reopening = true;
        closeQuietly(this.client);
        const { client, ready: opened } = this.reopen();
        this.client = client;
        opened.then(
          () => (this.reopening = false),
          () => {
            this.failedAt = Date.now();
            this.reopening = false;
          },
        );
      }
      return false;
    }
    return ready === undefined && due;
  }

  succeeded() {
    if (this.healthy) return;
    this.healthy = true;
    this.logger.info(`rate limit: Redis at ${this.label} is back; the budget is shared again`);
  }

  failed(error: unknown) {
    this.failedAt = Date.now();
    if (!this.healthy) return;
    this.healthy = false;
    const reason = error instanceof Error ? (error.message || error.name) : String(error);
    this.logger.warn(`rate limit: Redis at ${this.label} is unavailable (${reason}); using the in-process limiter until it is back`);
  }

  /** Runs the script (EVALSHA, loading it once), or throws RedisUnavailable. */
  async run(keys: string[], args: (string | number)[]): Promise<unknown> {
    const tail = [String(keys.length), ...keys, ...args.map(String)];
    try {
      this.sha ??= String(await this.command(['SCRIPT', 'LOAD', SCRIPT]));
      try {
        return await this.command(['EVALSHA', this.sha, ...tail]);
      } catch (error) {
        // A restarted Redis has forgotten the script.
        if (!String((error as Error)?.message).includes('NOSCRIPT')) throw error;
        this.sha = String(await this.command(['SCRIPT', 'LOAD', SCRIPT]));
        return await this.command(['EVALSHA', this.sha, ...tail]);
      }
    } catch (error) {
      this.failed(error);
      throw new RedisUnavailable('Redis failed', { cause: error });
    }
  }

  private command(args: string[]): Promise<unknown> {
    // The timer is not unref'd on purpose: it keeps the process alive while a call waits on Redis.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.commandTimeoutMs} ms`)), this.commandTimeoutMs);
    });
    return Promise.race([this.client.sendCommand(args), timeout]).finally(() => clearTimeout(timer));
  }
}

/** Hides credentials in a redis:// URL before it goes in a log line. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'the configured URL';
  }
}

const links = new Map<string, Promise<RedisLink>>();
const clientLinks = new WeakMap<object, RedisLink>();

function linkFor(options: SharedLimiterOptions): Promise<RedisLink> {
  if (options.redis) {
    const client = options.redis;
    let link = clientLinks.get(client);
    if (!link) {
      link = new RedisLink(client, 'the given client', options.logger, Promise.resolve(), undefined, options.redisTimeoutMs);
      clientLinks.set(client, link);
    }
    return Promise.resolve(link);
  }
  const url = options.redisUrl!;
  const key = `${url}|${options.redisTimeoutMs ?? 'default'}`;
  let link = links.get(key);
  if (!link) {
    link = connect(url, options.logger, options.redisTimeoutMs ?? COMMAND_TIMEOUT_MS);
    links.set(key, link);
  }
  return link;
}

type RedisModule = { createClient(options: Record<string, unknown>): RedisCommandClient & NodeRedisClient };
type NodeRedisClient = { connect(): Promise<unknown>; on(event: string, listener: (error: unknown) => void): unknown; unref(): void };

interface Closable {
  destroy(): void;
}

/** Drops a connection that failed; a client that is already closed may throw, which is fine. */
function closeQuietly(client: object) {
  try {
    (client as Partial<Closable>).destroy?.();
  } catch {
    // Already closed.
  }
}
interface Opened {
  client: RedisCommandClient;
  ready: Promise<void>;
}

async function connect(url: string, logger: Logger, commandTimeoutMs: number): Promise<RedisLink> {
  const connectTimeoutMs = Math.max(CONNECT_TIMEOUT_MS, commandTimeoutMs);
  let module: RedisModule;
  try {
    // A variable specifier keeps bundlers from pulling the optional peer into everyone's bundle.
    const name = 'redis';
    module = (await import(/* @vite-ignore */ /* webpackIgnore: true */ name)) as RedisModule;
  } catch (error) {
    throw new ConfigurationError('rateLimit.redisUrl needs the `redis` package (node-redis ≥ 5): npm install redis', { cause: error });
  }
  const open = (): Opened => {
    const client = module.createClient({
      url,
      // Fail commands at once while disconnected instead of queueing them: the caller falls back.
      disableOfflineQueue: true,
      // No reconnect loop in the client: RedisLink reopens on demand (see usable()).
      socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: false },
    });
    // node-redis reports connection failures here; RedisLink logs the one warning that matters.
    client.on('error', () => undefined);
    // The connection must not keep the process alive; a pending command's own timer does.
    client.unref();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ready = Promise.race([
      client.connect().then(() => undefined),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no connection within ${connectTimeoutMs} ms`)), connectTimeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    ready.catch(() => closeQuietly(client));
    return { client, ready };
  };
  const first = open();
  return new RedisLink(first.client, describeUrl(url), logger, first.ready, open, commandTimeoutMs);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function createRedisLimiter(options: SharedLimiterOptions, local: RateLimiter): Promise<Limiter> {
  const link = await linkFor(options);
  const fingerprint = await sha256(options.apiKey);
  // One hash slot per key ({…}), so a Redis Cluster can run the script too.
  const prefix = `engagekit:rate-limit:{${fingerprint}}:`;
  const keys = ['plan', 'pending', 'lease', 'pause', 'seq'].map((name) => prefix + name);
  return new RedisRateLimiter(link, keys, options.windows, options.leaseMs, options.clock, local);
}

class RedisRateLimiter implements Limiter {
  private readonly windowArgs: (string | number)[];

  constructor(
    private readonly link: RedisLink,
    private readonly keys: string[],
    private readonly windows: RateLimitWindow[],
    private readonly leaseMs: number,
    private readonly clock: Clock,
    private readonly local: RateLimiter,
  ) {
    this.windowArgs = [windows.length, ...windows.flatMap((window) => [window.limit, window.windowMs])];
  }

  async acquire(onWait?: (wait: RateLimitWait) => void, signal?: AbortSignal): Promise<RateLimitPermit | void> {
    if (signal?.aborted) throw signal.reason;
    if (await this.link.usable()) {
      try {
        return await untilAborted(this.acquireShared(onWait, signal), signal);
      } catch (error) {
        if (!(error instanceof RedisUnavailable)) throw error;
      }
    }
    return this.local.acquire(onWait, signal);
  }

  pause(ms: number): void {
    void this.link
      .usable()
      .then((usable) => (usable ? this.link.run(this.keys, ['pause', Math.ceil(ms)]) : undefined))
      .catch(() => undefined);
  }

  private async acquireShared(onWait: ((wait: RateLimitWait) => void) | undefined, signal: AbortSignal | undefined): Promise<RateLimitPermit> {
    for (;;) {
      const [id, reservedIn, which, confirmed] = (await this.link.run(this.keys, ['reserve', this.leaseMs, ...this.windowArgs])) as unknown[];
      this.link.succeeded();
      const entry = String(id);
      const permit = { release: () => void this.link.run(this.keys, ['release', entry]).catch(() => undefined) };
      if (Number(confirmed) === 1) return this.unlessAborted(permit, entry, signal);
      let wait = Number(reservedIn);
      if (wait > 0) {
        const window = this.windows[Number(which) - 1];
        onWait?.(window ? { waitMs: wait, window, reason: 'window' } : { waitMs: wait, reason: 'paused' });
      }
      let poll = POLL_MIN_MS;
      try {
        for (;;) {
          if (wait > 0) await this.clock.sleep(wait, signal);
          const [verdict, paused] = (await this.link.run(this.keys, ['confirm', entry, this.leaseMs, ...this.windowArgs])) as unknown[];
          const answer = Number(verdict);
          if (answer === 0) return this.unlessAborted(permit, entry, signal);
          if (answer === -1) break; // The entry is gone (its lease ran out, or Redis restarted): queue again.
          if (answer === -2) {
            wait = poll;
            poll = Math.min(poll * 2, POLL_MAX_MS);
          } else {
            wait = answer;
            if (Number(paused) === 1) onWait?.({ waitMs: wait, reason: 'paused' });
          }
        }
      } catch (error) {
        // Aborted while queued: give the place back so nobody waits for a request that never comes.
        if (!(error instanceof RedisUnavailable)) this.cancel(entry);
        throw error;
      }
    }
  }

  /** The caller gave up while Redis answered: the slot goes back instead of being used. */
  private unlessAborted(permit: RateLimitPermit, entry: string, signal: AbortSignal | undefined): RateLimitPermit {
    if (!signal?.aborted) return permit;
    this.cancel(entry);
    throw signal.reason;
  }

  private cancel(entry: string) {
    void this.link.run(this.keys, ['cancel', entry]).catch(() => undefined);
  }
}

/** Rejects as soon as the signal aborts, whatever `work` is waiting for. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
