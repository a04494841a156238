// generated — do not edit. Source: specs/reply/v3/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its `x-sdk-method` name. */
export const routes = {
  "contacts.create": {"method":"post","path":"/v3/contacts","operationId":"CreateContact","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.get": {"method":"get","path":"/v3/contacts/{id}","operationId":"GetContactById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.update": {"method":"patch","path":"/v3/contacts/{id}","operationId":"UpdateContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.get": {"method":"get","path":"/v3/sequences/{id}/contacts/{contact_id}","operationId":"GetSequenceContactById","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.setStatus": {"method":"post","path":"/v3/sequences/{id}/contacts/set-status-in-sequence","operationId":"SetSequenceContactsStatusInSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
  contacts: {
    /** Create a contact — `POST /v3/contacts` (CreateContact) */
    create: Method<paths, "/v3/contacts", "post">;
    /** Get a contact — `GET /v3/contacts/{id}` (GetContactById) */
    get: Method<paths, "/v3/contacts/{id}", "get">;
    /** Update a contact — `PATCH /v3/contacts/{id}` (UpdateContact) */
    update: Method<paths, "/v3/contacts/{id}", "patch">;
  };
  sequences: {
    contacts: {
      /** Get a contact in a sequence — `GET /v3/sequences/{id}/contacts/{contact_id}` (GetSequenceContactById) */
      get: Method<paths, "/v3/sequences/{id}/contacts/{contact_id}", "get">;
      /** Set contacts' status in a sequence — `POST /v3/sequences/{id}/contacts/set-status-in-sequence` (SetSequenceContactsStatusInSequence) */
      setStatus: Method<paths, "/v3/sequences/{id}/contacts/set-status-in-sequence", "post">;
    };
  };
}
