// A small OpenAPI differ for the API changelog and the release gate: what changed between two
// bundled specs, and whether each change breaks client code written against the old one. It reads
// only what our specs use (paths, parameters, JSON bodies, object/array/enum schemas,
// allOf/oneOf/anyOf). A change inside a shared model (`#/components/schemas/X`) is reported once,
// on the model, with the operations it reaches, however many operations use the model.

import { operationsOf } from './spec-operations.mjs';
import { resolveRef } from './spec-refs.mjs';

/** Inline nesting guard; shared models are compared once each, so a cycle through them ends. */
const MAX_DEPTH = 8;
const MODEL_REF = /^#\/components\/schemas\/([^/]+)$/;

function resolver(spec) {
  return (node) => resolveRef(spec, node);
}

function operations(spec) {
  const resolve = resolver(spec);
  const found = new Map();
  for (const { method, path, operation, parameters } of operationsOf(spec)) {
    found.set(`${method.toUpperCase()} ${path}`, { operation, parameters, resolve });
  }
  return found;
}

/** Flattens a schema into `{ type, enum, required, properties, items }`, merging allOf and the variants of oneOf/anyOf. */
function shape(schema, resolve) {
  const resolved = resolve(schema) ?? {};
  const types = new Set([].concat(resolved.type ?? []));
  const result = { types, enum: resolved.enum ? [...resolved.enum] : undefined, required: new Set(resolved.required ?? []), properties: { ...(resolved.properties ?? {}) }, items: resolved.items, additional: resolved.additionalProperties };
  for (const part of resolved.allOf ?? []) {
    const merged = shape(part, resolve);
    merged.types.forEach((type) => types.add(type));
    merged.required.forEach((name) => result.required.add(name));
    Object.assign(result.properties, merged.properties);
    result.items ??= merged.items;
    result.enum ??= merged.enum;
  }
  // A value matches one of the variants: a member is what any variant allows (enums unite), and
  // is required only when every variant requires it.
  const variants = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])].map((variant) => shape(variant, resolve));
  const byMember = new Map();
  for (const merged of variants) {
    merged.types.forEach((type) => types.add(type));
    for (const [name, property] of Object.entries(merged.properties)) byMember.set(name, [...(byMember.get(name) ?? []), property]);
    result.items ??= merged.items;
    if (merged.enum) result.enum = [...new Set([...(result.enum ?? []), ...merged.enum])];
  }
  for (const [name, schemas] of byMember) {
    if (name in result.properties) continue;
    result.properties[name] = schemas.length === 1 ? schemas[0] : { anyOf: schemas };
  }
  const objectVariants = variants.filter((merged) => Object.keys(merged.properties).length > 0);
  if (objectVariants.length > 0) {
    for (const name of objectVariants[0].required) {
      if (objectVariants.every((merged) => merged.required.has(name))) result.required.add(name);
    }
  }
  if (types.size === 0 && Object.keys(result.properties).length > 0) types.add('object');
  return result;
}

const typeName = (s) => [...s.types].sort().join('|') || 'any';

/** Every value of the `inner` JSON types is a value of the `outer` ones (an integer is a number). */
const isSubset = (inner, outer) => [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));

/** The model name when both sides are a `$ref` to the same `#/components/schemas/X`. */
function sharedModel(before, after) {
  const match = typeof before?.$ref === 'string' && before.$ref === after?.$ref && MODEL_REF.exec(before.$ref);
  return match ? match[1].replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

/**
 * Compares two schemas at `where`. `direction` is 'request' (the client sends it) or 'response'
 * (the client reads it): the same change breaks clients in one direction and not the other.
 * `scope.add(breaking, text)` records a change; `scope.reach(model, direction)` notes that this
 * place uses a shared model, whose own changes are compared once and reported on the model.
 */
function compareSchemas(before, after, where, direction, scope, depth = 0) {
  if (depth > MAX_DEPTH || !before || !after) return;
  const model = sharedModel(before, after);
  if (model) {
    scope.reach(model, direction);
    return;
  }
  const old = shape(before, scope.resolveBefore);
  const neu = shape(after, scope.resolveAfter);
  if (typeName(old) !== typeName(neu) && old.types.size > 0 && neu.types.size > 0) {
    // A request may accept more (every old value still fits); a response may send less (every new
    // value was already handled). Anything else breaks the side that has to cope with the change.
    const widened = isSubset(old.types, neu.types);
    const narrowed = isSubset(neu.types, old.types);
    scope.add(direction === 'request' ? !widened : !narrowed, `${where}: type changed from ${typeName(old)} to ${typeName(neu)}`);
  }
  if (old.enum || neu.enum) {
    const was = new Set(old.enum ?? []);
    const now = new Set(neu.enum ?? []);
    const added = [...now].filter((value) => !was.has(value));
    const removed = [...was].filter((value) => !now.has(value));
    // Response enums are open: clients must accept values the spec does not list yet (the types
    // say `'a' | 'b' | (string & {})`), so a value added to a response breaks nobody.
    if (old.enum && added.length) scope.add(false, `${where}: enum value(s) added: ${added.join(', ')}`);
    if (neu.enum && removed.length) scope.add(direction === 'request', `${where}: enum value(s) removed: ${removed.join(', ')}`);
  }
  const names = new Set([...Object.keys(old.properties), ...Object.keys(neu.properties)]);
  for (const name of [...names].sort()) {
    const field = `${where}.${name}`;
    const inOld = name in old.properties;
    const inNew = name in neu.properties;
    if (!inOld) {
      const required = neu.required.has(name);
      const type = typeName(shape(neu.properties[name], scope.resolveAfter));
      scope.add(direction === 'request' && required, `${field}: ${required ? 'required' : 'optional'} field added (${type})`);
      continue;
    }
    if (!inNew) {
      // Breaking both ways: code reading the field, or setting it, no longer compiles.
      scope.add(true, `${field}: field removed`);
      continue;
    }
    const wasRequired = old.required.has(name);
    const isRequired = neu.required.has(name);
    if (wasRequired !== isRequired) {
      const breaking = direction === 'request' ? isRequired : !isRequired;
      scope.add(breaking, `${field}: ${isRequired ? 'now required' : 'no longer required'}`);
    }
    compareSchemas(old.properties[name], neu.properties[name], field, direction, scope, depth + 1);
  }
  if (old.items && neu.items) compareSchemas(old.items, neu.items, `${where}[]`, direction, scope, depth + 1);
}

function jsonSchema(holder, resolve) {
  const resolved = resolve(holder);
  const content = resolved?.content ?? {};
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

/**
 * Shared models, each compared once per direction. `uses` records who reaches a model: an
 * operation directly, or another model that embeds it, so a change deep in `Status` is listed
 * with every operation that reaches `Status` through `Thing`.
 */
function modelTracker(resolveBefore, resolveAfter, before, after) {
  const models = new Map(); // `${direction} ${name}` -> { name, direction, changes, operations: Set, parents: Set }
  const entry = (name, direction) => {
    const key = `${direction} ${name}`;
    let model = models.get(key);
    if (!model) {
      model = { name, direction, changes: [], operations: new Set(), parents: new Set() };
      models.set(key, model);
      const scope = {
        resolveBefore,
        resolveAfter,
        add: (breaking, text) => model.changes.push({ breaking, text }),
        reach: (inner, innerDirection) => entry(inner, innerDirection).parents.add(key),
      };
      compareSchemas(before.components?.schemas?.[name], after.components?.schemas?.[name], name, direction, scope);
    }
    return model;
  };
  const operationsReaching = (model, seen = new Set()) => {
    const found = new Set(model.operations);
    for (const parent of model.parents) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      for (const operation of operationsReaching(models.get(parent), seen)) found.add(operation);
    }
    return found;
  };
  return {
    reach: (name, direction, operation) => entry(name, direction).operations.add(operation),
    /** One change per model and text, with the operations it reaches; request and response uses merge when they agree. */
    changes() {
      const merged = new Map();
      for (const model of models.values()) {
        const operations = operationsReaching(model);
        for (const change of model.changes) {
          const key = `${change.breaking} ${change.text}`;
          const known = merged.get(key) ?? { breaking: change.breaking, text: change.text, model: model.name, operations: new Set(), directions: new Set() };
          operations.forEach((operation) => known.operations.add(operation));
          known.directions.add(model.direction);
          merged.set(key, known);
        }
      }
      return [...merged.values()]
        .map((change) => ({ ...change, operations: [...change.operations].sort(), directions: [...change.directions].sort() }))
        .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : Number(a.breaking) - Number(b.breaking)));
    },
  };
}

/**
 * @returns {{ breaking: boolean, text: string, model?: string, operations?: string[], directions?: string[] }[]}
 *   one entry per change: operation-level changes in spec order, then changes to shared models by
 *   text, each with the operations (`METHOD /path`) that reach the model and whether they send it
 *   ('request'), read it ('response') or both
 */
export function diffSpecs(before, after) {
  const changes = [];
  const oldOps = operations(before);
  const newOps = operations(after);
  const models = modelTracker(resolver(before), resolver(after), before, after);
  for (const [id, { operation }] of newOps) {
    if (!oldOps.has(id)) changes.push({ breaking: false, text: `operation added: ${id} (${operation.operationId})` });
  }
  for (const [id, { operation }] of oldOps) {
    if (!newOps.has(id)) changes.push({ breaking: true, text: `operation removed: ${id} (${operation.operationId})` });
  }
  for (const [id, newer] of newOps) {
    const older = oldOps.get(id);
    if (!older) continue;
    const scope = {
      resolveBefore: older.resolve,
      resolveAfter: newer.resolve,
      add: (breaking, text) => changes.push({ breaking, text: `${id} ${text}` }),
      reach: (model, direction) => models.reach(model, direction, id),
    };
    const parameterKey = (parameter) => `${parameter.in} parameter ${parameter.name}`;
    const oldParameters = new Map(older.parameters.map((parameter) => [parameterKey(parameter), parameter]));
    const newParameters = new Map(newer.parameters.map((parameter) => [parameterKey(parameter), parameter]));
    for (const [name, parameter] of newParameters) {
      const previous = oldParameters.get(name);
      if (!previous) {
        scope.add(Boolean(parameter.required), `${name}: ${parameter.required ? 'required' : 'optional'} parameter added`);
        continue;
      }
      if (Boolean(previous.required) !== Boolean(parameter.required)) {
        scope.add(Boolean(parameter.required), `${name}: ${parameter.required ? 'now required' : 'no longer required'}`);
      }
      compareSchemas(previous.schema, parameter.schema, name, 'request', scope);
    }
    for (const name of oldParameters.keys()) if (!newParameters.has(name)) scope.add(true, `${name}: parameter removed`);

    const oldBody = older.resolve(older.operation.requestBody);
    const newBody = newer.resolve(newer.operation.requestBody);
    if (!oldBody && newBody) scope.add(Boolean(newBody.required), `request body added${newBody.required ? ' (required)' : ''}`);
    else if (oldBody && !newBody) scope.add(true, 'request body removed');
    else if (oldBody && newBody) {
      if (!oldBody.required && newBody.required) scope.add(true, 'request body now required');
      compareSchemas(jsonSchema(oldBody, older.resolve), jsonSchema(newBody, newer.resolve), 'request body', 'request', scope);
    }

    const statuses = new Set([...Object.keys(older.operation.responses ?? {}), ...Object.keys(newer.operation.responses ?? {})]);
    for (const status of [...statuses].sort()) {
      const was = older.operation.responses?.[status];
      const now = newer.operation.responses?.[status];
      if (!was) scope.add(false, `response ${status} added`);
      else if (!now) scope.add(/^2/.test(status), `response ${status} removed`);
      else compareSchemas(jsonSchema(was, older.resolve), jsonSchema(now, newer.resolve), `response ${status}`, 'response', scope);
    }
  }
  return [...changes, ...models.changes()];
}

/** Markdown lines for a changelog, breaking changes first. */
export function formatChanges(changes) {
  if (changes.length === 0) return ['- no API changes'];
  const sorted = [...changes.filter((change) => change.breaking), ...changes.filter((change) => !change.breaking)];
  return sorted.map((change) => {
    if (!change.model) return `- ${change.breaking ? '**breaking** ' : ''}${change.text}`;
    const uses = change.directions.map((direction) => `${direction}s`).join(' and ');
    const reaches = change.operations.length > 0 ? `reaches ${change.operations.join(', ')} (${uses})` : 'reaches no operation';
    return `- ${change.breaking ? '**breaking** ' : ''}schema ${change.text} — ${reaches}`;
  });
}
