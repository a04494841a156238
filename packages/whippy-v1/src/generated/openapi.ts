// generated — do not edit. Source: specs/whippy/v1/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Pages through the organization's contacts, ordered by name and then id. Page either with
         *     `offset` and `limit`, or with the `cursor` from the previous page's `metadata.next_cursor` (faster
         *     on large sets, forward only); sending both `cursor` and `offset` is an error.
         */
        get: operations["GetContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Creates a contact from a phone number and optional details. If the phone number or the external
         *     id already belongs to a contact, Whippy updates that contact instead of creating a duplicate
         *     (changing its phone and email only where no other contact uses them).
         */
        post: operations["CreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search contacts
         * @description Finds contacts by phone, email, name or external id, with the same paging as the contact list.
         *     The criteria travel in a POST body, but nothing is changed, so repeating the request is safe.
         */
        post: operations["SearchContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update contacts in bulk
         * @description Creates or updates many contacts at once, matching existing ones on external id, phone or email
         *     (each unique in the organization) by Whippy's documented precedence. Can also opt the contacts in
         *     to chosen channels or all of them, and attach them to a custom object. The work is queued and
         *     answered with 202.
         */
        post: operations["UpsertContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Returns one contact with its address, birthday, state and per-channel communication preferences.
         */
        get: operations["GetContact"];
        /**
         * Update a contact
         * @description Overwrites a contact's details with the ones sent and returns the result. The body has the same
         *     shape as for creating a contact, so `phone` is required.
         */
        put: operations["UpdateContact"];
        post?: never;
        /**
         * Delete a contact
         * @description Deletes a contact from the organization. Whippy answers with no body.
         */
        delete: operations["DeleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a contact's sequences
         * @description Lists every sequence the contact is part of, with the step it last completed, the step it is
         *     in and the next one. Despite being a read, Whippy takes the paging and filters as a POST body.
         *     The response shape is inferred (see `x-inferred`).
         */
        post: operations["ListContactSequences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}/communication_preferences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * List a contact's communication preferences
         * @description Returns, for each channel of the organization that has a preference on record, whether the contact is opted in to it.
         */
        get: operations["GetContactCommunicationPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}/communication_preferences/opt_in": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Opt contacts in to channels
         * @description Opts the listed contacts in to every listed channel, so they may be messaged there. Contacts are
         *     given by their details (phone required) and channels by id and phone number. The path names a
         *     contact although the body lists contacts (see NOTES.md). Setting the same preference again changes nothing.
         */
        post: operations["OptInCommunicationPreference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}/communication_preferences/opt_out": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Opt contacts out of channels
         * @description Opts the listed contacts out of every listed channel, so they are no longer messaged there. It
         *     takes the same body as opting in; the path names a contact although the body lists contacts (see
         *     NOTES.md). Setting the same preference again changes nothing.
         */
        post: operations["OptOutCommunicationPreference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sequences
         * @description Pages through the organization's sequences, each with its channel and steps.
         */
        get: operations["GetSequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sequences/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sequence runs
         * @description Pages through sequence runs, optionally only those of one contact phone number, in one status,
         *     on one channel, or started within a time window. Filters combine.
         */
        get: operations["GetSequenceRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sequences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        /**
         * Get a sequence
         * @description Returns one sequence with the channel it sends from and its steps in order.
         */
        get: operations["GetSequence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sequences/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        /**
         * List a sequence's contacts
         * @description Pages through the contacts of a sequence. Filters combine, so one request can ask for, say,
         *     contacts on given steps who replied and clicked a link.
         */
        get: operations["GetSequenceContacts"];
        put?: never;
        /**
         * Add contacts to a sequence
         * @description Adds up to 4,000 contacts to a sequence, on a chosen step or the first one, creating any contact
         *     that does not exist yet and a conversation from the `from` channel where needed. Contacts already
         *     active or pending elsewhere in the sequence are skipped; the sequence's settings decide about
         *     re-adding. The work is queued and answered with 202.
         */
        post: operations["CreateSequenceContacts"];
        /**
         * Remove contacts from a sequence
         * @description Takes up to 4,000 contacts out of a sequence and marks them finished. Contacts are given by their
         *     details; one unknown to the organization is created but does not affect the sequence. The work is
         *     queued and answered with 202.
         */
        delete: operations["RemoveSequenceContacts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Whippy's error body. */
        Error: {
            /** @description What went wrong. */
            error: string;
            /** @description The HTTP status code, repeated in the body. */
            status?: number;
        };
        /**
         * @description One sequence the contact belongs to, with the last step it completed, the step it is in and the
         *     step that comes next. Whippy documents these facts but not the field names, so the shape is
         *     inferred; see NOTES.md.
         */
        ContactSequence: {
            sequence: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status?: "draft" | "active" | "archived" | (string & {});
            };
            /**
             * @description Where the contact stands in its current step.
             * @enum {string}
             */
            contact_status?: "pending" | "active" | "inactive" | "moved" | "finished" | (string & {});
            /** @description The last step the contact completed; null before the first one is done. */
            last_step: components["schemas"]["StepRef"] | null;
            /** @description The step the contact is in now; null once the sequence is done. */
            current_step: components["schemas"]["StepRef"] | null;
            /** @description The step that comes next; null when the current step is the last. */
            next_step: components["schemas"]["StepRef"] | null;
        };
        /** @description A page of the contact's sequences, in Whippy's `data`/`total` list envelope. */
        ContactSequenceList: components["schemas"]["ListEnvelope"] & {
            data?: components["schemas"]["ContactSequence"][];
        };
        /** @description Paging and filters for listing a contact's sequences. Every member is optional. */
        ContactSequencesParams: {
            /**
             * @description Page size.
             * @default 50
             */
            limit?: number;
            /**
             * @description Number of sequences to skip.
             * @default 0
             */
            offset?: number;
            /**
             * Format: uuid
             * @description Only this sequence; handy to check whether the contact is in it.
             */
            sequence_id?: string;
            /**
             * @description Only sequences where the contact's latest step is in this state: `pending` (about to enter),
             *     `active` (in it), `inactive` (in it but will not get its message), `moved` (moved to another
             *     step) or `finished` (done with it).
             * @enum {string}
             */
            contact_status?: "pending" | "active" | "inactive" | "moved" | "finished";
            /**
             * @description Only sequences in this state. `draft` sequences accept no contacts and send nothing; `archived` ones are retired.
             * @enum {string}
             */
            sequence_status?: "draft" | "active" | "archived";
        };
        /** @description A sequence step, identified by id and title. */
        StepRef: {
            /** Format: uuid */
            id: string;
            title: string | null;
        };
        /**
         * @description One page of a Whippy list: the items in `data` and, usually, the number of matching items across
         *     all pages in `total`. Page with `limit` and `offset`. `total` is not required: a recorded List
         *     Contacts body carries `data` alone (see NOTES.md, "Evidence").
         */
        ListEnvelope: {
            data: unknown[];
            /** @description Number of matching items across all pages. */
            total?: number;
        };
        /** @description Paging details that come with a contact list page. */
        ListMetadata: {
            /** @description Cursor for the next page; null when there are no more results. */
            next_cursor: string | null;
        };
        /**
         * @description A person the organization can message. Whippy's pages do not document the contact as returned, so
         *     the members follow a third-party description of the API; see NOTES.md.
         */
        Contact: {
            /** Format: uuid */
            id: string;
            phone?: string | null;
            email?: string | null;
            name?: string | null;
            /** @description The contact's id in an outside system; unique within the organization. */
            external_id?: string | null;
            address?: components["schemas"]["Address"] | null;
            birth_date?: components["schemas"]["BirthDate"] | null;
            /**
             * @description Whether the contact is open, archived or blocked.
             * @enum {string}
             */
            state?: "open" | "archived" | "blocked" | (string & {});
            blocked?: boolean;
            communication_preferences?: components["schemas"]["CommunicationPreference"][];
            /**
             * @description Creation time. Recorded bodies carry it without a UTC offset (`2021-06-22T07:45:45`), so it
             *     is not an RFC 3339 date-time; treat it as UTC.
             */
            created_at?: string;
            /** @description Last change, in the same offset-less form as `created_at`. */
            updated_at?: string;
        };
        /** @description Postal address of a contact. */
        Address: {
            address_line_one?: string | null;
            address_line_two?: string | null;
            city?: string | null;
            state?: string | null;
            country?: string | null;
            postal_code?: string | null;
        };
        /** @description A contact's birthday, as separate day, month and year numbers. */
        BirthDate: {
            day?: number | null;
            month?: number | null;
            year?: number | null;
        };
        /** @description Whether a contact may be messaged on one channel. */
        CommunicationPreference: {
            /** Format: uuid */
            channel_id: string;
            /** @description True when the contact is opted in to the channel. */
            opt_in: boolean;
            /** Format: date-time */
            updated_at?: string | null;
        };
        /** @description A channel to opt contacts in to (or out of), named by id, by phone number, or both. */
        OptInChannel: {
            /**
             * Format: uuid
             * @description Channel identifier.
             */
            id?: string;
            /** @description Phone number of the channel. */
            phone?: string;
        };
        /**
         * @description The details of one contact as Whippy accepts them when creating, updating, upserting, opting in
         *     or adding to and removing from a sequence. `phone` is the only required member.
         */
        CreateContactParams: {
            /** @description Phone number; identifies the contact within the organization. */
            phone: string;
            name?: string;
            email?: string;
            /** @description The contact's id in an outside system; unique within the organization. */
            external_id?: string;
            address?: components["schemas"]["Address"];
            birth_date?: components["schemas"]["BirthDate"];
            /** @description Language the contact prefers. */
            language?: string;
            /**
             * Format: uuid
             * @description Channel the contact is messaged from by default.
             */
            default_channel_id?: string;
            /**
             * @description Values for the custom properties of the custom object named at the top of the request, keyed
             *     by property key.
             */
            properties?: {
                [key: string]: unknown;
            };
        };
        /** @description One contact, wrapped in `data`. */
        ContactResponse: {
            data: components["schemas"]["Contact"];
        };
        /**
         * @description A page of contacts in the `data`/`total` envelope. List Contacts adds `metadata.next_cursor` for
         *     cursor paging; other contact lists may leave `metadata` out.
         */
        ContactList: components["schemas"]["ListEnvelope"] & {
            data?: components["schemas"]["Contact"][];
            metadata?: components["schemas"]["ListMetadata"];
        };
        /** @description Criteria for finding contacts, plus paging. Every member is optional. */
        ContactSearchParams: {
            phone?: string;
            email?: string;
            name?: string;
            external_id?: string;
            /**
             * @description Page size.
             * @default 50
             */
            limit?: number;
            /**
             * @description Number of contacts to skip.
             * @default 0
             */
            offset?: number;
        };
        /**
         * @description Contacts to create or update, with optional opt-ins and an optional custom object whose property
         *     values each contact carries in `properties`.
         */
        UpsertContactsParams: {
            contacts: components["schemas"]["CreateContactParams"][];
            /**
             * Format: uuid
             * @description Custom object to associate every contact with (one record per contact).
             */
            custom_object_id?: string;
            /** @description Channels to opt the contacts in to. */
            opt_in_to?: components["schemas"]["OptInChannel"][];
            /** @description Opt the contacts in to every channel of the organization. */
            opt_in_to_all_channels?: boolean;
        };
        /** @description Acknowledgement that a request was queued for background processing. */
        Accepted: {
            data: {
                message?: string;
            };
        };
        /** @description A contact's communication preferences, one per channel, wrapped in `data` (not paged). */
        CommunicationPreferenceList: {
            data: components["schemas"]["CommunicationPreference"][];
        };
        /** @description The channels and the contacts whose preference for those channels is to change. */
        CommunicationPreferenceParams: {
            /** @description Channels the contacts are opted in to or out of. */
            channel: {
                /**
                 * Format: uuid
                 * @description Channel identifier.
                 */
                id?: string;
                /** @description Phone number of the channel. */
                phone: string;
            }[];
            contacts: components["schemas"]["CreateContactParams"][];
        };
        /** @description An automated series of messages, with its steps. */
        Sequence: {
            /** Format: uuid */
            id: string;
            title: string;
            /**
             * Format: uuid
             * @description Channel the sequence sends from.
             */
            channel_id?: string | null;
            steps?: components["schemas"]["SequenceStep"][];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description One step of a sequence. */
        SequenceStep: {
            /** Format: uuid */
            id: string;
            /** @description Kind of step, e.g. `sms` or `email`. */
            type?: string;
            /** @description Message the step sends. */
            body?: string | null;
            /** @description Wait before the step runs. */
            delay?: number;
        };
        /** @description One sequence, wrapped in `data`. */
        SequenceResponse: {
            data: components["schemas"]["Sequence"];
        };
        /** @description A page of sequences. */
        SequenceList: components["schemas"]["ListEnvelope"] & {
            data?: components["schemas"]["Sequence"][];
        };
        /** @description One pass of a contact through a sequence. */
        SequenceRun: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sequence_id: string;
            /** Format: uuid */
            contact_id: string;
            /** @description State of the run; Whippy does not list the values. */
            status?: string;
            /** Format: date-time */
            created_at?: string;
        };
        /** @description A page of sequence runs. */
        SequenceRunList: components["schemas"]["ListEnvelope"] & {
            data?: components["schemas"]["SequenceRun"][];
        };
        /** @description Contacts to add to a sequence, and how to reach them. */
        CreateSequenceContactsParams: {
            /** @description The contacts; one that does not exist yet is created. */
            to: components["schemas"]["CreateContactParams"][];
            /** @description Phone number or email address of an existing channel to send from; must suit the step type. */
            from?: string;
            /**
             * Format: uuid
             * @description Step to add the contacts to; the first step when omitted.
             */
            step_id?: string;
            /**
             * Format: date-time
             * @description When to add the contacts.
             */
            schedule_at?: string;
            /** @description Associates the contacts with a custom object created beforehand. */
            custom_data?: {
                /** Format: uuid */
                custom_object_id?: string;
                /**
                 * @description What the custom data attaches to - the contact or the contact's place in the step.
                 * @enum {string}
                 */
                resource?: "contact" | "step_contact";
            };
            /** @description Call handling for inbound calls from these contacts; overrides the sequence's default call flow. */
            voice_options?: {
                /** Format: uuid */
                default_call_flow_id?: string;
                /** @description Call flow per step. */
                step_overrides?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description Contacts to take out of a sequence. */
        RemoveSequenceContactsParams: {
            contacts: components["schemas"]["CreateContactParams"][];
        };
    };
    responses: {
        /** @description The `X-WHIPPY-KEY` header is missing, or the key is invalid or disabled. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No resource with this id exists in the organization. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests; wait for `Retry-After` seconds before retrying. */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before sending another request.
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No sequence with this id exists in the organization. */
        SequenceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body could not be read. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was queued; Whippy processes it in the background. */
        Accepted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Accepted"];
            };
        };
    };
    parameters: {
        /** @description Contact identifier. */
        ContactId: string;
        /** @description Sequence identifier. */
        SequenceId: string;
        /** @description Page size. Whippy returns 50 items when omitted and accepts at most 500. */
        Limit: number;
        /** @description Number of items to pass over before the page starts. */
        Offset: number;
        /**
         * @description Position to continue from, taken from the previous page's `metadata.next_cursor`. Switches the
         *     list to cursor paging (forward only); it cannot be combined with `offset`. Filters are not part of
         *     the cursor, so send them again with every page.
         */
        Cursor: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaError = components['schemas']['Error'];
export type SchemaContactSequence = components['schemas']['ContactSequence'];
export type SchemaContactSequenceList = components['schemas']['ContactSequenceList'];
export type SchemaContactSequencesParams = components['schemas']['ContactSequencesParams'];
export type SchemaStepRef = components['schemas']['StepRef'];
export type SchemaListEnvelope = components['schemas']['ListEnvelope'];
export type SchemaListMetadata = components['schemas']['ListMetadata'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaAddress = components['schemas']['Address'];
export type SchemaBirthDate = components['schemas']['BirthDate'];
export type SchemaCommunicationPreference = components['schemas']['CommunicationPreference'];
export type SchemaOptInChannel = components['schemas']['OptInChannel'];
export type SchemaCreateContactParams = components['schemas']['CreateContactParams'];
export type SchemaContactResponse = components['schemas']['ContactResponse'];
export type SchemaContactList = components['schemas']['ContactList'];
export type SchemaContactSearchParams = components['schemas']['ContactSearchParams'];
export type SchemaUpsertContactsParams = components['schemas']['UpsertContactsParams'];
export type SchemaAccepted = components['schemas']['Accepted'];
export type SchemaCommunicationPreferenceList = components['schemas']['CommunicationPreferenceList'];
export type SchemaCommunicationPreferenceParams = components['schemas']['CommunicationPreferenceParams'];
export type SchemaSequence = components['schemas']['Sequence'];
export type SchemaSequenceStep = components['schemas']['SequenceStep'];
export type SchemaSequenceResponse = components['schemas']['SequenceResponse'];
export type SchemaSequenceList = components['schemas']['SequenceList'];
export type SchemaSequenceRun = components['schemas']['SequenceRun'];
export type SchemaSequenceRunList = components['schemas']['SequenceRunList'];
export type SchemaCreateSequenceContactsParams = components['schemas']['CreateSequenceContactsParams'];
export type SchemaRemoveSequenceContactsParams = components['schemas']['RemoveSequenceContactsParams'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseSequenceNotFound = components['responses']['SequenceNotFound'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseAccepted = components['responses']['Accepted'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterSequenceId = components['parameters']['SequenceId'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterCursor = components['parameters']['Cursor'];
export type $defs = Record<string, never>;
export interface operations {
    GetContacts: {
        parameters: {
            query?: {
                /** @description Page size. Whippy returns 50 items when omitted and accepts at most 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to pass over before the page starts. */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Position to continue from, taken from the previous page's `metadata.next_cursor`. Switches the
                 *     list to cursor paging (forward only); it cannot be combined with `offset`. Filters are not part of
                 *     the cursor, so send them again with every page.
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            /** @description The paging parameters contradict each other. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description A paging value is out of range. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactParams"];
            };
        };
        responses: {
            /** @description The contact (created, or the existing one it matched, updated). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description A field is missing or invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    SearchContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactSearchParams"];
            };
        };
        responses: {
            /** @description The matching contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description A paging value is out of range. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    UpsertContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertContactsParams"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description A contact or option is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description The contact id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    UpdateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactParams"];
            };
        };
        responses: {
            /** @description The contact after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A field is missing, invalid or taken by another contact. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    DeleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The contact id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListContactSequences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ContactSequencesParams"];
            };
        };
        responses: {
            /** @description A page of the contact's sequences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSequenceList"];
                };
            };
            /** @description The request could not be read. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A paging value or filter is out of range. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetContactCommunicationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationPreferenceList"];
                };
            };
            /** @description The contact id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    OptInCommunicationPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunicationPreferenceParams"];
            };
        };
        responses: {
            /** @description The contacts are opted in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A channel or contact is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    OptOutCommunicationPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Contact identifier. */
                id: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunicationPreferenceParams"];
            };
        };
        responses: {
            /** @description The contacts are opted out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description A channel or contact is invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetSequences: {
        parameters: {
            query?: {
                /** @description Page size. Whippy returns 50 items when omitted and accepts at most 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to pass over before the page starts. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sequences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SequenceList"];
                };
            };
            /** @description A paging parameter is not a number. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description A paging value is out of range. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetSequenceRuns: {
        parameters: {
            query?: {
                /** @description Page size. Whippy returns 50 items when omitted and accepts at most 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to pass over before the page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Only runs of the contact with this phone number, written without spaces. */
                phone?: string;
                /** @description Only runs in this status. */
                status?: string;
                /** @description Only runs whose step contact belongs to this channel. */
                channel_id?: string;
                /** @description Only runs that started at or before this time (ISO 8601). */
                before?: string;
                /** @description Only runs that started at or after this time (ISO 8601). */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sequence runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SequenceRunList"];
                };
            };
            /** @description A filter is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description A paging value is out of range. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetSequence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sequence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SequenceResponse"];
                };
            };
            /** @description The sequence id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetSequenceContacts: {
        parameters: {
            query?: {
                /** @description Page size. Whippy returns 50 items when omitted and accepts at most 500. */
                limit?: components["parameters"]["Limit"];
                /** @description Number of items to pass over before the page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Only contacts in this state within the sequence. */
                status?: "pending" | "active" | "inactive" | "moved" | "complete" | "removed";
                /**
                 * @description Only contacts on these steps; comma-separated step ids.
                 * @example 8b2d3f55-6c7e-4f90-8b1c-2d3e4f5a6b7c,9c3e4a66-7d8f-4a01-9c2d-3e4f5a6b7c8d
                 */
                step_ids?: string;
                /** @description Only contacts who replied to the sequence (true) or who did not (false). */
                responded?: boolean;
                /** @description Only contacts who unsubscribed after the sequence (true) or who did not (false). */
                unsubscribed?: boolean;
                /** @description Only contacts who clicked a link from the sequence (true) or who did not (false). */
                clicked_link?: boolean;
            };
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the sequence's contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            /** @description A filter is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            /** @description A paging value or filter is out of range. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreateSequenceContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSequenceContactsParams"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            /** @description The contacts or options are invalid. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    RemoveSequenceContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveSequenceContactsParams"];
            };
        };
        responses: {
            202: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            /** @description The contact list is empty, too long or has an invalid contact. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}
