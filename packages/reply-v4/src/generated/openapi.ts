// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/v4/sequences/{id}/contacts/{contact_id}": {
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
         * @description Returns one contact's enrolment in a sequence, including scheduling and ICP details v3 does not expose.
         */
        get: operations["GetSequenceContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{id}/contact-links/{contact_id}/status": {
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
        get?: never;
        /**
         * Set a contact's status in a sequence
         * @description Puts one contact of a sequence into the given status and returns its updated enrolment. Unlike
         *     v3, v4 also accepts `Inactive`.
         */
        put: operations["SetSequenceContactStatus"];
        post?: never;
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
            status: components["schemas"]["SequenceContactStatus"];
            /**
             * @description Finer-grained state; `AutoReplied` marks a contact whose only reply was automatic.
             * @enum {string|null}
             */
            subStatus?: "None" | "AutoReplied" | null;
            /** @description Number of the step the contact is on. */
            currentStep: number;
            /**
             * Format: date-time
             * @description When the contact joined the sequence.
             */
            addingDate: string;
            /**
             * Format: date-time
             * @description When the contact was last moved from one sequence to another, if ever.
             */
            movingDate?: string | null;
            /**
             * Format: date-time
             * @description Earliest moment the next step may send; null when nothing is scheduled.
             */
            nextSendAfter?: string | null;
            /** @description The contact-level opt-out flag. */
            isOptedOut?: boolean;
            /**
             * Format: int64
             * @description Mailbox assigned to send to this contact; null until one is assigned.
             */
            emailAccountId?: number | null;
            /**
             * Format: int64
             * @description LinkedIn account assigned to this contact; null until one is assigned.
             */
            linkedInAccountId?: number | null;
            /**
             * Format: double
             * @description How well the contact matches the ideal customer profile, when scored.
             */
            icpScore?: number | null;
        };
        /**
         * @description State of a contact inside one sequence (v4 spells the values in PascalCase).
         * @enum {string}
         */
        SequenceContactStatus: "Active" | "Paused" | "Finished" | "Inactive" | "OutOfOffice";
        SetSequenceContactStatusRequest: {
            status: components["schemas"]["SequenceContactStatus"];
        };
    };
    responses: {
        /** @description The `X-API-Key` header is missing, or the key is invalid or revoked. */
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
        /** @description The API key may not act on this sequence. */
        SequenceContactForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
        /** @description The sequence does not exist or the contact is not enrolled in it. */
        SequenceContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
    };
    parameters: {
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
export type SchemaSequenceContact = components['schemas']['SequenceContact'];
export type SchemaSequenceContactStatus = components['schemas']['SequenceContactStatus'];
export type SchemaSetSequenceContactStatusRequest = components['schemas']['SetSequenceContactStatusRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseSequenceContactForbidden = components['responses']['SequenceContactForbidden'];
export type ResponseSequenceContactNotFound = components['responses']['SequenceContactNotFound'];
export type ParameterSequenceId = components['parameters']['SequenceId'];
export type ParameterSequenceContactId = components['parameters']['SequenceContactId'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type $defs = Record<string, never>;
export interface operations {
    GetSequenceContact: {
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
            404: components["responses"]["SequenceContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SetSequenceContactStatus: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSequenceContactStatusRequest"];
            };
        };
        responses: {
            /** @description The contact's state in the sequence after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SequenceContact"];
                };
            };
            /** @description The body failed validation or the transition is not allowed. */
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
            404: components["responses"]["SequenceContactNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
