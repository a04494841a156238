// Code samples for the API reference: per operation, the SDK call named by its `x-sdk-method` and
// the raw typed-client call, with the path parameters and the body of the operation's first request
// example. build-docs puts them into the bundle as `x-codeSamples` (Redocly renders them); the
// generator writes the same calls into a TypeScript file that `tsc` checks against the real
// packages, so a sample that stops compiling fails the test suite.

import { operationsOf } from './spec-operations.mjs';
import { resolveRef } from './spec-refs.mjs';

const SAMPLE_UUID = '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11';
const LINE_WIDTH = 80;

/** A documented value of a parameter, else one its schema accepts. */
function parameterValue(spec, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const named = parameter.examples && Object.values(parameter.examples)[0];
  if (named) return resolveRef(spec, named).value;
  return schemaValue(spec, parameter.schema);
}

function schemaValue(spec, rawSchema) {
  const schema = resolveRef(spec, rawSchema) ?? {};
  if (schema.examples?.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum.find((value) => value !== null);
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') return Math.min(Math.max(12345, schema.minimum ?? 1), schema.maximum ?? Infinity);
  if (type === 'boolean') return true;
  if (type === 'array') return [schemaValue(spec, schema.items)];
  if (schema.format === 'uuid') return SAMPLE_UUID;
  if (schema.oneOf || schema.anyOf) return schemaValue(spec, (schema.oneOf ?? schema.anyOf)[0]);
  return 'abc123';
}

/** The schema of member `key` of an object schema, looking through allOf/oneOf/anyOf. */
function memberSchema(spec, rawSchema, key) {
  const schema = resolveRef(spec, rawSchema);
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.properties?.[key]) return schema.properties[key];
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    const found = memberSchema(spec, part, key);
    if (found) return found;
  }
  return undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const keyOf = (name) => (IDENTIFIER.test(name) ? name : quote(name));

/** An expression rendered as is, not as a JSON value. */
class Expression {
  constructor(code) {
    this.code = code;
  }
}

/**
 * The example with each upload field (`format: binary`) replaced by the file read as a Blob, which
 * is what the clients take for it.
 */
function withUploads(spec, value, rawSchema, found) {
  const schema = resolveRef(spec, rawSchema);
  if (schema?.format === 'binary' && typeof value === 'string') {
    found.uploads = true;
    return new Expression(`await openAsBlob(${quote(value)})`);
  }
  if (Array.isArray(value)) return value.map((item) => withUploads(spec, item, schema?.items, found));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, withUploads(spec, member, memberSchema(spec, schema, key), found)]));
  }
  return value;
}

/**
 * Renders a value as a TypeScript expression: identifier keys unquoted, single-quoted strings, an
 * object or array on one line when it fits from `column`, else one member per line.
 */
function format(value, depth = 0, column = 0) {
  if (value instanceof Expression) return value.code;
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quote(value) : JSON.stringify(value);
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((item) => [undefined, item]) : Object.entries(value);
  if (entries.length === 0) return isArray ? '[]' : '{}';
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  const member = ([key, item], at) => (key === undefined ? format(item, depth + 1, at) : `${keyOf(key)}: ${format(item, depth + 1, at + keyOf(key).length + 2)}`);
  const inline = isArray ? `[${entries.map((entry) => member(entry, column)).join(', ')}]` : `{ ${entries.map((entry) => member(entry, column)).join(', ')} }`;
  if (!inline.includes('\n') && column + inline.length <= LINE_WIDTH) return inline;
  const pad = '  '.repeat(depth + 1);
  return `${open}\n${entries.map((entry) => `${pad}${member(entry, pad.length)},`).join('\n')}\n${'  '.repeat(depth)}${close}`;
}

function requestExample(spec, operation) {
  const requestBody = resolveRef(spec, operation.requestBody);
  const [, media] = Object.entries(requestBody?.content ?? {})[0] ?? [];
  if (!media) return undefined;
  const named = media.examples && Object.values(media.examples)[0];
  const value = named ? resolveRef(spec, named).value : media.example;
  return value === undefined ? undefined : { value, schema: media.schema };
}

/**
 * The two calls of each operation, without their imports and client setup.
 * @param {any} spec bundled spec
 * @param {import('./registry.mjs').ApiEntry} api
 * @returns {{ method: string, path: string, operationId: string, sdk?: string, client: string, uploads: boolean }[]}
 */
export function operationCalls(spec, api) {
  const calls = [];
  for (const { method, path, operation, parameters } of operationsOf(spec)) {
    const byLocation = (where) =>
      Object.fromEntries(
        parameters
          .filter((parameter) => parameter.in === where && (where === 'path' || parameter.required))
          .map((parameter) => [parameter.name, parameterValue(spec, parameter)]),
      );
    const params = { path: byLocation('path'), query: byLocation('query'), header: byLocation('header') };
    const example = requestExample(spec, operation);
    const found = { uploads: false };
    const body = example && { body: withUploads(spec, example.value, example.schema, found) };

    let sdk;
    if (api.sdk) {
      const receiver = [variableOf(api.sdk), ...api.sdk.namespace, operation['x-sdk-method']].join('.');
      const input = { ...params.path, ...params.query, ...params.header, ...body };
      const start = `const result = await ${receiver}(`;
      sdk = `${start}${Object.keys(input).length ? format(input, 0, start.length) : ''});`;
    }
    const usedParams = Object.fromEntries(Object.entries(params).filter(([, values]) => Object.keys(values).length > 0));
    const init = { ...(Object.keys(usedParams).length ? { params: usedParams } : {}), ...body };
    const start = `const { data, error } = await client.${method.toUpperCase()}(${quote(path)}`;
    const client = `${start}${Object.keys(init).length ? `, ${format(init, 0, start.length + 2)}` : ''});`;
    calls.push({ method, path, operationId: operation.operationId, sdk, client, uploads: found.uploads });
  }
  return calls;
}

function variableOf(sdk) {
  return sdk.className[0].toLowerCase() + sdk.className.slice(1);
}

const UPLOAD_IMPORT = "import { openAsBlob } from 'node:fs';\n";

/** The lines a reader needs before a call: imports and the client, built from the API key's variable. */
export function setupOf(api, kind, { uploads = false } = {}) {
  const imports = uploads ? UPLOAD_IMPORT : '';
  if (kind === 'sdk') {
    const { className, packageName } = api.sdk;
    return `${imports}import { ${className} } from '${packageName}';\n\nconst ${variableOf(api.sdk)} = new ${className}({ apiKey: process.env.${api.apiKeyEnv}! });\n`;
  }
  return `${imports}import { createClient } from '${api.packageName}';\n\nconst client = createClient({ apiKey: process.env.${api.apiKeyEnv}! });\n`;
}

/**
 * `x-codeSamples` for every operation, keyed by `METHOD path`.
 * @returns {Map<string, { lang: string, label: string, source: string }[]>}
 */
export function codeSamplesOf(spec, api) {
  const samples = new Map();
  for (const call of operationCalls(spec, api)) {
    const entries = [];
    if (call.sdk) entries.push({ lang: 'TypeScript', label: 'SDK', source: `${setupOf(api, 'sdk', call)}${call.sdk}\n` });
    entries.push({ lang: 'TypeScript', label: 'Typed client', source: `${setupOf(api, 'client', call)}${call.client}\n` });
    samples.set(`${call.method.toUpperCase()} ${call.path}`, entries);
  }
  return samples;
}

/** Adds `x-codeSamples` to every operation of a bundled spec, in place. */
export function addCodeSamples(spec, api) {
  const samples = codeSamplesOf(spec, api);
  for (const { method, path, operation } of operationsOf(spec)) operation['x-codeSamples'] = samples.get(`${method.toUpperCase()} ${path}`);
  return spec;
}

/**
 * A TypeScript module holding every sample's call exactly as the reference prints it, under the same
 * setup lines, so `tsc` checks them against the packages' real types. Nothing in it runs.
 */
export function renderSampleChecks(spec, api, header) {
  const calls = operationCalls(spec, api);
  const uploads = calls.some((call) => call.uploads);
  const block = (code, call) => `  // ${call.method.toUpperCase()} ${call.path} (${call.operationId})\n  {\n${indent(code, '    ')}\n  }`;
  const body = (kind) => {
    const setup = setupOf(api, kind).split('\n\n')[1].trim();
    return `  ${setup}\n${calls.map((call) => block(call[kind], call)).join('\n')}`;
  };
  const imports = [
    ...(uploads ? [UPLOAD_IMPORT.trim()] : []),
    ...(api.sdk ? [setupOf(api, 'sdk').split('\n')[0]] : []),
    setupOf(api, 'client').split('\n')[0],
  ];
  return `${header}// Every code sample of the ${api.id} reference (scripts/lib/code-samples.mjs), type-checked by \`tsc\`.
// Nothing here runs; a call that does not compile fails \`pnpm typecheck\`.
${imports.join('\n')}
${api.sdk ? `\nexport async function sdkSamples() {\n${body('sdk')}\n}\n` : ''}
export async function clientSamples() {
${body('client')}
}
`;
}

function indent(code, pad) {
  return code
    .split('\n')
    .map((line) => `${pad}${line}`)
    .join('\n');
}

export const SAMPLE_CHECKS_DIR = 'packages/contract-tests/test/types/code-samples';

/** @returns {Record<string, string>} one sample-check module per API, path relative to the repo -> contents */
export function renderSampleCheckFiles(apis, specs, header) {
  return Object.fromEntries(apis.map((api, index) => [`${SAMPLE_CHECKS_DIR}/${api.id}.ts`, renderSampleChecks(specs[index], api, header(api))]));
}
