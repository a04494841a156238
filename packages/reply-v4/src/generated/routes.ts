// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its `x-sdk-method` name. */
export const routes = {
  "sequences.contacts.get": {"method":"get","path":"/v4/sequences/{id}/contacts/{contact_id}","operationId":"GetSequenceContact","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.setStatus": {"method":"put","path":"/v4/sequences/{id}/contact-links/{contact_id}/status","operationId":"SetSequenceContactStatus","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"required","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
  sequences: {
    contacts: {
      /** Get a contact in a sequence — `GET /v4/sequences/{id}/contacts/{contact_id}` (GetSequenceContact) */
      get: Method<paths, "/v4/sequences/{id}/contacts/{contact_id}", "get">;
      /** Set a contact's status in a sequence — `PUT /v4/sequences/{id}/contact-links/{contact_id}/status` (SetSequenceContactStatus) */
      setStatus: Method<paths, "/v4/sequences/{id}/contact-links/{contact_id}/status", "put">;
    };
  };
}
