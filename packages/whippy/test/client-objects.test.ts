import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, Whippy } from '../src/index.js';

const SECRET = 'whippy_key_31c9e0a4';

describe('a Whippy client never shows its key', () => {
  it('util.inspect (hidden members and all) and JSON.stringify', () => {
    const whippy = new Whippy({ apiKey: SECRET });
    for (const text of [inspect(whippy, { depth: Infinity, showHidden: true }), JSON.stringify(whippy)]) expect(text).not.toContain(SECRET);
  });

  it('refuses a key with a newline without printing it', () => {
    let caught: unknown;
    try {
      new Whippy({ apiKey: `${SECRET}\n` });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect(inspect(caught)).not.toContain(SECRET);
  });
});
