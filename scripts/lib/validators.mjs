// Renders an API package's `validators` module (`@engagekit/<api>/validators`): every operation's
// request and response schemas compiled ahead of time with Ajv 2020's standalone mode, so nothing
// compiles a schema at run time and the module is safe in browsers. The SDK's validateResponses
// option, the validating proxy, `pnpm drift` and the stateful mock all validate with it.
//
// Shape of the output, and why:
// - The bundled spec (stripped to what validation reads) is added to Ajv once as `spec`; every
//   schema is compiled through that one root with `inlineRefs: false`, so a component referenced
//   by 40 operations is one function, not 40.
// - Ajv reports schema paths relative to the function that failed; each function's paths are
//   rewritten to absolute JSON Pointers into the bundled spec, which is what `schemaPath` promises.
// - Response enums are open (an unlisted value is drift, not an error), request enums closed. One
//   compiled function serves both: enums compile to the `engagekitEnum` keyword, whose check
//   reads a module-level switch that @engagekit/runtime/validation flips for a second pass.
// - Unknown response members are found by walking the value against a member map (`shapes`),
//   not by compiling closed variants, which would change what `oneOf`/`allOf` accept.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { resolveRef } from 'ajv/dist/compile/index.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ajvModule from 'ajv';
import { operationsOf } from './spec-operations.mjs';

const { _, stringify } = ajvModule;

/**
 * Formats @engagekit/runtime/validation implements, with the JSON type each applies to. A spec
 * using any other format fails generation rather than being silently unchecked.
 */
export const FORMAT_TYPES = {
  date: 'string',
  time: 'string',
  'date-time': 'string',
  email: 'string',
  uri: 'string',
  uuid: 'string',
  binary: 'string',
  byte: 'string',
  password: 'string',
  int16: 'number',
  int32: 'number',
  int64: 'number',
  float: 'number',
  double: 'number',
  decimal: 'number',
};

const RUNTIME_HELPERS = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv/dist/runtime/equal").default': 'deepEqual',
};

// Schema keywords whose value is a map of subschemas, a subschema, or a list of subschemas.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'additionalItems']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
// Annotations: validation never reads them, and Ajv would embed them in the generated code.
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'externalDocs', 'xml', 'discriminator', '$comment', 'default']);

export const escapeToken = (token) => String(token).replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeToken = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');

function at(document, pointer) {
  let node = document;
  for (const token of pointer.replace(/^#\/?/, '').split('/').filter((part) => part !== '')) {
    if (node === undefined || node === null) return undefined;
    node = node[unescapeToken(token)];
  }
  return node;
}

const isPrimitive = (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** A schema without its annotations; `enum` of primitives becomes `engagekitEnum` (see header). */
export function stripSchema(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const stripped = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key)) stripped[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchema(sub)]));
    else if (SCHEMA_VALUES.has(key)) stripped[key] = stripSchema(value);
    else if (SCHEMA_LISTS.has(key)) stripped[key] = value.map(stripSchema);
    else if (key === 'enum' && Array.isArray(value) && value.every(isPrimitive)) stripped.engagekitEnum = value;
    else stripped[key] = value;
  }
  return stripped;
}

const stripContent = (content) => content && Object.fromEntries(Object.entries(content).map(([type, media]) => [type, { schema: stripSchema(media.schema) }]));
const stripRefOr = (value, strip) => (value?.$ref ? { $ref: value.$ref } : strip(value));
const stripParameter = (parameter) => stripRefOr(parameter, (p) => ({ schema: stripSchema(p.schema) }));
const stripBodyOrResponse = (value) => stripRefOr(value, (v) => ({ content: stripContent(v.content) }));

/** The bundled spec with only what validation reads, at the same JSON Pointers. */
export function validationDocument(spec) {
  const components = spec.components ?? {};
  const mapValues = (object, fn) => Object.fromEntries(Object.entries(object ?? {}).map(([key, value]) => [key, fn(value)]));
  const paths = mapValues(spec.paths, (item) => {
    const stripped = { parameters: (item.parameters ?? []).map(stripParameter) };
    for (const [key, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      stripped[key] = {
        parameters: (operation.parameters ?? []).map(stripParameter),
        ...(operation.requestBody && { requestBody: stripBodyOrResponse(operation.requestBody) }),
        responses: mapValues(operation.responses, stripBodyOrResponse),
      };
    }
    return stripped;
  });
  return {
    paths,
    components: {
      schemas: mapValues(components.schemas, stripSchema),
      parameters: mapValues(components.parameters, stripParameter),
      requestBodies: mapValues(components.requestBodies, stripBodyOrResponse),
      responses: mapValues(components.responses, stripBodyOrResponse),
    },
  };
}

/** Follows `$ref`s until a pointer names the object itself. */
function settle(document, pointer) {
  const seen = new Set();
  let current = pointer;
  for (;;) {
    const node = at(document, current);
    if (!node || typeof node.$ref !== 'string' || seen.has(current)) return current;
    const onlyRef = Object.keys(node).length === 1;
    if (!onlyRef) return current;
    seen.add(current);
    current = node.$ref;
  }
}

function formatsUsed(document) {
  const found = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof value.format === 'string') found.add(value.format);
      Object.values(value).forEach(visit);
    }
  };
  visit(document);
  return found;
}

/** The coercion a parameter's raw string gets (see `Coercion` in @engagekit/runtime/validation). */
function coercionOf(document, schemaPointer) {
  const schema = at(document, settle(document, schemaPointer)) ?? {};
  const typeOf = (s) => {
    const resolved = s?.$ref ? at(document, settle(document, s.$ref)) : s;
    const types = [resolved?.type].flat().filter((type) => type && type !== 'null');
    return types.length === 1 ? types[0] : 'string';
  };
  const type = typeOf(schema);
  if (type === 'array') {
    const item = typeOf(schema.items);
    return ['array', ['integer', 'number', 'boolean'].includes(item) ? item : 'string'];
  }
  return ['integer', 'number', 'boolean'].includes(type) ? type : 'string';
}

/** Every schema an operation validates, by the pointer it is compiled at. */
function operationEntries(spec, document) {
  const operations = [];
  for (const { method, path, item, operation } of operationsOf(spec)) {
    const base = `#/paths/${escapeToken(path)}`;
    const pointerOf = (raw, fallback) => (raw?.$ref ? raw.$ref : fallback);
    // Operation-level parameters override path-level ones of the same name and location.
    const declared = new Map();
    (item.parameters ?? []).forEach((raw, index) => declared.set(raw, pointerOf(raw, `${base}/parameters/${index}`)));
    (operation.parameters ?? []).forEach((raw, index) => declared.set(raw, pointerOf(raw, `${base}/${method}/parameters/${index}`)));
    const parameters = new Map();
    for (const pointer of declared.values()) {
      const parameter = at(spec, settle(spec, pointer));
      if (!parameter?.schema || !['path', 'query', 'header'].includes(parameter.in)) continue;
      parameters.set(`${parameter.in} ${parameter.name}`, { in: parameter.in, name: parameter.name, required: parameter.required === true, at: settle(spec, pointer) });
    }
    const requestPointer = operation.requestBody && settle(spec, pointerOf(operation.requestBody, `${base}/${method}/requestBody`));
    const requestBody = requestPointer && at(spec, requestPointer);
    const responses = {};
    for (const [status, raw] of Object.entries(operation.responses ?? {})) {
      const pointer = settle(spec, pointerOf(raw, `${base}/${method}/responses/${escapeToken(status)}`));
      const content = at(spec, pointer)?.content ?? {};
      for (const [type, media] of Object.entries(content)) {
        if (!media.schema) continue;
        (responses[status] ??= {})[type] = settle(document, `${pointer}/content/${escapeToken(type)}/schema`);
      }
    }
    operations.push({
      id: operation.operationId,
      method,
      path,
      parameters: [...parameters.values()].map((parameter) => ({
        ...parameter,
        schema: settle(document, `${parameter.at}/schema`),
        coerce: coercionOf(document, `${parameter.at}/schema`),
      })),
      body:
        requestBody?.content &&
        Object.fromEntries(
          Object.entries(requestBody.content)
            .filter(([, media]) => media.schema)
            .map(([type]) => [type, settle(document, `${requestPointer}/content/${escapeToken(type)}/schema`)]),
        ),
      bodyRequired: requestBody?.required === true,
      responses,
    });
  }
  return operations;
}

/** Ajv set up as the generated code expects: formats and `engagekitEnum` resolved at run time. */
function createAjv() {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    messages: false,
    validateSchema: false,
    inlineRefs: false,
    code: { esm: true, source: true, formats: _`validationFormats` },
  });
  for (const [name, type] of Object.entries(FORMAT_TYPES)) ajv.addFormat(name, { type, validate: () => true });
  const values = (gen, schema) => gen.scopeValue('schema', { ref: schema, code: stringify(schema) });
  ajv.addKeyword({
    keyword: 'engagekitEnum',
    schemaType: 'array',
    code(cxt) {
      cxt.fail(_`!openEnums && !${values(cxt.gen, cxt.schema)}.includes(${cxt.data})`);
    },
    error: { message: 'enum', params: ({ gen, schema }) => _`{allowedValues: ${values(gen, schema)}}` },
  });
  return ajv;
}

/**
 * Compiles each pointer once through the shared `spec` root and returns the standalone code, with
 * the function name of each pointer and every function's schemaPaths made absolute.
 */
function compile(document, pointers) {
  const ajv = createAjv();
  ajv.addSchema(document, 'spec');
  const root = ajv.schemas.spec;
  const entries = {};
  pointers.forEach((pointer, index) => {
    const env = resolveRef.call(ajv, root, 'spec', pointer);
    if (!env?.validate) throw new Error(`validators: cannot compile ${pointer}`);
    ajv.refs[`entry${index}`] = env;
    entries[`e${index}`] = `entry${index}`;
  });
  // Which spec location each compiled function validates; a pure `$ref` alias yields to its target.
  const locationOf = new Map();
  for (const [key, env] of Object.entries(root.refs)) {
    const name = env?.validate?.source?.validateName?.str;
    const hash = key.indexOf('#');
    if (!name || hash < 0) continue;
    const pointer = decodeURIComponent(key.slice(hash));
    const node = at(document, pointer);
    const alias = node && typeof node.$ref === 'string' && Object.keys(node).length === 1;
    if (!locationOf.has(name) || !alias) locationOf.set(name, pointer);
  }
  let code = standaloneCode(ajv, entries).replace(/^"use strict";/, '');
  const names = [];
  code = code.replace(/export const e(\d+) = (validate\d+);/g, (_match, index, name) => {
    names[Number(index)] = name;
    return '';
  });
  for (const [call, helper] of Object.entries(RUNTIME_HELPERS)) code = code.split(call).join(helper);
  if (/\brequire\(/.test(code)) throw new Error(`validators: the standalone code needs a runtime module: ${code.match(/require\([^)]*\)/)[0]}`);
  code = absoluteSchemaPaths(withoutSchemaConstants(code), locationOf);
  return { code, names };
}

/**
 * Replaces reads of members of Ajv's schema constants (`schema12.properties.x.type`, in error
 * params) by the value read, and drops the constants nothing else reads: Ajv declares every
 * compiled schema, which would put the whole stripped spec into the module a second time. A
 * constant read as a whole (the `engagekitEnum` value lists) stays.
 */
function withoutSchemaConstants(code) {
  const declarations = [];
  const values = new Map();
  for (const match of code.matchAll(/const (schema\d+) = /g)) {
    if (declarations.length > 0 && match.index < declarations.at(-1).end) continue;
    const end = endOfLiteral(code, match.index + match[0].length);
    if (code[end] !== ';') throw new Error(`validators: unexpected code after ${match[1]}`);
    declarations.push({ name: match[1], start: match.index, end: end + 1 });
    values.set(match[1], JSON.parse(code.slice(match.index + match[0].length, end)));
  }
  const kept = new Set();
  const member = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  const inline = (text) =>
    text.replace(/\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*)/g, (expression, name, path) => {
      if (!values.has(name)) return expression;
      let value = values.get(name);
      let rest = path;
      for (let step = member.exec(rest); step; step = member.exec(rest)) {
        const key = step[1] ?? (step[2] !== undefined ? Number(step[2]) : JSON.parse(step[3]));
        if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) break;
        value = value[key];
        rest = rest.slice(step[0].length);
      }
      if (rest === path) {
        kept.add(name);
        return expression;
      }
      return `${JSON.stringify(value)}${rest}`;
    });
  let body = '';
  let cursor = 0;
  for (const declaration of declarations) {
    body += inline(code.slice(cursor, declaration.start)) + `\u0000${declaration.name}\u0000`;
    cursor = declaration.end;
  }
  body += inline(code.slice(cursor));
  const byName = new Map(declarations.map((declaration) => [declaration.name, code.slice(declaration.start, declaration.end)]));
  return body.replace(/\u0000(schema\d+)\u0000/g, (_match, name) => (kept.has(name) ? byName.get(name) : ''));
}

/** Index just past the JSON literal starting at `start`. */
function endOfLiteral(code, start) {
  let depth = 0;
  let inString = false;
  for (let index = start; index < code.length; index++) {
    const char = code[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    if (depth === 0 && !inString) return index + 1;
  }
  throw new Error('validators: unterminated literal in the standalone code');
}

/**
 * Rewrites each function's schemaPaths (relative to the schema it compiles) to pointers into the
 * bundled spec. The function's own location is declared once before it (`const at12 = "#/…"`), so
 * the thousands of error sites do not each repeat it.
 */
function absoluteSchemaPaths(code, locationOf) {
  const starts = [...code.matchAll(/function validate(\d+)\(/g)];
  let result = code.slice(0, starts[0]?.index ?? code.length);
  starts.forEach((match, index) => {
    const end = starts[index + 1]?.index ?? code.length;
    const location = locationOf.get(`validate${match[1]}`);
    if (location === undefined) throw new Error(`validators: no spec location for validate${match[1]}`);
    const at = `at${match[1]}`;
    result += `const ${at} = ${JSON.stringify(location)};`;
    result += code.slice(match.index, end).replace(/schemaPath:"#([^"]*)"/g, (_match, rest) => {
      const relative = decodeURIComponent(rest);
      return relative === '' ? `schemaPath:${at}` : `schemaPath:${at}+${JSON.stringify(relative)}`;
    });
  });
  return result;
}

/**
 * The member map behind unknown-member detection (`ShapeNode` in @engagekit/runtime/validation):
 * one node per schema that can hold members, reachable from a response.
 */
function shapeBuilder(document) {
  const shapes = [];
  const ids = new Map();
  const hasStructure = (schema) =>
    ['$ref', 'allOf', 'oneOf', 'anyOf', 'properties', 'additionalProperties', 'patternProperties', 'items'].some((key) => key in schema);
  const admitsAnything = (schema) => {
    const resolved = schema?.$ref ? at(document, settle(document, schema.$ref)) : schema;
    if (resolved === true || resolved === undefined) return true;
    if (!resolved || typeof resolved !== 'object' || hasStructure(resolved)) return false;
    const types = [resolved.type].flat().filter(Boolean);
    return types.length === 0 || types.includes('object');
  };
  const shapeOf = (pointer) => {
    const settled = settle(document, pointer);
    if (ids.has(settled)) return ids.get(settled);
    const schema = at(document, settled);
    if (!schema || typeof schema !== 'object' || !hasStructure(schema)) return -1;
    const id = shapes.length;
    ids.set(settled, id);
    const node = { s: settled };
    shapes.push(node);
    const union = [];
    if (typeof schema.$ref === 'string') union.push(shapeOf(schema.$ref));
    for (const combinator of ['allOf', 'oneOf', 'anyOf']) {
      (schema[combinator] ?? []).forEach((_branch, index) => union.push(shapeOf(`${settled}/${combinator}/${index}`)));
      if (combinator !== 'allOf' && (schema[combinator] ?? []).some(admitsAnything)) node.o = 1;
    }
    if (schema.properties) {
      node.m = Object.fromEntries(Object.keys(schema.properties).map((name) => [name, shapeOf(`${settled}/properties/${escapeToken(name)}`)]));
    }
    // An explicit additionalProperties (true, a schema, or false, which Ajv reports itself)
    // decides for itself; only schemas that say nothing get the unknown-member check.
    if ('additionalProperties' in schema || 'patternProperties' in schema || ('unevaluatedProperties' in schema && schema.unevaluatedProperties !== false)) node.o = 1;
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') node.a = shapeOf(`${settled}/additionalProperties`);
    if (schema.items && typeof schema.items === 'object') node.i = shapeOf(`${settled}/items`);
    const children = union.filter((child) => child >= 0);
    if (children.length > 0) node.u = children;
    return id;
  };
  return { shapes, shapeOf };
}

/**
 * @param {any} spec the bundled spec
 * @param {string} header the generated-file header line
 * @returns {{ js: string, dts: string }} `src/generated/validators.js` and its declarations. Plain
 * JavaScript, so TypeScript neither re-checks nor re-prints megabytes of Ajv output on every build.
 */
export function renderValidatorsModule(spec, header) {
  const document = validationDocument(spec);
  const unknownFormats = [...formatsUsed(document)].filter((format) => !(format in FORMAT_TYPES));
  if (unknownFormats.length > 0) {
    throw new Error(`validators: the spec uses formats @engagekit/runtime/validation does not implement: ${unknownFormats.join(', ')}`);
  }
  const operations = operationEntries(spec, document);
  const pointers = [];
  const indexOf = new Map();
  const schemaIndex = (pointer) => {
    if (!indexOf.has(pointer)) {
      indexOf.set(pointer, pointers.length);
      pointers.push(pointer);
    }
    return indexOf.get(pointer);
  };
  const { shapes, shapeOf } = shapeBuilder(document);
  const tables = operations.map((operation) => {
    const parameters = {};
    for (const parameter of operation.parameters) {
      (parameters[parameter.in] ??= []).push({
        name: parameter.name,
        required: parameter.required,
        coerce: parameter.coerce,
        schema: schemaIndex(parameter.schema),
        at: parameter.at,
      });
    }
    return {
      id: operation.id,
      method: operation.method,
      path: operation.path,
      ...(Object.keys(parameters).length > 0 && { parameters }),
      ...(operation.body && { body: Object.fromEntries(Object.entries(operation.body).map(([type, pointer]) => [type, schemaIndex(pointer)])) }),
      bodyRequired: operation.bodyRequired,
      responses: Object.fromEntries(
        Object.entries(operation.responses).map(([status, byType]) => [
          status,
          Object.fromEntries(Object.entries(byType).map(([type, pointer]) => [type, [schemaIndex(pointer), shapeOf(pointer)]])),
        ]),
      ),
    };
  });
  const { code, names } = compile(document, pointers);
  const js = `${header}/* eslint-disable */
// Ajv standalone output; the exports are typed by validators.d.ts.
import { deepEqual, defineValidators, formats as validationFormats, ucs2length } from '@engagekit/runtime/validation';

/** Enum checks pass every value while true: the second, open pass over a response. */
let openEnums = false;
${code}

const validators = defineValidators({
  schemas: [${names.join(', ')}],
  shapes: ${JSON.stringify(shapes)},
  operations: ${JSON.stringify(tables)},
  setOpenEnums: (open) => {
    openEnums = open;
  },
});

export const operationIds = validators.operationIds;
export const operationValidators = validators.operationValidators;
export const responseValidator = validators.responseValidator;
`;
  const dts = `${header}import type { ValidatorModule } from '@engagekit/runtime/validation';

export type { OperationValidators, ValidateFn, ValidatorModule, Violation } from '@engagekit/runtime/validation';

/** Every operationId of the spec. */
export declare const operationIds: ValidatorModule['operationIds'];
/** The validators of one operation, or undefined when the spec has no such operation. */
export declare const operationValidators: ValidatorModule['operationValidators'];
/** The body validator a client would pick: exact status, then \`4XX\`-style ranges, then \`default\`; then media type. */
export declare const responseValidator: ValidatorModule['responseValidator'];
`;
  return { js, dts };
}
