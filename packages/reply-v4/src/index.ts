// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import { createApiClient, type ApiClient, type ApiClientOptions, type ApiDescriptor } from '@engagekit/runtime';
import type { components, operations, paths } from './generated/openapi.js';

export type * from './generated/openapi.js';
export { routes, type Methods, type RouteName } from './generated/routes.js';

/** Named schemas of the spec, e.g. `Schemas['ProblemDetails']`. */
export type Schemas = components['schemas'];

/** What @engagekit/runtime needs to know about this API. */
export const descriptor = {
  id: "reply-v4",
  title: "Reply.io API v4 (preview)",
  packageName: "@engagekit/reply-v4",
  packageVersion: "0.1.0",
  defaultBaseUrl: "https://api.reply.io",
  auth: { type: "apiKeyHeader", header: "X-API-Key" },
  apiKeyEnv: "REPLY_API_KEY",
  // A dynamic import, so the compiled validators load only when validateResponses asks for them.
  loadValidators: () => import('./generated/validators.js'),
} as const satisfies ApiDescriptor;

export type Client = ApiClient<paths>;

/**
 * Creates a typed client for Reply.io API v4 (preview). Every path, parameter, body and response is typed
 * from the spec; the API key is sent as the `X-API-Key` header.
 */
export function createClient(options: ApiClientOptions): Client {
  return createApiClient<paths>(descriptor, options);
}
