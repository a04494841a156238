// generated — do not edit. Source: specs/whippy/v1/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its `x-sdk-method` name. */
export const routes = {
  "contacts.listSequences": {"method":"post","path":"/contacts/{id}/sequences","operationId":"ListContactSequences","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"optional","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
  contacts: {
    /** List a contact's sequences — `POST /contacts/{id}/sequences` (ListContactSequences) */
    listSequences: Method<paths, "/contacts/{id}/sequences", "post">;
  };
}
