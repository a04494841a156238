import type { Client, MaybeOptionalInit, Middleware, ParseAsResponse } from 'openapi-fetch';
import type {
  ErrorResponse,
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
} from 'openapi-typescript-helpers';

// openapi-fetch infers each call's options as a type parameter, which turns off TypeScript's
// excess-property check: a misspelled body field compiles. These signatures take the options at
// their declared type instead, so the object literal is checked member by member. The paths are
// the spec's own, not widened by a string index, so an unknown path, or a method its path does not
// define, does not compile.

type Init<PathItem, Method extends HttpMethod> = Method extends keyof PathItem ? MaybeOptionalInit<PathItem, Method> : never;

type OperationOf<PathItem, Method extends HttpMethod> = Method extends keyof PathItem
  ? PathItem[Method] extends Record<string | number, any>
    ? PathItem[Method]
    : never
  : never;

/**
 * openapi-fetch's FetchResponse without its `Readable<>` mapping, which only strips readOnly and
 * writeOnly markers (our types carry none) and would map an open enum's `(string & {})` member
 * into an object type whose string methods are not callable.
 */
type StrictFetchResponse<T extends Record<string | number, any>, Options> = // eslint-disable-line @typescript-eslint/no-explicit-any
  | { data: ParseAsResponse<SuccessResponse<ResponseObjectMap<T>, MediaType>, Options>; error?: never; response: Response }
  | { data?: never; error: ErrorResponse<ResponseObjectMap<T>, MediaType>; response: Response };

type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

export type StrictClientMethod<Paths extends {}, Method extends HttpMethod> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: InitArgs<Init<Paths[Path], Method>>
) => Promise<StrictFetchResponse<OperationOf<Paths[Path], Method>, Init<Paths[Path], Method>>>;

/** The typed client every generated package returns: openapi-fetch with strict call signatures. */
export interface ApiClient<Paths extends {}> {
  GET: StrictClientMethod<Paths, 'get'>;
  PUT: StrictClientMethod<Paths, 'put'>;
  POST: StrictClientMethod<Paths, 'post'>;
  DELETE: StrictClientMethod<Paths, 'delete'>;
  PATCH: StrictClientMethod<Paths, 'patch'>;
  HEAD: StrictClientMethod<Paths, 'head'>;
  OPTIONS: StrictClientMethod<Paths, 'options'>;
  /** Register openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Unregister openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
}

/** The runtime object is openapi-fetch's; only its static type is narrowed. */
export function asStrictClient<Paths extends {}>(client: Client<Paths, MediaType>): ApiClient<Paths> {
  return client as unknown as ApiClient<Paths>;
}
