// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.
/* eslint-disable */
export interface paths {
    "/v4/contacts": {
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
         * @description Stores one new person in Reply and returns the stored record, including the derived `domain` and
         *     the contact's sequences and lists. Custom-field values are given by key. For many contacts at once,
         *     use the import operation instead.
         */
        post: operations["CreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts
         * @description Creates or updates a batch of contacts in one request and reports, item by item and in the
         *     order submitted, whether each was created, updated, skipped or failed. The batch-wide `options`
         *     decide how existing contacts are treated and which lists receive the contacts. Items are processed
         *     independently, so a failed item does not stop the others.
         */
        post: operations["ImportContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/contacts/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Filter contacts
         * @description Finds the contacts that meet every given criterion: property rules, membership of a list, a
         *     sequence or a sequence step, and a free-text term. The criteria travel in the body although
         *     nothing is changed, so repeating the request is safe.
         */
        post: operations["FilterContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/contacts/{id}": {
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes only the fields present in the body and returns the whole updated contact. Custom fields
         *     are addressed by `id` or `name` here, not by `key` as in the response. Reply marks this operation
         *     as not yet available.
         */
        patch: operations["UpdateContact"];
        trace?: never;
    };
    "/v4/sequences/{id}": {
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
         * @description Returns one sequence in full: its status, owner, schedule, the mailboxes and LinkedIn accounts it
         *     uses, its sending settings and every step with its template content.
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
    "/v4/sequences/{id}/contacts": {
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
         * List contacts in a sequence
         * @description Pages through the contacts enrolled in a sequence, each with its state there: status, current
         *     step, next scheduled send and assigned accounts. Page with `top`/`skip`; `hasMore` tells whether
         *     another page exists.
         */
        get: operations["ListContactsInSequence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/v4/sequences/{id}/contact-links/bulk": {
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
         * Add contacts to a sequence in bulk
         * @description Enrols several existing contacts in the sequence at once, optionally on a given step and
         *     optionally pulling them out of the sequences they are in first. Contacts are handled one by one:
         *     the answer lists those added and, keyed by contact id, those that were not. Reply marks this
         *     operation as not yet available.
         */
        post: operations["BulkAddContactsToSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{id}/contact-links/bulk-delete": {
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
         * Remove contacts from a sequence in bulk
         * @description Takes several contacts out of the sequence in one request and reports how many were removed,
         *     how many ids matched no contact and how many were not enrolled. Repeating it leaves the sequence
         *     in the same state; only the counts differ.
         */
        post: operations["BulkRemoveContactsFromSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{id}/steps": {
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
         * Create a sequence step
         * @description Adds one email step to the sequence and returns it with its new id. Each variant either points
         *     at a saved template or carries its own subject and body. Set `parentId` and `ifConditionPositive`
         *     to place the step on a branch of a condition step.
         */
        post: operations["CreateSequenceStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{id}/steps/{step_id}/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
                /** @description Sequence step identifier. */
                step_id: components["parameters"]["StepId"];
                /** @description Identifier of the email template entry (variant) inside the step. */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a step's template variant
         * @description Replaces the content of one email variant of a step: either point it at a saved template with
         *     `templateId`, or give it a `subject` and `body`. Returns the variant as stored.
         */
        put: operations["UpdateSequenceStepTemplateVariant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{id}/email-accounts": {
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
         * List a sequence's email accounts
         * @description Returns every mailbox the sequence sends from, with its owner, provider, daily limit and
         *     connection state. The answer is a plain array, not a paged envelope.
         */
        get: operations["ListEmailAccountsInSequence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{id}/email-account-links": {
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
        /**
         * Set a sequence's email accounts
         * @description Makes the given mailboxes the complete set the sequence sends from: mailboxes not listed are
         *     unlinked. Reply answers with no body.
         */
        put: operations["SetSequenceEmailAccounts"];
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
            /**
             * @description Extension members of the problem, as ASP.NET serialises them; recorded validation problems
             *     carry an empty object here.
             */
            extensions?: Record<string, never> | null;
        };
        /** @description A problem raised by a business rule, identified by a stable dotted `code` slug. */
        BusinessProblem: components["schemas"]["ProblemDetails"] & {
            /**
             * @description Machine-readable slug such as `contact.notFound`; safe to branch on.
             * @example contact.notFound
             */
            code?: string;
        };
        /** @description A request whose body or parameters failed validation; `errors` lists every rejected value. */
        ValidationProblem: components["schemas"]["ProblemDetails"] & {
            errors?: components["schemas"]["ValidationError"][];
        };
        /** @description One rejected input value. */
        ValidationError: {
            /** @description JSON Pointer (RFC 6901) to the offending member of the request body, e.g. `/email`. */
            pointer: string;
            /** @description Why the value was rejected. */
            detail: string;
        };
        /**
         * @description One page of a `top`/`skip` list. `hasMore` is true while further pages exist; request the next
         *     one with `skip` increased by the page size. `totalCount` is present only where Reply reports it.
         */
        ListEnvelope: {
            items: unknown[];
            readonly hasMore: boolean;
            totalCount?: number;
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
            status: components["schemas"]["SequenceContactStatus"] | (string & {});
            /**
             * @description Finer-grained state; `AutoReplied` marks a contact whose only reply was automatic.
             * @enum {string|null}
             */
            subStatus?: "None" | "AutoReplied" | null | (string & {});
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
        /**
         * @description A person stored in Reply, with the sequences and lists it belongs to. The v4 pages name the members
         *     only through their example; see NOTES.md for the decisions on types and required members.
         */
        Contact: {
            readonly id: number;
            /**
             * Format: email
             * @description Primary email address.
             */
            email?: string | null;
            /** @description Domain of the email address, derived by Reply. */
            readonly domain?: string | null;
            firstName?: string | null;
            lastName?: string | null;
            phone?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Company name. */
            company?: string | null;
            companySize?: (components["schemas"]["CompanySize"] | (string & {})) | null;
            industry?: string | null;
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            country?: string | null;
            /** @description IANA time-zone name used to schedule sends, e.g. `America/Los_Angeles`. */
            timeZoneId?: string | null;
            /** Format: uri */
            linkedInUrl?: string | null;
            /** Format: uri */
            linkedInSalesNavigatorUrl?: string | null;
            /** Format: uri */
            linkedInRecruiterUrl?: string | null;
            phoneStatus?: components["schemas"]["PhoneStatus"] | null;
            /** @description Free-text notes kept with the contact. */
            notes?: string | null;
            /** @description User who owns the contact. */
            ownerUserId?: number | null;
            /** @description Company account the contact is linked to. */
            accountId?: number | null;
            /** @description Whether the contact opted out of all communication. */
            isOptedOut?: boolean;
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
            customFields?: components["schemas"]["ContactCustomField"][] | null;
            readonly sequences?: components["schemas"]["ContactSequenceMembership"][] | null;
            readonly lists?: components["schemas"]["ContactListMembership"][] | null;
        };
        /**
         * @description Employee-count bracket of the contact's company (v4 spells the values in PascalCase).
         * @enum {string}
         */
        CompanySize: "Empty" | "SelfEmployed" | "Ten" | "Fifty" | "TwoHundred" | "FiveHundred" | "OneThousand" | "FiveThousand" | "TenThousand" | "OverTenThousand";
        /**
         * @description Outcome of Reply's check of the contact's phone number.
         * @enum {string}
         */
        PhoneStatus: "Pending" | "Invalid" | "Valid" | "ValidationFailed" | "NotValidated" | (string & {});
        /** @description One custom-field value of a contact, addressed by the field's key. */
        ContactCustomField: {
            /** @description Key (name) of the custom field. */
            key: string;
            value?: string | null;
        };
        /** @description A sequence the contact is enrolled in, as summarised on the contact record. */
        ContactSequenceMembership: {
            sequenceId: number;
            sequenceName?: string | null;
            status: components["schemas"]["SequenceContactStatus"] | (string & {});
            /** @description Number of the step the contact is on. */
            currentStep?: number | null;
            /**
             * Format: date-time
             * @description When the contact joined the sequence.
             */
            addingDate?: string | null;
            /**
             * Format: int64
             * @description Mailbox sending to the contact in this sequence.
             */
            emailAccountId?: number | null;
            /**
             * Format: int64
             * @description LinkedIn account working the contact in this sequence.
             */
            linkedInAccountId?: number | null;
        };
        /** @description A contact list the contact belongs to. */
        ContactListMembership: {
            listId: number;
            listName?: string | null;
            /** @description Whether the list is shared with the rest of the team. */
            isShared?: boolean;
        };
        /** @description Profile fields that both creating and updating a contact accept. */
        ContactWritableFields: {
            /**
             * Format: email
             * @description Primary email address.
             */
            email?: string | null;
            firstName?: string | null;
            lastName?: string | null;
            phone?: string | null;
            /** @description A second phone number. */
            phone2?: string | null;
            /** @description Job title. */
            title?: string | null;
            /** @description Company name. */
            company?: string | null;
            companySize?: components["schemas"]["CompanySize"] | null;
            industry?: string | null;
            city?: string | null;
            /** @description State or province. */
            state?: string | null;
            country?: string | null;
            /** @description IANA time-zone name used to schedule sends. */
            timeZoneId?: string | null;
            /** Format: uri */
            linkedInUrl?: string | null;
            /** Format: uri */
            linkedInSalesNavigatorUrl?: string | null;
            /** Format: uri */
            linkedInRecruiterUrl?: string | null;
            notes?: string | null;
            /** @description Hand the contact to another user of the team. */
            ownerUserId?: number | null;
            /** @description Company account to link the contact to; null unlinks it. */
            accountId?: number | null;
        };
        /**
         * @description A new contact. The page's field list is cut off, so the members are those of its example plus the
         *     shared profile fields; no member is marked required (see NOTES.md).
         */
        ContactCreateRequest: components["schemas"]["ContactWritableFields"] & {
            /** @description Initial custom-field values, addressed by key. */
            customFields?: components["schemas"]["ContactCustomField"][];
        };
        /**
         * @description Partial update of a contact: only the members present are changed; nullable members can be sent as
         *     null to clear them. Also the item type of an import.
         */
        ContactPatchRequest: components["schemas"]["ContactWritableFields"] & {
            /**
             * @description Custom-field values to change. Unlike the response, which uses `key`, each entry addresses its
             *     field by `id` or by `name`.
             */
            customFields?: {
                /** @description Identifier of the custom field. */
                id?: number | null;
                /** @description Name of the custom field. */
                name?: string | null;
                value?: string | null;
            }[];
        };
        /** @description A batch of contacts to create or update, with settings for the whole batch. */
        ContactImportRequest: {
            /** @description The contacts, each with the fields of a contact update. */
            items: components["schemas"]["ContactPatchRequest"][];
            /** @description Settings for the import. Reply documents the names but not their meaning; see NOTES.md. */
            options?: {
                /** @description Replace the stored values of contacts that already exist. */
                overwriteExisting?: boolean;
                /** @description Leave contacts that already exist untouched. */
                skipExisting?: boolean;
                /** @description Let Reply derive each contact's time zone. */
                detectTimeZone?: boolean;
                /** @description Contact lists to add the imported contacts to. */
                listIds?: number[];
            };
        };
        /** @description Outcome of an import, with one result per submitted contact in submission order. */
        ContactImportResult: {
            items: {
                /** @description The contact's id; null when the item failed. */
                id?: number | null;
                /**
                 * @description What happened to the item.
                 * @enum {string}
                 */
                status: "Created" | "Updated" | "Skipped" | "Failed" | (string & {});
                /** @description Why the item failed. */
                error?: string | null;
            }[];
            /** @description Contacts created. */
            added: number;
            /** @description Existing contacts updated. */
            updated: number;
            /** @description Contacts left untouched. */
            skipped: number;
            /** @description Contacts that could not be processed. */
            failed: number;
        };
        /**
         * @description Criteria for finding contacts. Every member is optional. Reply's page shows the member names with
         *     placeholder values only, so the accepted `property` and `condition` values are not documented.
         */
        ContactFilterRequest: {
            /** @description Conditions a contact must meet. */
            rules?: {
                /** @description Contact property to test, e.g. `title`. */
                property: string;
                /** @description Comparison to apply. */
                condition: string;
                /** @description Value to compare with. */
                value?: string | null;
            }[];
            /** @description Only contacts in this list. */
            listId?: number | null;
            /** @description Only contacts enrolled in this sequence. */
            sequenceId?: number | null;
            /** @description Only contacts currently on this sequence step. */
            sequenceStepId?: number | null;
            /** @description Free text matched against the contact's main fields. */
            searchTerm?: string | null;
            /** @description Contact property to sort by. */
            sortBy?: string | null;
            /** @description Sort order. */
            sortDirection?: string | null;
        };
        /**
         * @description The items of a non-atomic bulk operation that failed, keyed by the item's id. Items that succeeded
         *     are absent, so `{}` means every item was processed. The v4 page collapses the entry's members;
         *     they follow Reply's v3 model (see NOTES.md).
         */
        BulkResult: {
            [key: string]: components["schemas"]["NotProcessedItemResult"];
        };
        /** @description Why one item of a bulk request was not processed. */
        NotProcessedItemResult: {
            /** @description Short machine-readable reason, e.g. `ContactAlreadyInSequence`. */
            error: string;
            /** @description Human-readable explanation, when Reply gives one. */
            errorDetails?: string | null;
        };
        /** @description Contacts to enrol in the sequence in one request. */
        BulkAddContactsToSequenceRequest: {
            /** @description Contacts to add. */
            contactIds: number[];
            /**
             * @description Take the contacts out of the sequences they are in before adding them here.
             * @default false
             */
            removeFromExisting?: boolean;
            /** @description Step to start the contacts on; the first step when omitted. */
            startStepId?: number | null;
        };
        /** @description Which contacts were enrolled and which were not. */
        BulkAddContactsToSequenceResult: {
            /** @description Contacts enrolled by this request. */
            added: number[];
            notProcessed: components["schemas"]["BulkResult"];
        };
        /** @description Contacts to take out of the sequence. */
        BulkRemoveContactsFromSequenceRequest: {
            contactIds: number[];
        };
        /** @description Counts of what happened to the requested contacts, and the ids actually removed. */
        BulkRemoveContactsFromSequenceResult: {
            /** @description Contacts named in the request. */
            requested: number;
            /** @description Contacts taken out of the sequence. */
            removed: number;
            /** @description Ids that match no contact. */
            notFound: number;
            /** @description Contacts that exist but were not enrolled in the sequence. */
            notInSequence: number;
            removedIds: number[];
        };
        /** @description A sequence with its mailboxes, LinkedIn accounts, settings and steps. */
        Sequence: {
            id: number;
            /** @description User who owns the sequence. */
            ownerUserId?: number;
            name?: string;
            /**
             * Format: date-time
             * @description When the sequence was created.
             */
            created?: string;
            status?: components["schemas"]["SequenceStatus"];
            isArchived?: boolean;
            /** @description Sending schedule the sequence follows. */
            scheduleId?: number | null;
            /** @description Mailboxes the sequence sends from. */
            emailAccounts?: {
                /** Format: int64 */
                id: number;
                /** Format: email */
                email?: string | null;
            }[] | null;
            /** @description LinkedIn accounts the sequence works through. */
            linkedInAccounts?: {
                /** Format: int64 */
                id: number;
                name?: string | null;
                /** Format: uri */
                profileUrl?: string | null;
                /** @description State of the account's connection, e.g. `Enabled`. */
                status?: string | null;
            }[] | null;
            settings?: components["schemas"]["SequenceSettings"] | null;
            steps?: components["schemas"]["SequenceStep"][] | null;
        };
        /**
         * @description Lifecycle state of a sequence.
         * @enum {string}
         */
        SequenceStatus: "New" | "Active" | "Paused" | "Archived" | (string & {});
        /** @description Sending limits and tracking options of a sequence. */
        SequenceSettings: {
            /** @description Emails the sequence may send per day. */
            emailsCountPerDay?: number;
            /** @description Days after the last step before a contact is marked finished. */
            daysToFinishProspect?: number;
            /** @description Pause between two sends, in seconds. */
            emailSendingDelaySeconds?: number;
            /** @description Cap on new contacts started per day. */
            dailyThrottling?: number;
            disableOpensTracking?: boolean;
            /** @description What happens to a contact who replies, e.g. `MARK_AS_FINISHED` (the only value shown). */
            repliesHandlingType?: string | null;
            enableLinksTracking?: boolean;
        };
        /**
         * @description A step as it appears inside a sequence. Its `template` carries `emailTemplate` for email steps and
         *     `linkedInTemplate` for LinkedIn steps.
         */
        SequenceStep: {
            id: number;
            /** @description Channel of the step, e.g. `Email` or `LinkedIn`. */
            type: string;
            /** @description Position of the step, as a string (`"1"`, `"2"`). */
            number: string;
            /** @description Wait after the previous step before this one runs. */
            delayInMinutes: number;
            template?: {
                emailTemplate?: {
                    executionMode?: components["schemas"]["ExecutionMode"] | (string & {});
                    /** @description The step's A/B variants. */
                    templates?: {
                        variantId?: number;
                        subject?: string | null;
                        body?: string | null;
                        isEnabled?: boolean;
                    }[] | null;
                } | null;
                linkedInTemplate?: {
                    /** @description LinkedIn action the step performs, e.g. `Message`. */
                    actionType?: string | null;
                    messageData?: {
                        content?: string | null;
                    } | null;
                } | null;
            } | null;
        };
        /**
         * @description Whether a step sends on its own (`Automatic`) or waits for a person to send it (`Manual`).
         * @enum {string}
         */
        ExecutionMode: "Automatic" | "Manual";
        /**
         * @description One email variant of an email step. Either reference a saved template with `templateId`, or give
         *     `subject` and `body` inline; when `templateId` is set, `subject` and `body` are ignored.
         */
        EmailTemplate: {
            /** @description Identifier of this variant within the step. */
            id?: number;
            /** @description Subject line; needed when `templateId` is absent. */
            subject?: string | null;
            /** @description Message body; needed when `templateId` is absent. */
            body?: string | null;
            /** @description Saved email template to use instead of inline content. */
            templateId?: number | null;
        };
        /**
         * @description An email step and its variants. v4 documents only the email variant of the step model; `id` is set
         *     by Reply.
         */
        EmailStep: {
            /** @description Identifier of the step. */
            readonly id?: number | null;
            /**
             * @description Step kind; v4 documents only `Email`.
             * @enum {string}
             */
            type: "Email";
            /** @description Wait after the previous step before this one runs. */
            delayInMinutes: number;
            executionMode: components["schemas"]["ExecutionMode"];
            /** @description The step's variants (A/B versions). */
            templates: components["schemas"]["EmailTemplate"][];
            /** @description Parent step, for a step on a condition branch. */
            parentId?: number | null;
            /** @description Whether the step sits on the positive branch of its parent condition. */
            ifConditionPositive?: boolean | null;
        };
        /** @description A mailbox that can send for a sequence. */
        EmailAccount: {
            /** Format: int64 */
            id: number;
            /** @description User who owns the mailbox. */
            ownerUserId?: number;
            /** Format: email */
            email?: string;
            /** @description Name recipients see as the sender. */
            senderName?: string | null;
            /** @description Mail provider, e.g. `Gmail`, `Exchange` or `Custom`. */
            emailAccountType?: string | null;
            /** @description Whether this is the owner's default mailbox. */
            isDefault?: boolean;
            /** @description Most emails the mailbox may send per day. */
            dailyLimit?: number;
            /** @description State of the mailbox's connection, e.g. `connected`. */
            connectionStatus?: string | null;
        };
        /** @description The complete set of mailboxes the sequence should send from; it replaces the current set. */
        SetSequenceEmailAccountsRequest: {
            emailAccountIds: number[];
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
        /** @description No contact with this id exists for the API key's team. */
        ContactNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
        /** @description No sequence with this id exists for the API key's team. */
        SequenceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["BusinessProblem"];
            };
        };
        /** @description The sequence, the step or the step's template entry does not exist. */
        SequenceStepTemplateNotFound: {
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
        /** @description Contact identifier. */
        ContactId: number;
        /** @description Sequence step identifier. */
        StepId: number;
        /** @description Identifier of the email template entry (variant) inside the step. */
        TemplateId: number;
        /** @description Page size. Reply returns 25 items when omitted and accepts at most 1,000. */
        Top: number;
        /** @description Number of items to pass over before the page starts. */
        Skip: number;
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
export type SchemaListEnvelope = components['schemas']['ListEnvelope'];
export type SchemaSequenceContact = components['schemas']['SequenceContact'];
export type SchemaSequenceContactStatus = components['schemas']['SequenceContactStatus'];
export type SchemaSetSequenceContactStatusRequest = components['schemas']['SetSequenceContactStatusRequest'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaCompanySize = components['schemas']['CompanySize'];
export type SchemaPhoneStatus = components['schemas']['PhoneStatus'];
export type SchemaContactCustomField = components['schemas']['ContactCustomField'];
export type SchemaContactSequenceMembership = components['schemas']['ContactSequenceMembership'];
export type SchemaContactListMembership = components['schemas']['ContactListMembership'];
export type SchemaContactWritableFields = components['schemas']['ContactWritableFields'];
export type SchemaContactCreateRequest = components['schemas']['ContactCreateRequest'];
export type SchemaContactPatchRequest = components['schemas']['ContactPatchRequest'];
export type SchemaContactImportRequest = components['schemas']['ContactImportRequest'];
export type SchemaContactImportResult = components['schemas']['ContactImportResult'];
export type SchemaContactFilterRequest = components['schemas']['ContactFilterRequest'];
export type SchemaBulkResult = components['schemas']['BulkResult'];
export type SchemaNotProcessedItemResult = components['schemas']['NotProcessedItemResult'];
export type SchemaBulkAddContactsToSequenceRequest = components['schemas']['BulkAddContactsToSequenceRequest'];
export type SchemaBulkAddContactsToSequenceResult = components['schemas']['BulkAddContactsToSequenceResult'];
export type SchemaBulkRemoveContactsFromSequenceRequest = components['schemas']['BulkRemoveContactsFromSequenceRequest'];
export type SchemaBulkRemoveContactsFromSequenceResult = components['schemas']['BulkRemoveContactsFromSequenceResult'];
export type SchemaSequence = components['schemas']['Sequence'];
export type SchemaSequenceStatus = components['schemas']['SequenceStatus'];
export type SchemaSequenceSettings = components['schemas']['SequenceSettings'];
export type SchemaSequenceStep = components['schemas']['SequenceStep'];
export type SchemaExecutionMode = components['schemas']['ExecutionMode'];
export type SchemaEmailTemplate = components['schemas']['EmailTemplate'];
export type SchemaEmailStep = components['schemas']['EmailStep'];
export type SchemaEmailAccount = components['schemas']['EmailAccount'];
export type SchemaSetSequenceEmailAccountsRequest = components['schemas']['SetSequenceEmailAccountsRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseSequenceContactForbidden = components['responses']['SequenceContactForbidden'];
export type ResponseSequenceContactNotFound = components['responses']['SequenceContactNotFound'];
export type ResponseContactNotFound = components['responses']['ContactNotFound'];
export type ResponseSequenceNotFound = components['responses']['SequenceNotFound'];
export type ResponseSequenceStepTemplateNotFound = components['responses']['SequenceStepTemplateNotFound'];
export type ParameterSequenceId = components['parameters']['SequenceId'];
export type ParameterSequenceContactId = components['parameters']['SequenceContactId'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterStepId = components['parameters']['StepId'];
export type ParameterTemplateId = components['parameters']['TemplateId'];
export type ParameterTop = components['parameters']['Top'];
export type ParameterSkip = components['parameters']['Skip'];
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
            429: components["responses"]["TooManyRequests"];
        };
    };
    ImportContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactImportRequest"];
            };
        };
        responses: {
            /** @description The batch was processed; the body lists the outcome of every item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImportResult"];
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    FilterContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFilterRequest"];
            };
        };
        responses: {
            /** @description The matching contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        items?: components["schemas"]["Contact"][];
                    };
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
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
            /** @description The contact after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ContactNotFound"];
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
                    "application/json": components["schemas"]["Sequence"];
                };
            };
            /** @description The path parameter is not acceptable. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListContactsInSequence: {
        parameters: {
            query?: {
                /** @description Page size. Reply returns 25 items when omitted and accepts at most 1,000. */
                top?: components["parameters"]["Top"];
                /** @description Number of items to pass over before the page starts. */
                skip?: components["parameters"]["Skip"];
                /** @description Member of the sequence contact to sort by, e.g. `addingDate`. */
                sort_by?: string;
                /** @description Sort order (Reply spells these two values in lower case). */
                sort_direction?: "asc" | "desc";
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
            /** @description One page of the sequence's contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEnvelope"] & {
                        items?: components["schemas"]["SequenceContact"][];
                    };
                };
            };
            /** @description A query parameter is out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
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
    BulkAddContactsToSequence: {
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
                "application/json": components["schemas"]["BulkAddContactsToSequenceRequest"];
            };
        };
        responses: {
            /** @description The contacts were processed; `notProcessed` lists the ones that were not added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAddContactsToSequenceResult"];
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    BulkRemoveContactsFromSequence: {
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
                "application/json": components["schemas"]["BulkRemoveContactsFromSequenceRequest"];
            };
        };
        responses: {
            /** @description The outcome of the removal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRemoveContactsFromSequenceResult"];
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    CreateSequenceStep: {
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
                "application/json": components["schemas"]["EmailStep"];
            };
        };
        responses: {
            /** @description The step was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailStep"];
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    UpdateSequenceStepTemplateVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence identifier. */
                id: components["parameters"]["SequenceId"];
                /** @description Sequence step identifier. */
                step_id: components["parameters"]["StepId"];
                /** @description Identifier of the email template entry (variant) inside the step. */
                template_id: components["parameters"]["TemplateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailTemplate"];
            };
        };
        responses: {
            /** @description The variant after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplate"];
                };
            };
            /** @description The body failed validation. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceStepTemplateNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    ListEmailAccountsInSequence: {
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
            /** @description The mailboxes linked to the sequence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailAccount"][];
                };
            };
            /** @description The path parameter is not acceptable. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    SetSequenceEmailAccounts: {
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
                "application/json": components["schemas"]["SetSequenceEmailAccountsRequest"];
            };
        };
        responses: {
            /** @description The sequence now sends from exactly the given mailboxes. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body failed validation or names a mailbox the team does not have. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationProblem"] | components["schemas"]["BusinessProblem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["SequenceNotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
