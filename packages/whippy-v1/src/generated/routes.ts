// generated — do not edit. Source: specs/whippy/v1/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its `x-sdk-method` name. */
export const routes = {
  "contacts.create": {"method":"post","path":"/contacts","operationId":"CreateContact","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.delete": {"method":"delete","path":"/contacts/{id}","operationId":"DeleteContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.get": {"method":"get","path":"/contacts/{id}","operationId":"GetContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.list": {"method":"get","path":"/contacts","operationId":"GetContacts","pathParams":[],"queryParams":["limit","offset","cursor"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.listCommunicationPreferences": {"method":"get","path":"/contacts/{id}/communication_preferences","operationId":"GetContactCommunicationPreferences","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.listSequences": {"method":"post","path":"/contacts/{id}/sequences","operationId":"ListContactSequences","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"optional","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.optIn": {"method":"post","path":"/contacts/{id}/communication_preferences/opt_in","operationId":"OptInCommunicationPreference","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"channel":1000,"contacts":1000}},
  "contacts.optOut": {"method":"post","path":"/contacts/{id}/communication_preferences/opt_out","operationId":"OptOutCommunicationPreference","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"channel":1000,"contacts":1000}},
  "contacts.search": {"method":"post","path":"/contacts/search","operationId":"SearchContacts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.update": {"method":"put","path":"/contacts/{id}","operationId":"UpdateContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.upsert": {"method":"post","path":"/contacts/upsert","operationId":"UpsertContacts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"opt_in_to":1000}},
  "sequences.contacts.add": {"method":"post","path":"/sequences/{id}/contacts","operationId":"CreateSequenceContacts","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"to":4000}},
  "sequences.contacts.list": {"method":"get","path":"/sequences/{id}/contacts","operationId":"GetSequenceContacts","pathParams":["id"],"queryParams":["limit","offset","status","step_ids","responded","unsubscribed","clicked_link"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.remove": {"method":"delete","path":"/sequences/{id}/contacts","operationId":"RemoveSequenceContacts","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contacts":4000}},
  "sequences.get": {"method":"get","path":"/sequences/{id}","operationId":"GetSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.list": {"method":"get","path":"/sequences","operationId":"GetSequences","pathParams":[],"queryParams":["limit","offset"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.runs.list": {"method":"get","path":"/sequences/runs","operationId":"GetSequenceRuns","pathParams":[],"queryParams":["limit","offset","phone","status","channel_id","before","after"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
  contacts: {
    /** Create a contact — `POST /contacts` (CreateContact) */
    create: Method<paths, "/contacts", "post">;
    /** Delete a contact — `DELETE /contacts/{id}` (DeleteContact) */
    delete: Method<paths, "/contacts/{id}", "delete">;
    /** Get a contact — `GET /contacts/{id}` (GetContact) */
    get: Method<paths, "/contacts/{id}", "get">;
    /** List contacts — `GET /contacts` (GetContacts) */
    list: Method<paths, "/contacts", "get">;
    /** List a contact's communication preferences — `GET /contacts/{id}/communication_preferences` (GetContactCommunicationPreferences) */
    listCommunicationPreferences: Method<paths, "/contacts/{id}/communication_preferences", "get">;
    /** List a contact's sequences — `POST /contacts/{id}/sequences` (ListContactSequences) */
    listSequences: Method<paths, "/contacts/{id}/sequences", "post">;
    /** Opt contacts in to channels — `POST /contacts/{id}/communication_preferences/opt_in` (OptInCommunicationPreference) */
    optIn: Method<paths, "/contacts/{id}/communication_preferences/opt_in", "post">;
    /** Opt contacts out of channels — `POST /contacts/{id}/communication_preferences/opt_out` (OptOutCommunicationPreference) */
    optOut: Method<paths, "/contacts/{id}/communication_preferences/opt_out", "post">;
    /** Search contacts — `POST /contacts/search` (SearchContacts) */
    search: Method<paths, "/contacts/search", "post">;
    /** Update a contact — `PUT /contacts/{id}` (UpdateContact) */
    update: Method<paths, "/contacts/{id}", "put">;
    /** Create or update contacts in bulk — `POST /contacts/upsert` (UpsertContacts) */
    upsert: Method<paths, "/contacts/upsert", "post">;
  };
  sequences: {
    contacts: {
      /** Add contacts to a sequence — `POST /sequences/{id}/contacts` (CreateSequenceContacts) */
      add: Method<paths, "/sequences/{id}/contacts", "post">;
      /** List a sequence's contacts — `GET /sequences/{id}/contacts` (GetSequenceContacts) */
      list: Method<paths, "/sequences/{id}/contacts", "get">;
      /** Remove contacts from a sequence — `DELETE /sequences/{id}/contacts` (RemoveSequenceContacts) */
      remove: Method<paths, "/sequences/{id}/contacts", "delete">;
    };
    /** Get a sequence — `GET /sequences/{id}` (GetSequence) */
    get: Method<paths, "/sequences/{id}", "get">;
    /** List sequences — `GET /sequences` (GetSequences) */
    list: Method<paths, "/sequences", "get">;
    runs: {
      /** List sequence runs — `GET /sequences/runs` (GetSequenceRuns) */
      list: Method<paths, "/sequences/runs", "get">;
    };
  };
}
