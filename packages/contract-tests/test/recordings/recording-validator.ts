// Checks a recorded exchange against the bundled spec the way specs/CONVENTIONS.md's evidence
// policy reads it: a member the spec does not declare, or a response enum value it does not list,
// is drift (reported, never a failure); anything else the response schema rejects is a mismatch.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { bundledSpec } from '../support.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// ajv-formats is CommonJS with a default export; under NodeNext its callable sits on `.default`.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

export interface Recording {
  api: string;
  operationId: string;
  request: { method: string; path: string; query?: Record<string, string>; body?: unknown };
  response: { status: number; contentType?: string; body?: unknown };
  provenance: { kind: string; believedReal: string; [key: string]: unknown };
}

export interface Finding {
  /** JSON Pointer into the response body. */
  pointer: string;
  keyword: string;
  message: string;
}

export interface RecordingReport {
  /** The response schema the recording was checked against, as a pointer into the bundled spec. */
  schemaPath: string;
  mismatches: Finding[];
  drift: Finding[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Every recording under specs/<api>/<version>/recordings/, with the file it came from. */
export function loadRecordings(): { file: string; recording: Recording }[] {
  const found: { file: string; recording: Recording }[] = [];
  const specsDir = path.join(repoRoot, 'specs');
  for (const vendor of readdirSync(specsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const version of readdirSync(path.join(specsDir, vendor.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = path.join(specsDir, vendor.name, version.name, 'recordings');
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
        const file = path.join(dir, name);
        found.push({ file: path.relative(repoRoot, file), recording: JSON.parse(readFileSync(file, 'utf8')) as Recording });
      }
    }
  }
  return found;
}

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Two views of one spec: as written, and lenient (open enums, anyOf for oneOf). */
class SpecValidators {
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly ajv: { written: Ajv2020; lenient: Ajv2020 };

  constructor(readonly spec: Json) {
    const make = (doc: Json) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, logger: false });
      addFormats(ajv);
      // Formats our specs carry from the vendor docs that ajv-formats does not define.
      ajv.addFormat('int16', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= -32_768 && value <= 32_767 });
      ajv.addFormat('decimal', { type: 'number', validate: (value: number) => Number.isFinite(value) });
      ajv.addSchema(doc, 'spec');
      return ajv;
    };
    this.ajv = { written: make(spec), lenient: make(lenient(spec)) };
  }

  validate(view: keyof SpecValidators['ajv'], schemaPath: string, value: unknown): ErrorObject[] {
    const key = `${view} ${schemaPath}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv[view].compile({ $ref: `spec${schemaPath}` });
      this.compiled.set(key, validate);
    }
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }
}

/** A copy of the spec whose schemas list no enums and use anyOf where the spec says oneOf. */
function lenient(spec: Json): Json {
  const walk = (node: Json, inSchema: boolean): Json => {
    if (Array.isArray(node)) return node.map((n) => walk(n, inSchema));
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'examples' || key === 'example') continue;
      out[key] = walk(value, inSchema || key === 'schema' || key === 'schemas');
    }
    if (!inSchema) return out;
    delete out.enum; // response enums are open: an unlisted value is drift, checked separately
    if (out.oneOf) {
      out.anyOf = out.oneOf;
      delete out.oneOf;
    }
    return out;
  };
  return walk(spec, false);
}

const validators = new Map<string, SpecValidators>();
function specValidators(api: string): SpecValidators {
  let v = validators.get(api);
  if (!v) {
    v = new SpecValidators(bundledSpec(api));
    validators.set(api, v);
  }
  return v;
}

/** Finds the response schema of the recorded operation and status: exact status, then `4XX`-style, then default. */
export function responseSchemaPath(spec: Json, recording: Recording): string {
  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    const operation = item[recording.request.method.toLowerCase()];
    if (operation?.operationId !== recording.operationId) continue;
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const servers: string[] = (spec.servers ?? []).map((s: Json) => new URL(s.url).pathname.replace(/\/$/, ''));
    const paths = [recording.request.path, ...servers.filter(Boolean).map((p) => recording.request.path.replace(p, ''))];
    if (!paths.some((p) => pattern.test(p))) {
      throw new Error(`${recording.request.method} ${recording.request.path} does not match ${template} of ${recording.operationId}`);
    }
    const status = String(recording.response.status);
    const key = [status, `${status.charAt(0)}XX`, 'default'].find((k) => operation.responses[k]);
    if (!key) throw new Error(`${recording.operationId} documents no response for status ${status}`);
    let responsePath = `#/paths/${escape(template)}/${recording.request.method.toLowerCase()}/responses/${key}`;
    let response = operation.responses[key];
    if (response.$ref) {
      responsePath = response.$ref;
      response = response.$ref.slice(2).split('/').reduce((n: Json, k: string) => n[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
    }
    const mediaType = recording.response.contentType ?? Object.keys(response.content ?? {})[0];
    if (!mediaType || !response.content?.[mediaType]?.schema) throw new Error(`${recording.operationId} ${key} has no ${mediaType} schema`);
    return `${responsePath}/content/${escape(mediaType)}/schema`;
  }
  throw new Error(`${recording.api} has no operation ${recording.operationId} (${recording.request.method})`);
}

const finding = (error: ErrorObject): Finding => {
  if (error.keyword === 'required') {
    const member = String((error.params as { missingProperty: string }).missingProperty);
    return { pointer: error.instancePath, keyword: 'required', message: `missing required member ${member}` };
  }
  const observed = error.keyword === 'enum' ? ` (observed ${JSON.stringify(error.data)})` : '';
  return { pointer: error.instancePath, keyword: error.keyword, message: `${error.message ?? error.keyword}${observed}` };
};

const unique = (findings: Finding[]) => [...new Map(findings.map((f) => [`${f.pointer} ${f.keyword} ${f.message}`, f])).values()];

/** Validates the recorded response body against its operation's response schema. */
export function checkRecording(recording: Recording): RecordingReport {
  const v = specValidators(recording.api);
  const schemaPath = responseSchemaPath(v.spec, recording);
  const body = recording.response.body;
  const mismatches = unique(v.validate('lenient', schemaPath, body).map(finding));
  // Only when the spec as written rejects the body: otherwise enum errors are from oneOf branches that did not apply.
  const unlistedEnums = v.validate('written', schemaPath, body).filter((e) => e.keyword === 'enum');
  const unknownMembers = undeclaredMembers(v.spec, { $ref: schemaPath }, body, '');
  return { schemaPath, mismatches, drift: unique([...unlistedEnums.map(finding), ...unknownMembers]) };
}

/**
 * Members of `value` that no branch of `schema` declares, found by walking both together. Every
 * branch of allOf/anyOf/oneOf counts, so a member any branch knows is never reported.
 */
function undeclaredMembers(spec: Json, schema: Json, value: unknown, pointer: string): Finding[] {
  const branches = flatten(spec, schema);
  if (Array.isArray(value)) {
    const items = branches.map((b) => b.items).filter(Boolean);
    return items.length ? value.flatMap((v, i) => undeclaredMembers(spec, { anyOf: items }, v, `${pointer}/${i}`)) : [];
  }
  if (!value || typeof value !== 'object') return [];
  const declared = new Map<string, Json[]>();
  let open = false;
  for (const b of branches) {
    for (const [name, s] of Object.entries<Json>(b.properties ?? {})) declared.set(name, [...(declared.get(name) ?? []), s]);
    if ((b.additionalProperties !== undefined && b.additionalProperties !== false) || b.patternProperties) open = true;
  }
  if (!declared.size && !branches.some((b) => b.additionalProperties === false)) open = true;
  const found: Finding[] = [];
  for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
    const at = `${pointer}/${escape(name)}`;
    const schemas = declared.get(name);
    if (schemas) found.push(...undeclaredMembers(spec, { anyOf: schemas }, member, at));
    else if (!open) found.push({ pointer: at, keyword: 'unknownMember', message: `unknown member ${name} (${member === null ? 'null' : Array.isArray(member) ? 'array' : typeof member})` });
  }
  return found;
}

/** The schema and every schema it applies in place ($ref, allOf, anyOf, oneOf), flattened. */
function flatten(spec: Json, schema: Json, seen = new Set<Json>()): Json[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  if (schema.$ref) return flatten(spec, resolvePointer(spec, schema.$ref), seen);
  const out = [schema];
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const s of schema[key] ?? []) out.push(...flatten(spec, s, seen));
  return out;
}

function resolvePointer(spec: Json, ref: string): Json {
  return ref.replace(/^spec/, '').slice(2).split('/').reduce((n: Json, k: string) => n?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
}
