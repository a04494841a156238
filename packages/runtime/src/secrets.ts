import { redactSecret } from './auth.js';

/**
 * Returns `value` with every occurrence of `secret` in its strings replaced by `[redacted]`: the
 * strings of parsed JSON (walked, so a key JSON would escape is still found), and the message of an
 * Error and its causes. What holds no secret is returned as is, the same object.
 */
export function scrubSecret<T>(value: T, secret: string | undefined, depth = 0): T {
  if (!secret || depth > 32) return value;
  if (typeof value === 'string') return (value.includes(secret) ? redactSecret(value, secret) : value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return scrubError(value, secret, depth) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, index) => {
      const scrubbed = scrubSecret(item, secret, depth + 1);
      if (scrubbed !== item) (copy ??= [...value])[index] = scrubbed;
    });
    return (copy ?? value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const scrubbed = scrubSecret(item, secret, depth + 1);
    const safeKey = scrubSecret(key, secret, depth + 1);
    if (scrubbed !== item || safeKey !== key) {
      copy ??= { ...(value as Record<string, unknown>) };
      if (safeKey !== key) delete copy[key];
      copy[safeKey] = scrubbed;
    }
  }
  return (copy ?? value) as T;
}

function scrubError(error: Error, secret: string, depth: number): Error {
  const message = scrubSecret(error.message, secret);
  const cause = scrubSecret(error.cause, secret, depth + 1);
  const code = (error as { code?: unknown }).code;
  if (message === error.message && cause === error.cause && !String(error.stack).includes(secret)) return error;
  const copy = new Error(message, cause === undefined ? undefined : { cause });
  copy.name = error.name;
  if (code !== undefined) Object.assign(copy, { code: scrubSecret(code, secret) });
  copy.stack = redactSecret(String(error.stack), secret);
  return copy;
}
