// Derives the SDK's route table from a bundled spec: one entry per operation, named by its
// `x-sdk-method`. This is what makes every operation an SDK method without hand-written code.

import { operationsOf } from './spec-operations.mjs';
import { resolveRef as resolve } from './spec-refs.mjs';

/** Top-level properties of a schema, looking through `allOf`. */
function propertiesOf(spec, schema) {
  const resolved = resolve(spec, schema);
  if (!resolved || typeof resolved !== 'object') return {};
  const own = Object.fromEntries(Object.entries(resolved.properties ?? {}).map(([name, value]) => [name, resolve(spec, value)]));
  const inherited = (resolved.allOf ?? []).map((part) => propertiesOf(spec, part));
  // Later allOf parts refine earlier ones (the list envelope's `items`), own members refine both.
  return Object.assign({}, ...inherited, own);
}

function jsonSchemaOf(spec, holder) {
  const resolved = resolve(spec, holder);
  const content = resolved?.content ?? {};
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

/** @returns {{ name: string, route: object, summary: string }[]} sorted by name */
export function deriveRoutes(spec, apiId) {
  const entries = [];
  const missing = [];
  for (const { method, path, operation, parameters } of operationsOf(spec)) {
    const name = operation['x-sdk-method'];
    if (!name) {
      missing.push(`${method.toUpperCase()} ${path} (${operation.operationId})`);
      continue;
    }
    const names = (where) => [...new Set(parameters.filter((parameter) => parameter.in === where).map((parameter) => parameter.name))];
    const requestBody = resolve(spec, operation.requestBody);
    const bodySchema = requestBody ? jsonSchemaOf(spec, requestBody) : undefined;
    const bodyArrayMaxItems = Object.fromEntries(
      Object.entries(bodySchema ? propertiesOf(spec, bodySchema) : {})
        .filter(([, schema]) => Number.isInteger(schema?.maxItems))
        .map(([property, schema]) => [property, schema.maxItems]),
    );
    const okSchema = operation.responses?.['200'] ? jsonSchemaOf(spec, operation.responses['200']) : undefined;
    const successTypes = Object.entries(operation.responses ?? {})
      .filter(([status]) => /^2/.test(status))
      .flatMap(([, response]) => Object.keys(resolve(spec, response)?.content ?? {}));
    const bodyTypes = Object.keys(requestBody?.content ?? {});
    const okProperties = okSchema ? propertiesOf(spec, okSchema) : {};
    const query = names('query');
    const accepted = resolve(spec, operation.responses?.['202']);
    entries.push({
      name,
      summary: operation.summary ?? operation.operationId,
      route: {
        method,
        path,
        operationId: operation.operationId,
        pathParams: names('path'),
        queryParams: query,
        headerParams: names('header'),
        body: requestBody ? (requestBody.required ? 'required' : 'optional') : 'none',
        bodyType: bodyTypes.length > 0 && bodyTypes.every((type) => type === 'multipart/form-data') ? 'multipart' : 'json',
        responseType: successTypes.length === 0 ? 'none' : successTypes.some((type) => type.includes('json')) ? 'json' : 'text',
        idempotent: operation['x-idempotent'] === true,
        paginated: query.includes('top') && query.includes('skip') && 'items' in okProperties && 'hasMore' in okProperties,
        job: Boolean(accepted && Object.keys(accepted.headers ?? {}).some((header) => header.toLowerCase() === 'location')),
        bodyArrayMaxItems,
      },
    });
  }
  if (missing.length > 0) throw new Error(`${apiId}: operations without x-sdk-method:\n  ${missing.join('\n  ')}`);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const seen = new Map();
  for (const { name, route } of entries) {
    if (seen.has(name)) throw new Error(`${apiId}: x-sdk-method ${name} is used by both ${seen.get(name)} and ${route.operationId}`);
    seen.set(name, route.operationId);
  }
  for (const name of seen.keys()) {
    if ([...seen.keys()].some((other) => other.startsWith(`${name}.`))) {
      throw new Error(`${apiId}: x-sdk-method ${name} is a method and also a namespace of ${[...seen.keys()].find((other) => other.startsWith(`${name}.`))}`);
    }
  }
  return entries;
}

/** The generated module: the route table as data and the nested method types. */
export function renderRoutesModule(entries, header) {
  const table = entries.map(({ name, route }) => `  ${JSON.stringify(name)}: ${JSON.stringify(route)},`).join('\n');
  const tree = {};
  for (const entry of entries) {
    const segments = entry.name.split('.');
    let node = tree;
    for (const segment of segments.slice(0, -1)) node = node[segment] ??= {};
    node[segments.at(-1)] = entry;
  }
  const render = (node, indent) =>
    Object.entries(node)
      .map(([key, value]) => {
        if (value.route) {
          const { route, summary } = value;
          const kind = route.paginated ? 'ListMethod' : route.job ? 'JobMethod' : 'Method';
          const extra = route.job && !route.paginated ? ', Job' : '';
          return `${indent}/** ${summary.replace(/\*\//g, '*\\/')} — \`${route.method.toUpperCase()} ${route.path}\` (${route.operationId}) */\n${indent}${key}: ${kind}<paths, ${JSON.stringify(route.path)}, ${JSON.stringify(route.method)}${extra}>;`;
        }
        return `${indent}${key}: {\n${render(value, `${indent}  `)}\n${indent}};`;
      })
      .join('\n');
  return `${header}
import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its \`x-sdk-method\` name. */
export const routes = {
${table}
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
${render(tree, '  ')}
}
`;
}
