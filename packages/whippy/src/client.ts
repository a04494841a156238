import { ConfigurationError, SdkCore, buildMethods, type SdkDefaults, type SdkOptions } from '@engagekit/runtime';
import { descriptor, routes, type Methods } from '@engagekit/whippy-v1';

export type WhippyOptions = SdkOptions;

/** Whippy publishes no rate limits, so the client-side limiter is off unless configured. */
const whippyDefaults: SdkDefaults = { rateLimit: {} };

/** The Whippy SDK: every operation of the Whippy v1 spec as a method. */
export class Whippy {
  constructor(options: WhippyOptions) {
    Object.assign(this, buildMethods<Methods>(new SdkCore(descriptor, options, whippyDefaults), routes));
  }

  /** Builds a client from `WHIPPY_API_KEY` (and `WHIPPY_BASE_URL`, when set). */
  static fromEnv(options: Partial<WhippyOptions> = {}): Whippy {
    const env = typeof process !== 'undefined' ? process.env : {};
    const apiKey = options.apiKey ?? env.WHIPPY_API_KEY;
    if (!apiKey) throw new ConfigurationError('@engagekit/whippy: WHIPPY_API_KEY is not set. Export it or pass { apiKey }.');
    return new Whippy({ ...options, apiKey, baseUrl: options.baseUrl ?? env.WHIPPY_BASE_URL });
  }
}

// The methods are attached at construction from the generated route table.
export interface Whippy extends Methods {}
