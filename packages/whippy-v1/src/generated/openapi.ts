// generated — do not edit. Source: specs/whippy/v1/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.
/* eslint-disable */
export interface paths {
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
                status?: "draft" | "active" | "archived";
            };
            /**
             * @description Where the contact stands in its current step.
             * @enum {string}
             */
            contact_status?: "pending" | "active" | "inactive" | "moved" | "finished";
            /** @description The last step the contact completed; null before the first one is done. */
            last_step: components["schemas"]["StepRef"] | null;
            /** @description The step the contact is in now; null once the sequence is done. */
            current_step: components["schemas"]["StepRef"] | null;
            /** @description The step that comes next; null when the current step is the last. */
            next_step: components["schemas"]["StepRef"] | null;
        };
        /** @description A page of the contact's sequences, in Whippy's `data`/`total` list envelope. */
        ContactSequenceList: {
            data: components["schemas"]["ContactSequence"][];
            /** @description Number of matching sequences across all pages. */
            total: number;
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
    };
    parameters: {
        /** @description Contact identifier. */
        ContactId: string;
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
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
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
}
