// generated — do not edit. Source: specs/reply/v3/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/v3/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact
         * @description Stores a new person in Reply and returns the stored record. Identify the person by `email`,
         *     `linkedInUrl`, or both. To load many contacts at once, prefer the import operation: a whole
         *     batch counts as one request against the rate limit.
         */
        post: operations["CreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/{id}": {
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
         * @description Returns one contact with its custom fields, sequence enrolments and list memberships.
         */
        get: operations["GetContactById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes only the members present in the body and returns the whole updated contact. Custom
         *     fields are addressed by `id` or `name` here, while responses list them as `key`/`value` pairs.
         */
        patch: operations["UpdateContact"];
        trace?: never;
    };
    "/v3/sequences/{id}/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
                /** @description Contact identifier. */
                contact_id: components["parameters"]["SequenceContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact in a sequence
         * @description Returns one contact's enrolment in a sequence: its status there, the step it is on, the outcome
         *     of the last email and the accounts assigned to send to it.
         */
        get: operations["GetSequenceContactById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/sequences/{id}/contacts/set-status-in-sequence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set contacts' status in a sequence
         * @description Moves up to 100 contacts of one sequence to the given status. The operation is not atomic:
         *     every contact is handled on its own, and the answer lists only the contacts that could not be
         *     changed, keyed by contact id. An empty object means all of them were changed.
         */
        post: operations["SetSequenceContactsStatusInSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An RFC 9457 problem document. Every error the API returns has at least these members. */
        ProblemDetails: {
            /** @description A URI naming the kind of problem; often a link to the relevant documentation page. */
            type?: string;
            /** @description Short, human-readable name of the problem kind. */
            title: string;
            /** @description The HTTP status code of this response, repeated in the body. */
            status: number;
            /** @description Explanation specific to this occurrence of the problem. */
            detail?: string;
        };
        /** @description A problem raised by a business rule, identified by a stable dotted `code` slug. */
        BusinessProblem: components["schemas"]["ProblemDetails"] & {
            /**
             * @description Machine-readable slug such as `contact.notFound`; safe to branch on.
             * @example contact.notFound
             */
            code: string;
        };
        /** @description A request whose body or parameters failed validation; `errors` lists every rejected value. */
        ValidationProblem: components["schemas"]["ProblemDetails"] & {
            errors: components["schemas"]["ValidationError"][];
        };
        /** @description One rejected input value. */
        ValidationError: {
            /** @description JSON Pointer (RFC 6901) to the offending member of the request body, e.g. `/email`. */
            pointer: string;
            /** @description Why the value was rejected. */
            detail: string;
        };
        /** @description A person stored in Reply, as the API returns it. */
        Contact: {
            /** @description Reply's identifier for the contact; the same number every other endpoint takes. */
            readonly id?: number;
            /**
             * Format: email
             * @description Primary email address.
             */
            email?: string;
            /** @description Domain part of `email`, computed by Reply. */
            readonly domain?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            /** @description Job title. */
            title?: string;
            /** @description Company name. */
            company?: string;
            companySize?: components["schemas"]["CompanySize"];
            industry?: string;
            city?: string;
            /** @description State or province. */
            state?: string;
            country?: string;
            /** @description IANA time-zone name used to schedule sends, e.g. `America/Los_Angeles`. */
            timeZoneId?: string;
            /** Format: uri */
            linkedInUrl?: string;
            /** Format: uri */
            linkedInSalesNavigatorUrl?: string;
            /** Format: uri */
            linkedInRecruiterUrl?: string;
            /**
             * @description Outcome of Reply's phone-number validation.
             * @enum {string}
             */
            phoneStatus?: "pending" | "invalid" | "valid" | "validationFailed" | "notValidated";
            /** @description Free-text notes kept with the contact. */
            notes?: string;
            /** @description User who owns the contact. */
            ownerUserId?: number;
            /** @description Company account the contact is linked to, or null when unlinked. */
            accountId?: number | null;
            /** @description True when the contact must receive no communication at all. */
            readonly isOptedOut?: boolean;
            callStatus?: components["schemas"]["CallStatus"];
            meetingStatus?: components["schemas"]["MeetingStatus"];
            /**
             * Format: date-time
             * @description When the contact was added to Reply.
             */
            readonly addingDate?: string | null;
            /**
             * @description Creation time. Reply sends it without a UTC offset (`2024-03-08T10:00:00`), so it is not an
             *     RFC 3339 date-time; treat it as UTC.
             */
            readonly createdAt?: string | null;
            /** @description Last modification time, in the same offset-less form as `createdAt`. */
            readonly lastModifiedAt?: string | null;
            /** @description Values of the account's custom fields for this contact. */
            customFields?: {
                /** @description Name of the custom field. */
                key: string;
                value?: string | null;
            }[];
            /** @description Sequences the contact is enrolled in. */
            readonly sequences?: {
                sequenceId?: number;
                sequenceName?: string;
                status?: components["schemas"]["SequenceContactStatus"];
                /** @description Number of the step the contact is on. */
                currentStep?: number;
                /**
                 * Format: date-time
                 * @description When the contact joined this sequence.
                 */
                addingDate?: string;
                emailAccountId?: number | null;
                linkedInAccountId?: number | null;
            }[];
            /** @description Contact lists the contact belongs to. */
            readonly lists?: {
                listId?: number;
                listName?: string;
                isShared?: boolean;
            }[];
        };
        /** @description Profile fields that both create and update accept. */
        ContactWritableFields: {
            /**
             * Format: email
             * @description Primary email address.
             */
            email?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            /** @description A second phone number. */
            phone2?: string;
            /** @description Job title. */
            title?: string;
            /** @description Company name. */
            company?: string;
            companySize?: components["schemas"]["CompanySizeInput"];
            industry?: string;
            city?: string;
            /** @description State or province. */
            state?: string;
            country?: string;
            /** @description IANA time-zone name used to schedule sends. */
            timeZoneId?: string;
            /** Format: uri */
            linkedInUrl?: string;
            /** Format: uri */
            linkedInSalesNavigatorUrl?: string;
            /** Format: uri */
            linkedInRecruiterUrl?: string;
            notes?: string;
            /** @description Company account to link the contact to; null unlinks it. */
            accountId?: number | null;
        };
        /**
         * @description Body for creating a contact. Reply needs a way to identify the person: send `email`, `linkedInUrl`,
         *     or both.
         */
        ContactCreateRequest: components["schemas"]["ContactWritableFields"] & {
            /** @description Custom-field values to store, addressed by field name. */
            customFields?: {
                /** @description Name of the custom field. */
                key: string;
                value?: string | null;
            }[];
        } & (unknown | unknown);
        /**
         * @description Partial update of a contact: only the members present are changed. Nullable members can be sent
         *     as null to clear them.
         */
        ContactPatchRequest: components["schemas"]["ContactWritableFields"] & {
            /** @description Opt the contact out of (true) or back into (false) all communication. */
            isOptedOut?: boolean | null;
            /** @description New call status; `none` clears it. */
            callStatus?: components["schemas"]["CallStatus"] | null;
            /** @description New meeting status; `none` clears it. */
            meetingStatus?: components["schemas"]["MeetingStatus"] | null;
            /** @description Hand the contact to another user of the caller's team. A user outside the team is rejected. */
            ownerUserId?: number | null;
            /** @description Custom-field values to change. Address each field by `id` or by `name`. */
            customFields?: {
                /** @description Identifier of the custom field. */
                id?: number | null;
                /** @description Name of the custom field. */
                name?: string | null;
                value?: string | null;
            }[];
        };
        /**
         * @description Employee-count bracket of the contact's company, as the API reports it (camelCase).
         * @enum {string}
         */
        CompanySize: "empty" | "selfEmployed" | "ten" | "fifty" | "twoHundred" | "fiveHundred" | "oneThousand" | "fiveThousand" | "tenThousand" | "overTenThousand";
        /**
         * @description Employee-count bracket accepted on create and update. The API takes these PascalCase names on
         *     input and reports the camelCase equivalents (see CompanySize) on output.
         * @enum {string}
         */
        CompanySizeInput: "Empty" | "SelfEmployed" | "Ten" | "Fifty" | "TwoHundred" | "FiveHundred" | "OneThousand" | "FiveThousand" | "TenThousand" | "OverTenThousand";
        /**
         * @description Where the contact stands on calls, independent of any sequence.
         * @enum {string}
         */
        CallStatus: "none" | "toCall" | "called";
        /**
         * @description Whether a meeting has been booked with the contact, independent of any sequence.
         * @enum {string}
         */
        MeetingStatus: "none" | "meetingBooked";
        /** @description A contact as enrolled in one sequence, with its sequence-specific state. */
        SequenceContact: {
            contactId: number;
            sequenceId: number;
            email?: string | null;
            firstName?: string | null;
            lastName?: string | null;
            company?: string | null;
            /** @description Job title. */
            title?: string | null;
            statusInSequence: components["schemas"]["SequenceContactStatus"];
            /** @description The contact-level opt-out flag (not limited to this sequence). */
            isOptedOut?: boolean;
            callStatus?: components["schemas"]["CallStatus"];
            meetingStatus?: components["schemas"]["MeetingStatus"];
            /**
             * @description Outcome of the last email sent to the contact in this sequence. Null means no email has been
             *     sent yet; both flags false means one was sent and neither a reply nor a bounce came back.
             */
            emailDisposition?: null | {
                isReplied: boolean;
                isBounced: boolean;
            };
            /**
             * @description The step the contact is on. Always present; once no step is in progress `stepId` is null and
             *     `displayName` reads "Finished".
             */
            currentStep: {
                stepId: number | null;
                displayName: string | null;
            };
            /**
             * Format: date-time
             * @description When the contact joined the sequence.
             */
            addingDate?: string;
            /**
             * Format: int64
             * @description Mailbox the sequence sends from for this contact; null until one is assigned.
             */
            emailAccountId?: number | null;
            /**
             * Format: int64
             * @description LinkedIn account the sequence uses for this contact; null until one is assigned.
             */
            linkedInAccountId?: number | null;
        };
        /**
         * @description State of a contact inside one sequence. `inactive` is only ever set by Reply itself, when the
         *     contact lacks data the next step needs (for example no email before an email step).
         * @enum {string}
         */
        SequenceContactStatus: "active" | "paused" | "finished" | "inactive" | "outOfOffice";
        SetStatusInSequenceRequest: {
            /** @description Contacts to change, 1 to 100 per request. */
            contactIds: number[];
            /**
             * @description The state to put the contacts in. `inactive` cannot be set by clients.
             * @enum {string}
             */
            statusInSequence: "active" | "paused" | "finished" | "outOfOffice";
        };
        /**
         * @description Outcome of a non-atomic bulk operation: one entry per item that failed, keyed by the item's id.
         *     Items that succeeded are absent, so `{}` means every item was processed.
         */
        BulkResult: {
            [key: string]: components["schemas"]["NotProcessedItemResult"];
        };
        /** @description Why one item of a bulk request was not processed. */
        NotProcessedItemResult: {
            /** @description Short machine-readable reason, e.g. `notInSequence`. */
            error: string;
            /** @description Human-readable explanation, when Reply gives one. */
            errorDetails?: string | null;
        };
    };
    responses: {
        /** @description The API key is missing, malformed or revoked. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /**
         * @description A rate limit was exceeded (100 requests per minute or 3,000 per hour per user). Wait for
         *     `Retry-After` seconds before retrying.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The API key lacks the scope this operation needs. */
        ContactForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
        /** @description No contact with this id is visible to the caller. */
        ContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
        /** @description The API key lacks the scope this operation needs. */
        SequenceContactForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
    };
    parameters: {
        /** @description Contact identifier. */
        ContactId: number;
        /** @description Sequence identifier. */
        SequenceId: number;
        /** @description Contact identifier. */
        SequenceContactId: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before sending another request.
         * @example 30
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type SchemaProblemDetails = components['schemas']['ProblemDetails'];
export type SchemaBusinessProblem = components['schemas']['BusinessProblem'];
export type SchemaValidationProblem = components['schemas']['ValidationProblem'];
export type SchemaValidationError = components['schemas']['ValidationError'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactWritableFields = components['schemas']['ContactWritableFields'];
export type SchemaContactCreateRequest = components['schemas']['ContactCreateRequest'];
export type SchemaContactPatchRequest = components['schemas']['ContactPatchRequest'];
export type SchemaCompanySize = components['schemas']['CompanySize'];
export type SchemaCompanySizeInput = components['schemas']['CompanySizeInput'];
export type SchemaCallStatus = components['schemas']['CallStatus'];
export type SchemaMeetingStatus = components['schemas']['MeetingStatus'];
export type SchemaSequenceContact = components['schemas']['SequenceContact'];
export type SchemaSequenceContactStatus = components['schemas']['SequenceContactStatus'];
export type SchemaSetStatusInSequenceRequest = components['schemas']['SetStatusInSequenceRequest'];
export type SchemaBulkResult = components['schemas']['BulkResult'];
export type SchemaNotProcessedItemResult = components['schemas']['NotProcessedItemResult'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseContactForbidden = components['responses']['ContactForbidden'];
export type ResponseContactNotFound = components['responses']['ContactNotFound'];
export type ResponseSequenceContactForbidden = components['responses']['SequenceContactForbidden'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterSequenceId = components['parameters']['SequenceId'];
export type ParameterSequenceContactId = components['parameters']['SequenceContactId'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    CreateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreateRequest"];
            };
        };
        responses: {
            /** @description The contact was created; the body is the stored record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The body failed validation or a business rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ContactForbidden"];
            /** @description A resource the body refers to (such as `accountId`) does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BusinessProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetContactById: {
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
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The contact id is not acceptable. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ContactForbidden"];
            404: components["responses"]["ContactNotFound"];
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
                "application/json": components["schemas"]["ContactPatchRequest"];
            };
        };
        responses: {
            /** @description The contact after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The body failed validation or a business rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ContactForbidden"];
            404: components["responses"]["ContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    GetSequenceContactById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
                /** @description Contact identifier. */
                contact_id: components["parameters"]["SequenceContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's state in the sequence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SequenceContact"];
                };
            };
            /** @description A path parameter is not acceptable. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SequenceContactForbidden"];
            /** @description The sequence does not exist or the contact is not enrolled in it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BusinessProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    SetSequenceContactsStatusInSequence: {
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
                "application/json": components["schemas"]["SetStatusInSequenceRequest"];
            };
        };
        responses: {
            /** @description Contacts that could not be changed, keyed by contact id; `{}` when every contact was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description The body failed validation or a business rule. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SequenceContactForbidden"];
            /** @description The sequence does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BusinessProblem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}
