import { routes as v3Routes, descriptor as v3Descriptor, type Methods as V3Methods, type paths as V3Paths, type Schemas } from '@engagekit/reply-v3';
import { routes as v4Routes, descriptor as v4Descriptor, type Methods as V4Methods } from '@engagekit/reply-v4';
import {
  buildMethods,
  ConfigurationError,
  SdkCore,
  type InputOf,
  type JobProtocol,
  type OutputOf,
  type SdkDefaults,
  type SdkOptions,
} from '@engagekit/runtime';
import { asError, chunk, chunkSizeFor, errorMessage, fateUnknown, type BulkOptions, type ImportOutcome } from './bulk.js';

export interface ReplyOptions extends SdkOptions {
  /** Base URL of the v4 operations (default: `baseUrl`, else https://api.reply.io). Set it when v3 and v4 are mocked apart. */
  v4BaseUrl?: string;
}
export type BackgroundJob = Schemas['BackgroundJob'];

type ImportInput = InputOf<V3Paths['/v3/contacts/import']['post']>;
type ImportBody = ImportInput['body'];
/** One contact as `contacts.import` takes it. */
export type ImportContact = ImportBody['items'][number];
export type ImportOptions = NonNullable<ImportBody['options']>;
type ImportResponse = OutputOf<V3Paths['/v3/contacts/import']['post']>;

type SetStatusBody = InputOf<V3Paths['/v3/sequences/{id}/contacts/set-status-in-sequence']['post']>['body'];
export type NotProcessedItem = Schemas['NotProcessedItemResult'];

export interface SetStatusAllResult {
  /** Failed contacts, keyed by contact id, merged over every request. */
  failed: Record<string, NotProcessedItem>;
  /** Contacts that were changed. */
  succeeded: number[];
  /** Contacts whose request was sent but never answered: changed or not, nobody knows. */
  unknown: number[];
  /** Each request that failed as a whole or whose fate is unknown, with its contacts and its error. */
  requestErrors: { contactIds: number[]; error: Error }[];
}

/** Reply's documented limits: 100 requests per minute and 3,000 per hour per user. */
const replyDefaults: SdkDefaults = { rateLimit: { perMinute: 100, perHour: 3_000 } };

/** Reply treats these background-job statuses as final. */
const JOB_DONE = ['Done'] as const;
const JOB_FAILED = ['Failed', 'Expired', 'Cancelled'] as const;

/** The Reply.io SDK: every v3 operation as a method, v4-only operations under `v4`. */
export class Reply {
  /** Operations of the v4 preview API (`X-API-Key` auth). */
  readonly v4: V4Methods;
  private readonly core: SdkCore;

  constructor(options: ReplyOptions) {
    this.core = new SdkCore(v3Descriptor, options, replyDefaults);
    const jobs: JobProtocol<BackgroundJob> = {
      get: (id, signal) => this.core.request<BackgroundJob>(v3Routes['backgroundJobs.get'], { jobId: id }, { signal }).then(({ data }) => data),
      status: (job) => job.status,
      done: JOB_DONE,
      failed: JOB_FAILED,
    };
    Object.assign(this, buildMethods<V3Methods<BackgroundJob>>(this.core, v3Routes, jobs as JobProtocol<unknown>));
    // v4 shares the key, the limits and the retry policy; only its auth header and paths differ.
    const v4Options = { ...options, baseUrl: options.v4BaseUrl ?? options.baseUrl ?? v4Descriptor.defaultBaseUrl };
    this.v4 = buildMethods<V4Methods>(new SdkCore(v4Descriptor, v4Options, replyDefaults), v4Routes);
    this.contacts.importAll = (contacts, bulkOptions) => this.importAll(contacts, bulkOptions);
    this.sequences.contacts.setStatusAll = (input, bulkOptions) => this.setStatusAll(input, bulkOptions);
  }

  /** Builds a client from `REPLY_API_KEY` (and `REPLY_BASE_URL` / `REPLY_V4_BASE_URL`, when set). */
  static fromEnv(options: Partial<ReplyOptions> = {}): Reply {
    const env = typeof process !== 'undefined' ? process.env : {};
    const apiKey = options.apiKey ?? env.REPLY_API_KEY;
    if (!apiKey) throw new ConfigurationError('@engagekit/reply: REPLY_API_KEY is not set. Export it or pass { apiKey }.');
    return new Reply({ ...options, apiKey, baseUrl: options.baseUrl ?? env.REPLY_BASE_URL, v4BaseUrl: options.v4BaseUrl ?? env.REPLY_V4_BASE_URL });
  }

  private async importAll(
    contacts: readonly ImportContact[],
    { chunkSize, onProgress, importOptions, ...requestOptions }: BulkOptions & { importOptions?: ImportOptions } = {},
  ): Promise<ImportOutcome<ImportContact>[]> {
    const size = chunkSizeFor(chunkSize, v3Routes['contacts.import'].bodyArrayMaxItems.items, 1_000);
    const chunks = chunk(contacts, size);
    const outcomes: ImportOutcome<ImportContact>[] = [];
    for (const [index, items] of chunks.entries()) {
      const offset = index * size;
      try {
        const body: ImportBody = importOptions ? { items, options: importOptions } : { items };
        const { data } = await this.core.request<ImportResponse>(v3Routes['contacts.import'], { body }, requestOptions);
        const results = data?.items ?? [];
        // Reply answers one result per item, in input order; anything it left out counts as failed.
        items.forEach((item, position) => {
          const result = results[position];
          outcomes.push(
            result?.status
              ? { index: offset + position, item, status: result.status, id: result.id ?? null, ...(result.error ? { error: result.error } : {}) }
              : { index: offset + position, item, status: 'failed', error: 'Reply returned no result for this contact' },
          );
        });
      } catch (error) {
        const requestError = asError(error);
        const status = fateUnknown(error) ? 'unknown' : 'failed';
        const reason = errorMessage(error);
        items.forEach((item, position) => outcomes.push({ index: offset + position, item, status, error: reason, requestError }));
      }
      onProgress?.({ done: outcomes.length, total: contacts.length, chunk: index + 1, chunks: chunks.length });
    }
    return outcomes;
  }

  private async setStatusAll(
    { id, contactIds, statusInSequence }: { id: number; contactIds: readonly number[]; statusInSequence: SetStatusBody['statusInSequence'] },
    { chunkSize, onProgress, ...requestOptions }: BulkOptions = {},
  ): Promise<SetStatusAllResult> {
    const route = v3Routes['sequences.contacts.setStatus'];
    const chunks = chunk(contactIds, chunkSizeFor(chunkSize, route.bodyArrayMaxItems.contactIds, 100));
    const result: SetStatusAllResult = { failed: {}, succeeded: [], unknown: [], requestErrors: [] };
    let done = 0;
    for (const [index, ids] of chunks.entries()) {
      try {
        const { data } = await this.core.request<Record<string, NotProcessedItem>>(route, { id, body: { contactIds: ids, statusInSequence } }, requestOptions);
        for (const contactId of ids) {
          const failure = data?.[String(contactId)];
          if (failure) result.failed[String(contactId)] = failure;
          else result.succeeded.push(contactId);
        }
      } catch (error) {
        result.requestErrors.push({ contactIds: ids, error: asError(error) });
        if (fateUnknown(error)) result.unknown.push(...ids);
        else for (const contactId of ids) result.failed[String(contactId)] = { error: 'requestFailed', errorDetails: errorMessage(error) };
      }
      done += ids.length;
      onProgress?.({ done, total: contactIds.length, chunk: index + 1, chunks: chunks.length });
    }
    return result;
  }
}

type ContactsHelpers = {
  /**
   * Imports any number of contacts: splits them into requests of at most the documented maximum,
   * runs them under the rate limiter, and returns exactly one outcome per input contact.
   */
  importAll(contacts: readonly ImportContact[], options?: BulkOptions & { importOptions?: ImportOptions }): Promise<ImportOutcome<ImportContact>[]>;
};

type SequenceContactsHelpers = {
  /** Sets the status of any number of contacts, 100 per request, merging the per-request failure maps. */
  setStatusAll(
    input: { id: number; contactIds: readonly number[]; statusInSequence: SetStatusBody['statusInSequence'] },
    options?: BulkOptions,
  ): Promise<SetStatusAllResult>;
};

type V3 = V3Methods<BackgroundJob>;

// The methods are attached at construction from the generated route table.
export interface Reply extends Omit<V3, 'contacts' | 'sequences'> {
  contacts: V3['contacts'] & ContactsHelpers;
  sequences: Omit<V3['sequences'], 'contacts'> & { contacts: V3['sequences']['contacts'] & SequenceContactsHelpers };
}
