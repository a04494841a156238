// Reading a bundled spec: local $refs, an operation's responses, and its documented examples.

export type Spec = Record<string, any>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export function deref(spec: Spec, node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${current.$ref}`);
    current = (current.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce((at: any, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  operation: any;
  parameters: any[];
  /** Alternatives of the security requirement; empty when the operation is public. */
  security: Record<string, string[]>[];
}

export function operationsOf(spec: Spec): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries<any>(spec.paths ?? {})) {
    const item = deref(spec, rawItem) ?? {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: any) => deref(spec, parameter));
      operations.push({
        operationId: operation.operationId ?? `${method} ${path}`,
        method,
        path,
        operation,
        parameters,
        security: operation.security ?? spec.security ?? [],
      });
    }
  }
  return operations;
}

export interface DocumentedResponse {
  status: number;
  /** The status key as the spec writes it ('200', '4XX', 'default'). */
  key: string;
  mediaType?: string;
  /** `undefined` when the response has no body. */
  body?: unknown;
  headers: Record<string, string>;
}

/** Status keys of an operation in the order the spec writes them, resolved. */
function responsesOf(spec: Spec, operation: any): [string, any][] {
  return Object.entries<any>(operation.responses ?? {}).map(([key, response]) => [key, deref(spec, response) ?? {}]);
}

function pickMedia(response: any): [string, any] | undefined {
  const entries = Object.entries<any>(response.content ?? {});
  return entries.find(([type]) => /json/.test(type)) ?? entries[0];
}

function examplesOf(spec: Spec, media: any): [string, unknown][] {
  if (!media) return [];
  const named = Object.entries<any>(media.examples ?? {}).map(([name, example]): [string, unknown] => [name, deref(spec, example)?.value]);
  if (media.example !== undefined) named.push(['example', media.example]);
  if (named.length === 0 && media.schema) {
    const schema = deref(spec, media.schema);
    if (schema?.example !== undefined) named.push(['example', schema.example]);
    else if (Array.isArray(schema?.examples) && schema.examples.length > 0) named.push(['example', schema.examples[0]]);
  }
  return named.filter(([, value]) => value !== undefined);
}

function headersOf(spec: Spec, response: any): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries<any>(response.headers ?? {})) {
    const header = deref(spec, raw) ?? {};
    const schema = deref(spec, header.schema) ?? {};
    const named = Object.values<any>(header.examples ?? {}).map((example) => deref(spec, example)?.value)[0];
    const value = header.example ?? named ?? schema.example ?? schema.default ?? (Array.isArray(schema.examples) ? schema.examples[0] : undefined);
    if (value !== undefined) headers[name.toLowerCase()] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return headers;
}

function statusMatches(key: string, status: number): boolean {
  return key === String(status) || (/^[1-5]XX$/i.test(key) && key[0] === String(status)[0]);
}

/**
 * The documented answer the way Prism picks it: the wanted status (or the first 2xx), then the
 * named example (or the first one). `undefined` when the operation documents no such status.
 */
export function documentedResponse(spec: Spec, operation: any, want: { status?: number; example?: string } = {}): DocumentedResponse | undefined {
  const responses = responsesOf(spec, operation);
  let candidates: [string, any][];
  if (want.status !== undefined) {
    const exact = responses.filter(([key]) => statusMatches(key, want.status!));
    candidates = exact.length > 0 ? exact : responses.filter(([key]) => key === 'default');
  } else {
    const success = responses.filter(([key]) => /^2/.test(key));
    candidates = success.length > 0 ? success : responses;
    // Prefer: example=<name> alone may name an example of any status, as with Prism.
    if (want.example) {
      const holder = responses.find(([, response]) => examplesOf(spec, pickMedia(response)?.[1]).some(([name]) => name === want.example));
      if (holder) candidates = [holder];
    }
  }
  const [key, response] = candidates[0] ?? [];
  if (key === undefined) return undefined;
  const status = want.status ?? (/^\d{3}$/.test(key) ? Number(key) : key.toUpperCase().endsWith('XX') ? Number(key[0]) * 100 : 200);
  const media = pickMedia(response);
  const examples = examplesOf(spec, media?.[1]);
  const example = (want.example ? examples.find(([name]) => name === want.example) : undefined) ?? examples[0];
  return { status, key, mediaType: media?.[0], body: example?.[1], headers: headersOf(spec, response) };
}

/** Status keys the operation documents. */
export function documentedStatuses(operation: any): string[] {
  return Object.keys(operation.responses ?? {});
}
