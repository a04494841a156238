// The stateful mock of one API: routes a request to its spec operation, checks credentials,
// validates it with the generated validators, then answers from per-session state (resource
// operations) or with the documented example (everything else). Platform-neutral: the HTTP
// server and the MSW handlers are thin adapters around `handle`.

import { Router } from './router.js';
import { deref, documentedResponse, operationsOf, type SpecOperation } from './spec.js';
import { Store, type StoredRecord } from './store.js';
import type { ApiData, MockRequest, MockResponse, ResourceCollection, ValidateFn, Violation } from './types.js';

export const SESSION_HEADER = 'x-mock-session';
export const DELAY_HEADER = 'x-mock-delay';
export const FAULT_HEADER = 'x-mock-fault';
export const CONTROL_PREFIX = '/__mock';

export interface EngineOptions {
  /** Every answer waits a random time in this range (ms). */
  latency?: { min: number; max: number };
  /** Share of requests (0..1) answered with an injected 429 (with Retry-After) or 5xx instead. */
  faultRate?: number;
  /** Source of randomness for latency and fault injection; Math.random by default. */
  random?: () => number;
}

type Role = 'create' | 'get' | 'update' | 'delete' | 'list';

interface Route {
  op: SpecOperation;
  resource?: { collection: ResourceCollection; role: Role };
}

const JSON_TYPE = 'application/json';
const DEFAULT_RETRY_AFTER = '30';
const INJECTED_STATUSES = ['429', '500', '502', '503', '504'];

export class MockEngine {
  readonly id: string;
  private readonly router = new Router<Route>();
  private readonly store = new Store();
  private readonly random: () => number;
  private readonly operationsById = new Map<string, SpecOperation>();

  constructor(
    private readonly data: ApiData,
    private readonly options: EngineOptions = {},
  ) {
    this.id = data.id;
    this.random = options.random ?? Math.random;
    const roles = new Map<string, Route['resource']>();
    for (const collection of data.resources.collections) {
      for (const [role, operation] of Object.entries(collection.operations)) {
        if (operation) roles.set(operation.operationId, { collection, role: role as Role });
      }
    }
    for (const op of operationsOf(data.spec)) {
      this.operationsById.set(op.operationId, op);
      this.router.add(op.method, op.path, { op, resource: roles.get(op.operationId) });
    }
  }

  get resources() {
    return this.data.resources;
  }

  /** Whether a path is this API's (an operation's path, whatever the method, or a control endpoint). */
  serves(pathname: string): boolean {
    return pathname.startsWith(CONTROL_PREFIX) || this.router.match('get', pathname) !== undefined;
  }

  /** Restores the seed for one session, or for every session when none is given. */
  reset(session?: string): void {
    this.store.reset(session);
  }

  handle(request: MockRequest): MockResponse {
    const url = new URL(request.url, 'http://mock.invalid');
    const headers = request.headers;
    const cors = corsHeaders(headers.origin);
    if (request.method.toUpperCase() === 'OPTIONS' && headers['access-control-request-method']) {
      return {
        status: 204,
        delayMs: 0,
        headers: {
          ...cors,
          'access-control-allow-methods': 'GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS',
          'access-control-allow-headers': headers['access-control-request-headers'] || '*',
          'access-control-max-age': '86400',
        },
      };
    }
    const answer = this.answer(request.method, url, headers, request.body);
    const delayMs = this.delay(headers);
    const fault = headers[FAULT_HEADER]?.trim().toLowerCase();
    return {
      ...answer,
      headers: { ...cors, ...answer.headers },
      delayMs,
      ...(fault === 'reset' || fault === 'timeout' ? { fault: { kind: fault } } : {}),
    };
  }

  private delay(headers: MockRequest['headers']): number {
    const asked = Number(headers[DELAY_HEADER] ?? 0);
    const fromHeader = Number.isFinite(asked) && asked > 0 ? asked : 0;
    const latency = this.options.latency;
    const random = latency ? latency.min + Math.round(this.random() * (latency.max - latency.min)) : 0;
    return fromHeader + random;
  }

  private answer(method: string, url: URL, headers: MockRequest['headers'], rawBody: string | undefined): Omit<MockResponse, 'delayMs'> {
    const session = headers[SESSION_HEADER] ?? '';
    if (url.pathname.startsWith(CONTROL_PREFIX)) return this.control(method, url, headers);

    const matched = this.router.match(method, url.pathname);
    if (!matched) return json(404, { title: 'Not Found', status: 404, detail: `No operation of ${this.id} matches ${method.toUpperCase()} ${url.pathname}.` }, 'application/problem+json');
    if ('allowed' in matched) {
      return {
        ...json(405, { title: 'Method Not Allowed', status: 405, detail: `${url.pathname} allows ${matched.allowed.map((m) => m.toUpperCase()).join(', ')}.` }, 'application/problem+json'),
        headers: { 'content-type': 'application/problem+json', allow: matched.allowed.map((m) => m.toUpperCase()).join(', ') },
      };
    }
    const { route, params } = matched;
    const { op } = route;

    if (!this.authenticated(op, headers)) return this.documented(op, 401) ?? json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');

    const prefer = parsePrefer(headers.prefer);
    if (prefer.code !== undefined) {
      return this.documented(op, prefer.code, prefer.example) ?? json(prefer.code, { title: 'Undocumented status', status: prefer.code, detail: `${op.operationId} documents no ${prefer.code} response.` }, 'application/problem+json');
    }
    if (this.options.faultRate && this.random() < this.options.faultRate) return this.injectedFault(op);

    const query = queryObject(url, op);
    const parsed = parseBody(rawBody, headers['content-type']);
    const violations = this.validateRequest(op, params, query, headers, parsed);
    if (violations.length > 0) return this.invalid(op, violations);

    if (route.resource && !prefer.example) {
      return this.stateful(route.resource.collection, route.resource.role, op, session, params, query, parsed.value);
    }
    return this.documented(op, undefined, prefer.example) ?? { status: 204, headers: {} };
  }

  private control(method: string, url: URL, headers: MockRequest['headers']): Omit<MockResponse, 'delayMs'> {
    if (url.pathname === `${CONTROL_PREFIX}/reset` && method.toUpperCase() === 'POST') {
      const session = headers[SESSION_HEADER];
      this.reset(session);
      return json(200, { reset: session === undefined ? 'all' : 'session', ...(session === undefined ? {} : { session }) });
    }
    if (url.pathname === `${CONTROL_PREFIX}/resources` && method.toUpperCase() === 'GET') {
      return json(200, this.data.resources.collections.map(({ seed, ...collection }) => ({ ...collection, seeded: seed.length })));
    }
    return json(404, { title: 'Not Found', status: 404, detail: `Mock control endpoints: POST ${CONTROL_PREFIX}/reset, GET ${CONTROL_PREFIX}/resources.` }, 'application/problem+json');
  }

  private authenticated(op: SpecOperation, headers: MockRequest['headers']): boolean {
    if (op.security.length === 0 || op.security.some((requirement) => Object.keys(requirement).length === 0)) return true;
    const schemes = this.data.spec.components?.securitySchemes ?? {};
    return op.security.some((requirement) =>
      Object.keys(requirement).every((name) => {
        const scheme = deref(this.data.spec, schemes[name]) ?? {};
        if (scheme.type === 'http') {
          const value = headers.authorization ?? '';
          const scheme_ = String(scheme.scheme ?? 'bearer').toLowerCase();
          return value.toLowerCase().startsWith(`${scheme_} `) && value.slice(scheme_.length + 1).trim().length > 0;
        }
        if (scheme.type === 'apiKey' && scheme.in === 'header') return Boolean(headers[String(scheme.name).toLowerCase()]?.trim());
        return true;
      }),
    );
  }

  /** The documented answer for a status (or the success one), with Retry-After on every 429. */
  private documented(op: SpecOperation, status?: number, example?: string): Omit<MockResponse, 'delayMs'> | undefined {
    const found = documentedResponse(this.data.spec, op.operation, { status, example });
    if (!found) return undefined;
    const headers: Record<string, string> = { ...found.headers };
    if (found.status === 429) headers['retry-after'] ??= DEFAULT_RETRY_AFTER;
    if (found.body === undefined) return { status: found.status, headers };
    return { status: found.status, headers: { ...headers, 'content-type': found.mediaType ?? JSON_TYPE }, body: JSON.stringify(found.body) };
  }

  private injectedFault(op: SpecOperation): Omit<MockResponse, 'delayMs'> {
    const documented = INJECTED_STATUSES.filter((status) => status in (op.operation.responses ?? {}));
    const pool = documented.length > 0 ? documented : ['429', '503'];
    const status = Number(pool[Math.floor(this.random() * pool.length) % pool.length]);
    const answer = this.documented(op, status) ?? json(status, { title: 'Injected fault', status, detail: 'Injected by --fault-rate.' }, 'application/problem+json');
    if (status === 429) answer.headers['retry-after'] ??= DEFAULT_RETRY_AFTER;
    return { ...answer, headers: { ...answer.headers, 'x-mock-injected': 'fault-rate' } };
  }

  private validateRequest(op: SpecOperation, params: Record<string, string>, query: Record<string, unknown>, headers: MockRequest['headers'], body: ParsedBody): Violation[] {
    const validators = this.data.validators.operationValidators(op.operationId);
    if (!validators) return [];
    const violations: Violation[] = [];
    const add = (found: Violation[] | undefined) => found && violations.push(...found.filter((violation) => !violation.drift));
    add(validators.request.path?.(params));
    add(validators.request.query?.(query));
    if (validators.request.header) {
      const declared: Record<string, string> = {};
      for (const parameter of op.parameters.filter((candidate) => candidate.in === 'header')) {
        const value = headers[String(parameter.name).toLowerCase()];
        if (value !== undefined) declared[parameter.name] = value;
      }
      add(validators.request.header(declared));
    }
    if (body.error) violations.push(bodyViolation(body.error));
    else if (body.value === undefined) {
      if (validators.request.bodyRequired && !body.opaque) violations.push(bodyViolation('a request body is required'));
    } else if (validators.request.body) {
      const validate = validators.request.body[body.mediaType ?? JSON_TYPE] ?? (body.mediaType && /json/.test(body.mediaType) ? validators.request.body[JSON_TYPE] : undefined);
      if (validate) add(validate(body.value));
    }
    return violations;
  }

  /** The API's own validation error: a problem with errors[] (Reply) or its error object (Whippy), built from the violations. */
  private invalid(op: SpecOperation, violations: Violation[]): Omit<MockResponse, 'delayMs'> {
    const responses = op.operation.responses ?? {};
    const status = '422' in responses && !('400' in responses && hasErrorsList(this.data.spec, responses['400'])) ? 422 : 400;
    const documented = documentedResponse(this.data.spec, op.operation, { status });
    const examples = deref(this.data.spec, responses[String(status)]);
    const template = preferErrorsExample(this.data.spec, examples) ?? documented?.body;
    const summary = violations.map((violation) => `${violation.pointer || '(body)'}: ${violation.message}`).join('; ');
    let body: Record<string, unknown>;
    if (template && typeof template === 'object' && !Array.isArray(template)) {
      body = { ...(template as Record<string, unknown>) };
      if ('error' in body && !('errors' in body) && !('title' in body)) body.error = summary;
      else {
        delete body.code;
        body.detail = 'The request is invalid.';
        body.errors = violations.map((violation) => ({ pointer: violation.pointer, detail: violation.message }));
      }
      if ('status' in body) body.status = status;
    } else {
      body = { title: status === 422 ? 'Unprocessable Entity' : 'Bad Request', status, detail: summary, errors: violations.map((v) => ({ pointer: v.pointer, detail: v.message })) };
    }
    const mediaType = documented?.mediaType ?? 'application/problem+json';
    return {
      status,
      headers: {
        'content-type': mediaType,
        'sl-violations': asciiJson(violations.map((violation) => ({ location: ['request', ...violation.pointer.split('/').filter(Boolean)], severity: 'Error', code: violation.keyword, message: violation.message }))),
      },
      body: JSON.stringify(body),
    };
  }

  private stateful(collection: ResourceCollection, role: Role, op: SpecOperation, session: string, params: Record<string, string>, query: Record<string, unknown>, body: unknown): Omit<MockResponse, 'delayMs'> {
    const parentKey = collection.parentParams.map((name) => params[name] ?? '').join('/');
    const state = this.store.collection(session, collection, parentKey);
    const id = params[collection.idParam];
    const answer = (status: number, record: StoredRecord) => {
      const copy = structuredClone(record);
      return json(status, this.view(op.operationId, status, wrap(collection, copy), [{ prefix: collection.recordPointer, record: copy }]));
    };
    switch (role) {
      case 'list':
        return this.list(collection, op, [...state.records.values()], query);
      case 'create': {
        const fresh = this.store.freshId(collection, state);
        const record = this.conformRecord(collection, createCandidate(collection, body, fresh), templateFor(collection));
        state.records.set(String(record.id), record);
        return collection.operations.create.body ? answer(collection.operations.create.status, record) : { status: collection.operations.create.status, headers: {} };
      }
      case 'get':
      case 'update':
      case 'delete': {
        const existing = id === undefined ? undefined : state.records.get(id);
        if (!existing) return this.notFound(op, collection);
        if (role === 'get') return json(collection.operations.get.status, wrap(collection, existing));
        if (role === 'delete') {
          state.records.delete(id!);
          const status = collection.operations.delete?.status ?? 204;
          return status === 204 ? { status, headers: {} } : (this.documented(op, status) ?? { status, headers: {} });
        }
        const candidate = { ...existing, ...(isObject(body) ? body : {}), id: existing.id };
        const updated = this.conformRecord(collection, candidate, existing);
        state.records.set(id!, updated);
        const update = collection.operations.update!;
        return update.body ? answer(update.status, updated) : { status: update.status, headers: {} };
      }
    }
  }

  private notFound(op: SpecOperation, collection: ResourceCollection): Omit<MockResponse, 'delayMs'> {
    const own = this.documented(op, 404);
    if (own) return own;
    const getOp = this.operationsById.get(collection.operations.get.operationId);
    return (getOp && this.documented(getOp, 404)) ?? json(404, { title: 'Not Found', status: 404 }, 'application/problem+json');
  }

  private list(collection: ResourceCollection, op: SpecOperation, records: StoredRecord[], query: Record<string, unknown>): Omit<MockResponse, 'delayMs'> {
    const list = collection.operations.list!;
    let matching = records;
    for (const name of list.queryFilters) {
      const wanted = query[name];
      if (wanted === undefined || !records.some((record) => name in record)) continue;
      matching = matching.filter((record) => String(record[name]) === String(wanted));
    }
    const sizeParam = list.paging === 'top-skip' ? 'top' : list.paging === 'limit-offset' ? 'limit' : undefined;
    const offsetParam = list.paging === 'top-skip' ? 'skip' : list.paging === 'limit-offset' ? 'offset' : undefined;
    const defaultSize = Number(op.parameters.find((parameter) => parameter.name === sizeParam)?.schema?.default ?? deref(this.data.spec, op.parameters.find((p) => p.name === sizeParam)?.schema)?.default ?? 25);
    const size = sizeParam ? Number(query[sizeParam] ?? defaultSize) : matching.length;
    let offset = offsetParam ? Number(query[offsetParam] ?? 0) : 0;
    if (list.cursor && typeof query.cursor === 'string') offset = decodeCursor(query.cursor);
    const page = matching.slice(offset, offset + size);
    const more = offset + page.length < matching.length;
    const envelope = structuredClone(documentedResponse(this.data.spec, op.operation)?.body) as Record<string, unknown> | unknown[] | undefined;
    const items = structuredClone(page);
    const parts = items.map((record, index) => ({ prefix: `${list.itemsPointer}/${index}`, record }));
    if (list.itemsPointer === '' || !envelope || Array.isArray(envelope)) return json(200, this.view(op.operationId, 200, items, parts));
    setAt(envelope, list.itemsPointer, items);
    if (list.hasMore) setAt(envelope, list.hasMore, more);
    if (list.total) setAt(envelope, list.total, matching.length);
    if (list.cursor) setAt(envelope, list.cursor, more ? encodeCursor(offset + page.length) : null);
    return json(200, this.view(op.operationId, 200, envelope, parts));
  }

  private validator(operationId: string, status: number): ValidateFn | undefined {
    return this.data.validators.responseValidator(operationId, status, JSON_TYPE);
  }

  /** The stored record as the get operation's schema wants it: rejected members fall back or go. */
  private conformRecord(collection: ResourceCollection, candidate: StoredRecord, fallback: StoredRecord): StoredRecord {
    const record = { ...candidate };
    const validate = this.validator(collection.operations.get.operationId, collection.operations.get.status);
    if (validate) repair(validate, () => wrap(collection, record), [{ prefix: collection.recordPointer, record, fallback, keep: ['id', collection.idParam] }]);
    return record;
  }

  /**
   * A record as another operation's response schema shows it (a list item or a create answer may
   * be shaped differently from get's): members it rejects take the operation's example's value or go.
   */
  private view(operationId: string, status: number, body: unknown, parts: { prefix: string; record: StoredRecord }[]): unknown {
    const validate = this.validator(operationId, status);
    if (!validate) return body;
    const op = this.operationsById.get(operationId);
    const example = op ? documentedResponse(this.data.spec, op.operation, { status })?.body : undefined;
    repair(
      validate,
      () => body,
      parts.map(({ prefix, record }) => ({ prefix, record, fallback: exampleRecordAt(example, prefix), keep: ['id'] })),
    );
    return body;
  }
}

export function createEngine(data: ApiData, options?: EngineOptions): MockEngine {
  return new MockEngine(data, options);
}

// ——— helpers ———

interface ParsedBody {
  value?: unknown;
  /** A body was sent in a media type the mock does not parse. */
  opaque?: boolean;
  mediaType?: string;
  error?: string;
}

function parseBody(raw: string | undefined, contentType: string | undefined): ParsedBody {
  if (raw === undefined || raw === '') return {};
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!mediaType || /json/.test(mediaType)) {
    try {
      return { value: JSON.parse(raw), mediaType: mediaType ?? JSON_TYPE };
    } catch {
      return { error: 'the body is not valid JSON', mediaType };
    }
  }
  // Multipart and other bodies are not validated: the mock does not parse them.
  return { mediaType, opaque: true };
}

function bodyViolation(message: string): Violation {
  return { pointer: '', keyword: 'body', message, expected: 'a JSON body', drift: false, schemaPath: '' };
}

function queryObject(url: URL, op: SpecOperation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const parameter of op.parameters) {
    if (parameter.in !== 'query') continue;
    const values = url.searchParams.getAll(parameter.name);
    if (values.length === 0) continue;
    query[parameter.name] = values.length === 1 && parameter.schema?.type !== 'array' ? values[0] : values;
  }
  for (const [name, value] of url.searchParams) if (!(name in query) && name === 'cursor') query[name] = value;
  return query;
}

function parsePrefer(header: string | undefined): { code?: number; example?: string } {
  const prefer: { code?: number; example?: string } = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [key, value] = part.split('=').map((piece) => piece?.trim());
    if (key === 'code' && value && /^\d{3}$/.test(value)) prefer.code = Number(value);
    if (key === 'example' && value) prefer.example = value.replace(/^"|"$/g, '');
  }
  return prefer;
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin || '*',
    ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
    'access-control-expose-headers': 'Retry-After, Location, sl-violations, X-Mock-Injected, Content-Type',
  };
}

/** JSON safe in an HTTP header, which carries Latin-1 only: other characters as \u escapes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function json(status: number, body: unknown, contentType = JSON_TYPE): Omit<MockResponse, 'delayMs'> {
  return { status, headers: { 'content-type': contentType }, body: JSON.stringify(body) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrap(collection: ResourceCollection, record: StoredRecord): unknown {
  if (collection.recordPointer === '') return record;
  const envelope: Record<string, unknown> = {};
  setAt(envelope, collection.recordPointer, record);
  return envelope;
}

function setAt(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let at: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = value;
}

function templateFor(collection: ResourceCollection): StoredRecord {
  return structuredClone(collection.seed[collection.seed.length > 2 ? 2 : collection.seed.length - 1] ?? collection.seed[0] ?? {});
}

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/**
 * A new record: the body's members over a template record whose strings are cleared to null where
 * allowed (the conformer restores what the schema requires), timestamps set to now and lists empty.
 */
function createCandidate(collection: ResourceCollection, body: unknown, id: string | number): StoredRecord {
  const template = templateFor(collection);
  const now = new Date().toISOString();
  const record: StoredRecord = {};
  for (const [key, value] of Object.entries(template)) {
    if (Array.isArray(value)) record[key] = [];
    else if (typeof value === 'string') record[key] = DATE_TIME.test(value) ? sameShapeTime(value, now) : null;
    else record[key] = value;
  }
  return { ...record, ...(isObject(body) ? body : {}), id };
}

function sameShapeTime(example: string, nowIso: string): string {
  const base = nowIso.replace(/\.\d+Z$/, '');
  if (example.endsWith('Z')) return `${base}Z`;
  const offset = /[+-]\d\d:\d\d$/.exec(example)?.[0];
  return offset ? `${base}${offset === '+00:00' ? '+00:00' : offset}` : base;
}

function hasErrorsList(spec: ApiData['spec'], response: unknown): boolean {
  const resolved = deref(spec, response);
  return Object.values<{ examples?: Record<string, unknown> }>(resolved?.content ?? {}).some((media) =>
    Object.values(media.examples ?? {}).some((example) => Array.isArray((deref(spec, example) as { value?: { errors?: unknown } })?.value?.errors)),
  );
}

function preferErrorsExample(spec: ApiData['spec'], response: unknown): unknown {
  const resolved = deref(spec, response);
  for (const media of Object.values<{ examples?: Record<string, unknown> }>(resolved?.content ?? {})) {
    for (const example of Object.values(media.examples ?? {})) {
      const value = (deref(spec, example) as { value?: { errors?: unknown } })?.value;
      if (value && Array.isArray(value.errors)) return value;
    }
  }
  return undefined;
}

interface RepairPart {
  /** Pointer of the record inside the validated value. */
  prefix: string;
  record: StoredRecord;
  fallback: StoredRecord;
  /** Members never touched (the id). */
  keep: string[];
}

/**
 * Edits records in place until `build()` validates: a member the schema rejects takes the
 * fallback's value, or goes when the fallback has none; a missing required member comes from the fallback.
 */
function repair(validate: ValidateFn, build: () => unknown, parts: RepairPart[]): void {
  const byLength = [...parts].sort((a, b) => b.prefix.length - a.prefix.length);
  for (let round = 0; round < 6; round++) {
    const violations = validate(build()).filter((violation) => !violation.drift || violation.keyword === 'unknownMember');
    if (violations.length === 0) return;
    let changed = false;
    for (const violation of violations) {
      const part = byLength.find(({ prefix }) => violation.pointer === prefix || violation.pointer.startsWith(`${prefix}/`));
      if (!part) continue;
      const key = violation.pointer.slice(part.prefix.length).split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
      const { record, fallback } = part;
      if (key === undefined || key === '') {
        for (const [name, value] of Object.entries(fallback)) {
          if (!(name in record)) {
            record[name] = structuredClone(value);
            changed = true;
          }
        }
      } else if (part.keep.includes(key)) {
        continue;
      } else if (key in fallback && JSON.stringify(record[key]) !== JSON.stringify(fallback[key])) {
        record[key] = structuredClone(fallback[key]);
        changed = true;
      } else if (!(key in fallback) && key in record) {
        delete record[key];
        changed = true;
      }
    }
    if (!changed) return;
  }
}

/** The record an example holds at a record or list-item pointer (`/items/3` → the example's first item). */
function exampleRecordAt(example: unknown, prefix: string): StoredRecord {
  const keys = prefix.split('/').slice(1);
  let at: unknown = example;
  for (const key of keys) {
    if (Array.isArray(at)) at = at[0];
    else if (isObject(at)) at = at[key];
    else return {};
  }
  if (Array.isArray(at)) at = at[0];
  return isObject(at) ? at : {};
}

function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ offset })).replace(/=+$/, '');
}

function decodeCursor(cursor: string): number {
  try {
    const offset = Number((JSON.parse(atob(cursor)) as { offset?: unknown }).offset);
    return Number.isInteger(offset) && offset >= 0 ? offset : 0;
  } catch {
    return 0;
  }
}
