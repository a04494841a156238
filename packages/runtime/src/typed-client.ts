import type { Client, FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';

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

type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

export type StrictClientMethod<Paths extends {}, Method extends HttpMethod> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: InitArgs<Init<Paths[Path], Method>>
) => Promise<FetchResponse<OperationOf<Paths[Path], Method>, Init<Paths[Path], Method>, MediaType>>;

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
