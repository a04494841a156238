import type { APIPromise } from './api-promise.js';
import type { JobHandle } from './jobs.js';
import type { PagePromise, TopSkipPage } from './pagination.js';

/** One SDK method, as the generator derives it from an operation's `x-sdk-method`. */
export interface RouteSpec {
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
  readonly path: string;
  readonly operationId: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly string[];
  readonly body: 'required' | 'optional' | 'none';
  /** How the body travels: JSON, or multipart/form-data for uploads. */
  readonly bodyType: 'json' | 'multipart';
  /** How the success body is read: JSON, text (CSV exports), or nothing (204). */
  readonly responseType: 'json' | 'text' | 'none';
  readonly idempotent: boolean;
  /** `top`/`skip` list answering `{ items, hasMore }`. */
  readonly paginated: boolean;
  /** Answers 202 with a `Location` to poll. */
  readonly job: boolean;
  /** `maxItems` of the body's top-level arrays, for helpers that chunk. */
  readonly bodyArrayMaxItems: Readonly<Record<string, number>>;
}

export type RouteTable = Readonly<Record<string, RouteSpec>>;

/** Per-call options every SDK method takes as its last argument. */
export interface RequestOptions {
  /** Per-attempt timeout in milliseconds. */
  timeout?: number;
  /** Retries for this call (default: the client's). */
  maxRetries?: number;
  signal?: AbortSignal;
  /** Extra headers for this call; cannot replace the auth header. */
  headers?: Record<string, string>;
}

/** Options of a list call: the per-call options, plus a bound on the pages `for await` fetches. */
export interface ListRequestOptions extends RequestOptions {
  /**
   * Most pages one iteration fetches before it throws `InvalidResponseError` (default 10,000), so a
   * server that answers `hasMore: true` forever cannot keep a loop going forever.
   */
  maxPages?: number;
}

// ---- Types derived from openapi-typescript's `paths` -----------------------------------------

type Defined<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : Exclude<T, undefined>;

type PathParamsOf<Op> = Op extends { parameters: { path: infer P } } ? Defined<P> : {};
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? Defined<Q> : {};
type HeaderParamsOf<Op> = Op extends { parameters: { header?: infer H } } ? Defined<H> : {};
type FirstContent<C> = C extends { 'application/json': infer B } ? B : C extends Record<string, infer B> ? B : never;
type BodyOf<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: FirstContent<C> }
  : Op extends { requestBody?: { content: infer C } }
    ? [FirstContent<C>] extends [never]
      ? {}
      : { body?: FirstContent<C> }
    : {};

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The single argument of an SDK method: path, query and header parameters by name, plus `body`. */
export type InputOf<Op> = Simplify<PathParamsOf<Op> & QueryOf<Op> & HeaderParamsOf<Op> & BodyOf<Op>>;

type JsonOf<R> = R extends { content: infer C } ? FirstContent<C> : undefined;
type Responses<Op> = Op extends { responses: infer R } ? R : never;

/** The parsed success body (first of 200, 201, 202), or undefined for 204-only operations. */
export type OutputOf<Op> =
  Responses<Op> extends infer R
    ? 200 extends keyof R
      ? JsonOf<R[200]>
      : 201 extends keyof R
        ? JsonOf<R[201]>
        : 202 extends keyof R
          ? JsonOf<R[202]>
          : undefined
    : never;

type HasRequired<T> = {} extends T ? false : true;

type Args<Op, Options = RequestOptions> = HasRequired<InputOf<Op>> extends true
  ? [input: InputOf<Op>, options?: Options]
  : [input?: InputOf<Op>, options?: Options];

type Operation<Paths, P extends keyof Paths, M extends string> = M extends keyof Paths[P] ? Paths[P][M] : never;

/** A plain SDK method: resolves with the parsed body. */
export type Method<Paths, P extends keyof Paths, M extends string> = (
  ...args: Args<Operation<Paths, P, M>>
) => APIPromise<OutputOf<Operation<Paths, P, M>>>;

type ItemOf<Page> = Page extends { items?: infer Items } ? (Items extends readonly (infer Item)[] ? Item : never) : never;
type PageOf<Op> = OutputOf<Op> & TopSkipPage<ItemOf<OutputOf<Op>>>;

/** A `top`/`skip` list method: await for the first page, `for await` for every item. */
export type ListMethod<Paths, P extends keyof Paths, M extends string> = (
  ...args: Args<Operation<Paths, P, M>, ListRequestOptions>
) => PagePromise<PageOf<Operation<Paths, P, M>>, ItemOf<OutputOf<Operation<Paths, P, M>>>>;

/** A method answering 202: resolves with a handle whose `wait()` polls the background job. */
export type JobMethod<Paths, P extends keyof Paths, M extends string, Job> = (
  ...args: Args<Operation<Paths, P, M>>
) => APIPromise<JobHandle<OutputOf<Operation<Paths, P, M>>, Job>>;
