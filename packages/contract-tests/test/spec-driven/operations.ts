import { listApis } from '@engagekit/mock';
import { resolveRef as resolve, sampleValue as sampleFor } from '@engagekit/test-support';
import { bundledSpec } from '../support.js';

export { resolve };

// Everything here is read from the bundled specs the mocks serve: adding an operation to a spec
// adds its contract tests.

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export interface SpecOperation {
  api: string;
  spec: Json;
  method: string;
  path: string;
  operationId: string;
  operation: Json;
  parameters: Json[];
  /** JSON Pointer of the operation inside the bundled spec. */
  pointer: string;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function allOperations(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const { id } of listApis()) {
    const spec = bundledSpec(id);
    for (const [path, rawItem] of Object.entries<Json>(spec.paths)) {
      const item = resolve(spec, rawItem);
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter: Json) => resolve(spec, parameter));
        operations.push({
          api: id,
          spec,
          method,
          path,
          operationId: operation.operationId,
          operation,
          parameters,
          pointer: `#/paths/${escapePointer(path)}/${method}`,
        });
      }
    }
  }
  return operations;
}

export interface BuiltRequest {
  url: string;
  init: RequestInit;
  /** What the body was, before serialization, for mutations. */
  body?: Json;
  mediaType?: string;
}

function exampleValue(spec: Json, examples: Json): Json {
  const first = examples && Object.values<Json>(examples)[0];
  return first ? resolve(spec, first).value : undefined;
}

/** The operation's documented request: example body, sampled path/query/header parameters, auth. */
export function buildRequest(op: SpecOperation, baseUrl: string, authHeaders: Record<string, string>): BuiltRequest {
  let path = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { ...authHeaders };
  for (const parameter of op.parameters) {
    const value = sampleFor(op.spec, parameter.schema, parameter.example ?? exampleValue(op.spec, parameter.examples));
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    else if (parameter.in === 'query' && parameter.required) query.set(parameter.name, Array.isArray(value) ? value.join(',') : String(value));
    else if (parameter.in === 'header' && parameter.required) headers[parameter.name] = String(value);
  }
  const requestBody = resolve(op.spec, op.operation.requestBody);
  const built: BuiltRequest = { url: `${baseUrl}${path}${query.size ? `?${query}` : ''}`, init: { method: op.method.toUpperCase(), headers } };
  if (requestBody?.content) {
    const [mediaType, media] = Object.entries<Json>(requestBody.content)[0]!;
    const body = exampleValue(op.spec, media.examples) ?? (media.example !== undefined ? media.example : sampleFor(op.spec, media.schema));
    built.body = body;
    built.mediaType = mediaType;
    serializeBody(built, body);
  }
  return built;
}

export function serializeBody(built: BuiltRequest, body: Json) {
  const headers = built.init.headers as Record<string, string>;
  if (built.mediaType === 'multipart/form-data') {
    const form = new FormData();
    for (const [name, value] of Object.entries<Json>(body ?? {})) {
      form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    built.init.body = form;
    delete headers['content-type'];
  } else {
    headers['content-type'] = built.mediaType ?? 'application/json';
    built.init.body = JSON.stringify(body);
  }
}

/** Required members and property schemas of an object schema, looking through allOf. */
function objectShape(spec: Json, schema: Json): { required: string[]; properties: Record<string, Json>; type?: Json } {
  const resolved = resolve(spec, schema) ?? {};
  const parts = (resolved.allOf ?? []).map((part: Json) => objectShape(spec, part));
  return {
    type: resolved.type ?? parts.find((part: Json) => part.type)?.type,
    required: [...(resolved.required ?? []), ...parts.flatMap((part: Json) => part.required)],
    properties: Object.assign({}, ...parts.map((part: Json) => part.properties), resolved.properties ?? {}),
  };
}

function typeOf(schema: Json): string | undefined {
  return Array.isArray(schema?.type) ? schema.type.find((type: string) => type !== 'null') : schema?.type;
}

const WRONG_TYPE: Record<string, Json> = { string: 12345, integer: 'not-a-number', number: 'not-a-number', boolean: 'not-a-boolean', array: 'not-an-array', object: 'not-an-object' };

/** A body the schema must reject, the member it breaks (none when the whole body is of the wrong type), and how. */
export interface BrokenBody {
  body: Json;
  member?: string;
  breaks: string;
}

/**
 * A body the schema must reject: a required member removed, else an enum member given an unknown
 * value, else a member of the wrong type, else a body of the wrong type.
 */
export function breakBody(spec: Json, schema: Json, body: Json): BrokenBody | undefined {
  const shape = objectShape(spec, schema);
  const isObject = body !== null && typeof body === 'object' && !Array.isArray(body);
  if (isObject && shape.required.length > 0) {
    const member = shape.required[0]!;
    const { [member]: _removed, ...rest } = body;
    return { body: rest, member, breaks: `body without required ${member}` };
  }
  if (isObject) {
    // Prism ignores readOnly members in requests, so breaking one proves nothing.
    const writable = Object.entries<Json>(shape.properties).filter(([, raw]) => !resolve(spec, raw)?.readOnly);
    for (const [name, raw] of writable) {
      const property = resolve(spec, raw);
      if (property?.enum) return { body: { ...body, [name]: 'not-a-documented-value' }, member: name, breaks: `unknown ${name} value` };
    }
    for (const [name, raw] of writable) {
      const type = typeOf(resolve(spec, raw));
      if (type && type in WRONG_TYPE) return { body: { ...body, [name]: WRONG_TYPE[type] }, member: name, breaks: `${name} of the wrong type` };
    }
  }
  const type = typeOf(shape);
  if (type && type in WRONG_TYPE) return { body: WRONG_TYPE[type], breaks: `a body that is not ${type === 'array' ? 'an array' : `an ${type}`}` };
  return undefined;
}

/** Where a JSON Pointer into the spec really lands, following `$ref`s met on the way. */
export function locate(spec: Json, pointer: string): string {
  let located = '#';
  let node: Json = spec;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    while (node && typeof node.$ref === 'string') {
      located = node.$ref;
      node = resolve(spec, { $ref: node.$ref });
    }
    located = `${located}/${raw}`;
    node = node?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return located;
}
