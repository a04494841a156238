// A small OpenAPI differ for the API changelog: what changed between two bundled specs, and
// whether each change breaks client code written against the old one. It reads only what our
// specs use (paths, parameters, JSON bodies, object/array/enum schemas, allOf/oneOf/anyOf).

import { operationsOf } from './spec-operations.mjs';
import { resolveRef } from './spec-refs.mjs';

const MAX_DEPTH = 8;

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

/**
 * Compares two schemas at `where`. `direction` is 'request' (the client sends it) or 'response'
 * (the client reads it): the same change breaks clients in one direction and not the other.
 */
function compareSchemas(before, after, where, direction, context, depth = 0) {
  if (depth > MAX_DEPTH || !before || !after) return;
  const old = shape(before, context.resolveBefore);
  const neu = shape(after, context.resolveAfter);
  if (typeName(old) !== typeName(neu) && old.types.size > 0 && neu.types.size > 0) {
    const widened = [...old.types].every((type) => neu.types.has(type));
    context.add(direction === 'request' ? !widened : true, `${where}: type changed from ${typeName(old)} to ${typeName(neu)}`);
  }
  if (old.enum || neu.enum) {
    const was = new Set(old.enum ?? []);
    const now = new Set(neu.enum ?? []);
    const added = [...now].filter((value) => !was.has(value));
    const removed = [...was].filter((value) => !now.has(value));
    if (old.enum && added.length) context.add(direction === 'response', `${where}: enum value(s) added: ${added.join(', ')}`);
    if (neu.enum && removed.length) context.add(direction === 'request', `${where}: enum value(s) removed: ${removed.join(', ')}`);
  }
  const names = new Set([...Object.keys(old.properties), ...Object.keys(neu.properties)]);
  for (const name of [...names].sort()) {
    const field = `${where}.${name}`;
    const inOld = name in old.properties;
    const inNew = name in neu.properties;
    if (!inOld) {
      const required = neu.required.has(name);
      const type = typeName(shape(neu.properties[name], context.resolveAfter));
      context.add(direction === 'request' && required, `${field}: ${required ? 'required' : 'optional'} field added (${type})`);
      continue;
    }
    if (!inNew) {
      context.add(direction === 'response' || old.required.has(name), `${field}: field removed`);
      continue;
    }
    const wasRequired = old.required.has(name);
    const isRequired = neu.required.has(name);
    if (wasRequired !== isRequired) {
      const breaking = direction === 'request' ? isRequired : !isRequired;
      context.add(breaking, `${field}: ${isRequired ? 'now required' : 'no longer required'}`);
    }
    compareSchemas(old.properties[name], neu.properties[name], field, direction, context, depth + 1);
  }
  if (old.items && neu.items) compareSchemas(old.items, neu.items, `${where}[]`, direction, context, depth + 1);
}

function jsonSchema(holder, resolve) {
  const resolved = resolve(holder);
  const content = resolved?.content ?? {};
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

/**
 * @returns {{ breaking: boolean, text: string }[]} one entry per change, operations first, in a stable order
 */
export function diffSpecs(before, after) {
  const changes = [];
  const oldOps = operations(before);
  const newOps = operations(after);
  for (const [id, { operation }] of newOps) {
    if (!oldOps.has(id)) changes.push({ breaking: false, text: `operation added: ${id} (${operation.operationId})` });
  }
  for (const [id, { operation }] of oldOps) {
    if (!newOps.has(id)) changes.push({ breaking: true, text: `operation removed: ${id} (${operation.operationId})` });
  }
  for (const [id, newer] of newOps) {
    const older = oldOps.get(id);
    if (!older) continue;
    const context = {
      resolveBefore: older.resolve,
      resolveAfter: newer.resolve,
      add: (breaking, text) => changes.push({ breaking, text: `${id} ${text}` }),
    };
    const parameterKey = (parameter) => `${parameter.in} parameter ${parameter.name}`;
    const oldParameters = new Map(older.parameters.map((parameter) => [parameterKey(parameter), parameter]));
    const newParameters = new Map(newer.parameters.map((parameter) => [parameterKey(parameter), parameter]));
    for (const [name, parameter] of newParameters) {
      const previous = oldParameters.get(name);
      if (!previous) {
        context.add(Boolean(parameter.required), `${name}: ${parameter.required ? 'required' : 'optional'} parameter added`);
        continue;
      }
      if (Boolean(previous.required) !== Boolean(parameter.required)) {
        context.add(Boolean(parameter.required), `${name}: ${parameter.required ? 'now required' : 'no longer required'}`);
      }
      compareSchemas(previous.schema, parameter.schema, name, 'request', context);
    }
    for (const name of oldParameters.keys()) if (!newParameters.has(name)) context.add(true, `${name}: parameter removed`);

    const oldBody = older.resolve(older.operation.requestBody);
    const newBody = newer.resolve(newer.operation.requestBody);
    if (!oldBody && newBody) context.add(Boolean(newBody.required), `request body added${newBody.required ? ' (required)' : ''}`);
    else if (oldBody && !newBody) context.add(true, 'request body removed');
    else if (oldBody && newBody) {
      if (!oldBody.required && newBody.required) context.add(true, 'request body now required');
      compareSchemas(jsonSchema(oldBody, older.resolve), jsonSchema(newBody, newer.resolve), 'request body', 'request', context);
    }

    const statuses = new Set([...Object.keys(older.operation.responses ?? {}), ...Object.keys(newer.operation.responses ?? {})]);
    for (const status of [...statuses].sort()) {
      const was = older.operation.responses?.[status];
      const now = newer.operation.responses?.[status];
      if (!was) context.add(false, `response ${status} added`);
      else if (!now) context.add(/^2/.test(status), `response ${status} removed`);
      else compareSchemas(jsonSchema(was, older.resolve), jsonSchema(now, newer.resolve), `response ${status}`, 'response', context);
    }
  }
  return changes;
}

/** Markdown lines for a changelog, breaking changes first. */
export function formatChanges(changes) {
  if (changes.length === 0) return ['- no API changes'];
  const sorted = [...changes.filter((change) => change.breaking), ...changes.filter((change) => !change.breaking)];
  return sorted.map((change) => `- ${change.breaking ? '**breaking** ' : ''}${change.text}`);
}
