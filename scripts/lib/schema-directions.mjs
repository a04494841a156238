// Which way each schema travels: in requests, in responses, or both. openapi-typescript's
// `transform` sees a schema and its location, not its direction, so the generator asks this.
import { operationsOf } from './spec-operations.mjs';
import { resolveRef } from './spec-refs.mjs';

const SCHEMA_PREFIX = '#/components/schemas/';

/** Names of the component schemas a value reaches through `$ref`s, transitively. */
function collectComponents(spec, root, into) {
  const stack = [root];
  const seen = new Set();
  while (stack.length > 0) {
    const value = stack.pop();
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (typeof value.$ref === 'string' && value.$ref.startsWith(SCHEMA_PREFIX)) {
      const name = value.$ref.slice(SCHEMA_PREFIX.length).split('/')[0];
      if (!into.has(name)) {
        into.add(name);
        stack.push(spec.components?.schemas?.[name]);
      }
    }
    for (const child of Object.values(value)) if (child && typeof child === 'object') stack.push(child);
  }
}

/**
 * @returns {{ request: Set<string>, response: Set<string> }} component schema names reachable from
 * request parameters and bodies, and from response bodies
 */
export function schemaDirections(spec) {
  const request = new Set();
  const response = new Set();
  for (const { operation, parameters } of operationsOf(spec)) {
    for (const parameter of parameters) collectComponents(spec, parameter?.schema, request);
    const body = resolveRef(spec, operation.requestBody);
    for (const media of Object.values(body?.content ?? {})) collectComponents(spec, media.schema, request);
    for (const raw of Object.values(operation.responses ?? {})) {
      for (const media of Object.values(resolveRef(spec, raw)?.content ?? {})) collectComponents(spec, media.schema, response);
    }
  }
  return { request, response };
}

/**
 * Whether a schema at this location (openapi-typescript's `path`) is only ever received: inside a
 * response, or inside a component schema that responses reach and no request does. A component
 * both sent and received stays as strict as a request needs (see README, "Response enums are open").
 */
export function onlyReceived(directions, path) {
  if (typeof path !== 'string') return false;
  if (path.startsWith(SCHEMA_PREFIX)) {
    const name = decodeURIComponent(path.slice(SCHEMA_PREFIX.length).split('/')[0].replace(/~1/g, '/').replace(/~0/g, '~'));
    return directions.response.has(name) && !directions.request.has(name);
  }
  if (path.startsWith('#/components/responses/')) return true;
  if (path.startsWith('#/paths/')) return /\/responses\//.test(path) && !/\/(requestBody|parameters)\//.test(path);
  return false;
}
