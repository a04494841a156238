// The engine's view of the world: plain data in, plain data out, so one engine serves the Node
// HTTP server and MSW in a browser alike. Nothing here touches the file system or the network.

/**
 * The generated validators' interface (`@engagekit/<api>/validators`), as far as the engine uses it.
 * It mirrors `@engagekit/runtime/validation` on purpose: the published mock bundles the validators
 * into dist/validators/ and depends on no workspace package, so it cannot import the runtime's types.
 */
export interface Violation {
  pointer: string;
  keyword: string;
  message: string;
  expected: string;
  observed?: unknown;
  drift: boolean;
  schemaPath: string;
}
export type ValidateFn = (value: unknown) => Violation[];
export interface OperationValidators {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly request: {
    readonly path?: ValidateFn;
    readonly query?: ValidateFn;
    readonly header?: ValidateFn;
    readonly body?: Readonly<Record<string, ValidateFn>>;
    readonly bodyRequired: boolean;
  };
  readonly responses: Readonly<Record<string, Readonly<Record<string, ValidateFn>>>>;
}
export interface ValidatorModule {
  readonly operationIds: readonly string[];
  operationValidators(operationId: string): OperationValidators | undefined;
  responseValidator(operationId: string, status: number, mediaType?: string): ValidateFn | undefined;
}

/** One collection of `packages/mock/specs/<api>.resources.json`. */
export interface ResourceCollection {
  name: string;
  collectionPath: string;
  itemPath: string;
  idParam: string;
  idType: 'integer' | 'string';
  idFormat?: string;
  parentParams: string[];
  /** Where the record sits in a get/create/update body: '' (the body) or '/data'. */
  recordPointer: string;
  operations: {
    create: { operationId: string; status: number; body: boolean };
    get: { operationId: string; status: number };
    update?: { operationId: string; method: string; status: number; body: boolean };
    delete?: { operationId: string; status: number };
    list?: {
      operationId: string;
      itemsPointer: string;
      paging: 'top-skip' | 'limit-offset' | 'none';
      hasMore?: string;
      total?: string;
      cursor?: string;
      queryFilters: string[];
    };
  };
  notFound: boolean;
  seed: Record<string, unknown>[];
}
export interface ResourceMap {
  api: string;
  collections: ResourceCollection[];
}

/** Everything one API's engine is built from. */
export interface ApiData {
  id: string;
  spec: any;
  resources: ResourceMap;
  validators: ValidatorModule;
}

export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/v3/contacts?top=2`; a full URL is accepted too. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The raw body text, if any. */
  body?: string;
}

/** How the adapter must misbehave instead of (or before) answering. */
export type Fault = { kind: 'reset' } | { kind: 'timeout' };

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  /** Wait this long before answering (or before the fault). */
  delayMs: number;
  fault?: Fault;
}
