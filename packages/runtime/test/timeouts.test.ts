import { describe, expect, it } from 'vitest';
import { timeoutSignal } from '../src/timeouts.js';

describe('timeoutSignal', () => {
  it('shares one signal between requests that start in the same slice with the same timeout', () => {
    const now = 1_000_000;
    expect(timeoutSignal(5_000, now)).toBe(timeoutSignal(5_000, now + 99));
    expect(timeoutSignal(5_000, now)).not.toBe(timeoutSignal(5_000, now + 100));
    expect(timeoutSignal(5_000, now)).not.toBe(timeoutSignal(6_000, now));
  });

  it('fires no earlier than the timeout and within one slice after it', async () => {
    const started = Date.now();
    const signal = timeoutSignal(200, started);
    const fired = await new Promise<number>((resolve) => signal.addEventListener('abort', () => resolve(Date.now()), { once: true }));
    expect(fired - started).toBeGreaterThanOrEqual(200);
    expect(fired - started).toBeLessThan(200 + 20 + 50); // one 20 ms slice, plus timer slack
    expect(String(signal.reason)).toContain('timed out after 200 ms');
  });
});
