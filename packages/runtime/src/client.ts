import createOpenApiClient, { defaultPathSerializer, type ClientOptions } from 'openapi-fetch';
import { authHeaders, type AuthScheme } from './auth.js';
import { ConfigurationError, InvalidRequestError } from './errors.js';
import { fetchSameOriginRedirects } from './redirects.js';
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

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

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
  // A header cannot carry control characters (fetch would throw a TypeError quoting the key), and
  // fetch trims surrounding whitespace, so the key sent would differ from the one redacted.
  // The messages never quote the key.
  if (CONTROL_CHARACTER.test(apiKey)) {
    throw new ConfigurationError(
      `${descriptor.packageName}: apiKey contains a control character (a newline, carriage return, tab…); check how ${descriptor.apiKeyEnv} was read.`,
    );
  }
  if (apiKey.trim() !== apiKey) {
    throw new ConfigurationError(`${descriptor.packageName}: apiKey starts or ends with whitespace; check how ${descriptor.apiKeyEnv} was read.`);
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

/**
 * Builds an openapi-fetch client that authenticates every request and identifies itself. Its fetch
 * follows same-origin redirects only (a redirect to another origin comes back as the 3xx response),
 * and a path parameter that would change the route (`''`, `'.'`, `'..'`) throws InvalidRequestError.
 */
export function createApiClient<Paths extends {}>(descriptor: ApiDescriptor, options: ApiClientOptions): ApiClient<Paths> {
  validateOptions(descriptor, options);
  const clientOptions = baseClientOptions(descriptor, options);
  clientOptions.fetch = sameOriginFetch(options.fetch ?? ((request: Request) => globalThis.fetch(request)));
  clientOptions.pathSerializer = routeKeepingPathSerializer;
  return asStrictClient(createOpenApiClient<Paths>(clientOptions));
}

/** Wraps openapi-fetch's `fetch(request)` so a redirect never takes the key or the body to another origin. */
function sameOriginFetch(fetch: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    // Read once, so a same-origin 307/308 can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    return fetchSameOriginRedirects((url, init) => fetch(new Request(url, init)), request.url, {
      method: request.method,
      headers: request.headers,
      body,
      signal: request.signal,
      redirect: 'manual',
    });
  };
}

function routeKeepingPathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(pathParams ?? {})) {
    if (value === '' || value === '.' || value === '..') {
      throw new InvalidRequestError(`${pathname}: path parameter ${name} must not be ${JSON.stringify(value)}: it would change the route.`, pathname, name);
    }
  }
  return defaultPathSerializer(pathname, pathParams);
}
