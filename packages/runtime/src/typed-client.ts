import type { Client, FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';

// openapi-fetch infers each call's options as a type parameter, which turns off TypeScript's
// excess-property check: a misspelled body field compiles. These signatures take the options at
// their declared type instead, so the object literal is checked member by member.

type AnyPaths = Record<string, Record<HttpMethod, {}>>;

type Init<Paths extends AnyPaths, Path extends keyof Paths, Method extends HttpMethod> = MaybeOptionalInit<
  Paths[Path],
  Method
>;

type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

export type StrictClientMethod<Paths extends AnyPaths, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
>(
  url: Path,
  ...init: InitArgs<Init<Paths, Path, Method>>
) => Promise<FetchResponse<Paths[Path][Method], Init<Paths, Path, Method>, MediaType>>;

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
