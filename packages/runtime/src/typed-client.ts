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
// their declared type instead, so the object literal is checked member by member.

type AnyPaths = Record<string, Record<HttpMethod, {}>>;

type Init<Paths extends AnyPaths, Path extends keyof Paths, Method extends HttpMethod> = MaybeOptionalInit<
  Paths[Path],
  Method
>;

/**
 * openapi-fetch's FetchResponse without its `Readable<>` mapping, which only strips readOnly and
 * writeOnly markers (our types carry none) and would map an open enum's `(string & {})` member
 * into an object type whose string methods are not callable.
 */
type StrictFetchResponse<T extends Record<string | number, any>, Options> = // eslint-disable-line @typescript-eslint/no-explicit-any
  | { data: ParseAsResponse<SuccessResponse<ResponseObjectMap<T>, MediaType>, Options>; error?: never; response: Response }
  | { data?: never; error: ErrorResponse<ResponseObjectMap<T>, MediaType>; response: Response };

type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

export type StrictClientMethod<Paths extends AnyPaths, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
>(
  url: Path,
  ...init: InitArgs<Init<Paths, Path, Method>>
) => Promise<StrictFetchResponse<Paths[Path][Method], Init<Paths, Path, Method>>>;

/** The typed client every generated package returns: openapi-fetch with strict call signatures. */
export interface ApiClient<Paths extends {}> {
  GET: StrictClientMethod<Paths & AnyPaths, 'get'>;
  PUT: StrictClientMethod<Paths & AnyPaths, 'put'>;
  POST: StrictClientMethod<Paths & AnyPaths, 'post'>;
  DELETE: StrictClientMethod<Paths & AnyPaths, 'delete'>;
  PATCH: StrictClientMethod<Paths & AnyPaths, 'patch'>;
  HEAD: StrictClientMethod<Paths & AnyPaths, 'head'>;
  OPTIONS: StrictClientMethod<Paths & AnyPaths, 'options'>;
  /** Register openapi-fetch middleware. */
  use(...middleware: Middleware[]): void;
  /** Unregister openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
}

/** The runtime object is openapi-fetch's; only its static type is narrowed. */
export function asStrictClient<Paths extends {}>(client: Client<Paths, MediaType>): ApiClient<Paths> {
  return client as unknown as ApiClient<Paths>;
}
