/**
 * Timeout signals for requests, shared by requests that start close together.
 *
 * An AbortController costs more than the rest of the SDK's per-request work together (Node makes
 * every AbortSignal transferable), so requests that start within the same slice of time with the
 * same timeout share one. The shared signal fires once the last of them is due: a request times
 * out between `ms` and `ms` plus one slice (a tenth of the timeout, at most 100 ms) after it
 * started. A request that already finished is not affected when its slice's signal fires.
 */
const buckets = new Map<string, AbortSignal>();

export function timeoutSignal(ms: number, now = Date.now()): AbortSignal {
  const width = Math.max(1, Math.min(100, Math.floor(ms / 10)));
  const slice = Math.floor(now / width);
  const key = `${ms}:${slice}`;
  let signal = buckets.get(key);
  if (!signal) {
    const controller = new AbortController();
    signal = controller.signal;
    buckets.set(key, signal);
    const fireAt = (slice + 1) * width + ms;
    const timer = setTimeout(() => {
      buckets.delete(key);
      controller.abort(new Error(`timed out after ${ms} ms`));
    }, fireAt - now);
    // Never keep the process alive just to time out requests nobody waits for.
    if (typeof timer === 'object' && 'unref' in timer) timer.unref();
  }
  return signal;
}
