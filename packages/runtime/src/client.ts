import createOpenApiClient, { type ClientOptions } from 'openapi-fetch';
import { authHeaders, type AuthScheme } from './auth.js';
import { ConfigurationError } from './errors.js';
import { asStrictClient, type ApiClient } from './typed-client.js';
import type { ValidatorModule } from './validation.js';

/** Static facts about one API, emitted by the generator into each client package. */
export interface ApiDescriptor {
  readonly id: string;
  readonly title: string;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly defaultBaseUrl: string;
  readonly auth: AuthScheme;
  readonly apiKeyEnv: string;
  /** Imports the API package's compiled validators; only `validateResponses` calls it. */
  readonly loadValidators?: () => Promise<ValidatorModule>;
}

export interface ApiClientOptions {
  /** The API key. Required; never logged. */
  apiKey: string;
  /** Overrides the spec's server, e.g. a local mock at `http://127.0.0.1:4010`. */
  baseUrl?: string;
  /** A custom fetch implementation (for tests, proxies, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Extra headers sent with every request. Cannot override the auth header. */
  headers?: Record<string, string>;
}

export function userAgent(descriptor: ApiDescriptor): string {
  const runtime = typeof process !== 'undefined' && process.versions?.node ? `node/${process.versions.node}` : 'browser';
  return `${descriptor.packageName.replace('@', '').replace('/', '-')}/${descriptor.packageVersion} (${runtime})`;
}

export function validateOptions(descriptor: ApiDescriptor, options: ApiClientOptions | undefined): void {
  if (!options || typeof options !== 'object') {
    throw new ConfigurationError(`${descriptor.packageName}: createClient needs an options object with an apiKey.`);
  }
  const { apiKey, baseUrl } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new ConfigurationError(
      `${descriptor.packageName}: apiKey is missing or empty. Pass { apiKey } (for example from process.env.${descriptor.apiKeyEnv}).`,
    );
  }
  if (baseUrl !== undefined) {
    try {
      new URL(baseUrl);
    } catch {
      throw new ConfigurationError(`${descriptor.packageName}: baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL.`);
    }
  }
}

/** openapi-fetch options for an API: its server (or the override), identity and auth headers. */
export function baseClientOptions(descriptor: ApiDescriptor, options: ApiClientOptions): ClientOptions {
  return {
    baseUrl: (options.baseUrl ?? descriptor.defaultBaseUrl).replace(/\/+$/, ''),
    headers: {
      'User-Agent': userAgent(descriptor),
      ...options.headers,
      ...authHeaders(descriptor.auth, options.apiKey),
    },
  };
}

/** Builds an openapi-fetch client that authenticates every request and identifies itself. */
export function createApiClient<Paths extends {}>(descriptor: ApiDescriptor, options: ApiClientOptions): ApiClient<Paths> {
  validateOptions(descriptor, options);
  const clientOptions = baseClientOptions(descriptor, options);
  if (options.fetch) clientOptions.fetch = options.fetch;
  return asStrictClient(createOpenApiClient<Paths>(clientOptions));
}
