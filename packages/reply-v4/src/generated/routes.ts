// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its `x-sdk-method` name. */
export const routes = {
  "contacts.create": {"method":"post","path":"/v4/contacts","operationId":"CreateContact","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.filter": {"method":"post","path":"/v4/contacts/filter","operationId":"FilterContacts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.import": {"method":"post","path":"/v4/contacts/import","operationId":"ImportContacts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.update": {"method":"patch","path":"/v4/contacts/{id}","operationId":"UpdateContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.bulkAdd": {"method":"post","path":"/v4/sequences/{id}/contact-links/bulk","operationId":"BulkAddContactsToSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.bulkRemove": {"method":"post","path":"/v4/sequences/{id}/contact-links/bulk-delete","operationId":"BulkRemoveContactsFromSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.get": {"method":"get","path":"/v4/sequences/{id}/contacts/{contact_id}","operationId":"GetSequenceContact","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.list": {"method":"get","path":"/v4/sequences/{id}/contacts","operationId":"ListContactsInSequence","pathParams":["id"],"queryParams":["top","skip","sort_by","sort_direction"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.setStatus": {"method":"put","path":"/v4/sequences/{id}/contact-links/{contact_id}/status","operationId":"SetSequenceContactStatus","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.emailAccounts.list": {"method":"get","path":"/v4/sequences/{id}/email-accounts","operationId":"ListEmailAccountsInSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.emailAccounts.set": {"method":"put","path":"/v4/sequences/{id}/email-account-links","operationId":"SetSequenceEmailAccounts","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.get": {"method":"get","path":"/v4/sequences/{id}","operationId":"GetSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.create": {"method":"post","path":"/v4/sequences/{id}/steps","operationId":"CreateSequenceStep","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.updateTemplateVariant": {"method":"put","path":"/v4/sequences/{id}/steps/{step_id}/templates/{template_id}","operationId":"UpdateSequenceStepTemplateVariant","pathParams":["id","step_id","template_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
  contacts: {
    /** Create a contact — `POST /v4/contacts` (CreateContact) */
    create: Method<paths, "/v4/contacts", "post">;
    /** Filter contacts — `POST /v4/contacts/filter` (FilterContacts) */
    filter: Method<paths, "/v4/contacts/filter", "post">;
    /** Import contacts — `POST /v4/contacts/import` (ImportContacts) */
    import: Method<paths, "/v4/contacts/import", "post">;
    /** Update a contact — `PATCH /v4/contacts/{id}` (UpdateContact) */
    update: Method<paths, "/v4/contacts/{id}", "patch">;
  };
  sequences: {
    contacts: {
      /** Add contacts to a sequence in bulk — `POST /v4/sequences/{id}/contact-links/bulk` (BulkAddContactsToSequence) */
      bulkAdd: Method<paths, "/v4/sequences/{id}/contact-links/bulk", "post">;
      /** Remove contacts from a sequence in bulk — `POST /v4/sequences/{id}/contact-links/bulk-delete` (BulkRemoveContactsFromSequence) */
      bulkRemove: Method<paths, "/v4/sequences/{id}/contact-links/bulk-delete", "post">;
      /** Get a contact in a sequence — `GET /v4/sequences/{id}/contacts/{contact_id}` (GetSequenceContact) */
      get: Method<paths, "/v4/sequences/{id}/contacts/{contact_id}", "get">;
      /** List contacts in a sequence — `GET /v4/sequences/{id}/contacts` (ListContactsInSequence) */
      list: ListMethod<paths, "/v4/sequences/{id}/contacts", "get">;
      /** Set a contact's status in a sequence — `PUT /v4/sequences/{id}/contact-links/{contact_id}/status` (SetSequenceContactStatus) */
      setStatus: Method<paths, "/v4/sequences/{id}/contact-links/{contact_id}/status", "put">;
    };
    emailAccounts: {
      /** List a sequence's email accounts — `GET /v4/sequences/{id}/email-accounts` (ListEmailAccountsInSequence) */
      list: Method<paths, "/v4/sequences/{id}/email-accounts", "get">;
      /** Set a sequence's email accounts — `PUT /v4/sequences/{id}/email-account-links` (SetSequenceEmailAccounts) */
      set: Method<paths, "/v4/sequences/{id}/email-account-links", "put">;
    };
    /** Get a sequence — `GET /v4/sequences/{id}` (GetSequence) */
    get: Method<paths, "/v4/sequences/{id}", "get">;
    steps: {
      /** Create a sequence step — `POST /v4/sequences/{id}/steps` (CreateSequenceStep) */
      create: Method<paths, "/v4/sequences/{id}/steps", "post">;
      /** Update a step's template variant — `PUT /v4/sequences/{id}/steps/{step_id}/templates/{template_id}` (UpdateSequenceStepTemplateVariant) */
      updateTemplateVariant: Method<paths, "/v4/sequences/{id}/steps/{step_id}/templates/{template_id}", "put">;
    };
  };
}
