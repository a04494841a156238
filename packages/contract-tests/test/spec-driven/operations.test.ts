import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { mockUrl, violations, type Violation } from '../support.js';
import { allOperations, breakBody, buildRequest, escapePointer, locate, resolve, serializeBody, type SpecOperation } from './operations.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// ajv-formats is CommonJS with a default export; under NodeNext its callable sits on `.default`.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

const operations = allOperations();

const authFor: Record<string, Record<string, string>> = {
  'reply-v3': { authorization: 'Bearer contract-test-key' },
  'reply-v4': { 'x-api-key': 'contract-test-key' },
  'whippy-v1': { 'x-whippy-key': 'contract-test-key' },
};

// One validator per spec; response schemas are compiled by JSON Pointer into the bundled spec.
const validators = new Map<string, Ajv2020>();
function validatorFor(op: SpecOperation): Ajv2020 {
  let ajv = validators.get(op.api);
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    // Formats our specs carry from the vendor docs that ajv-formats does not define.
    ajv.addFormat('int16', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= -32_768 && value <= 32_767 });
    ajv.addFormat('decimal', { type: 'number', validate: (value: number) => Number.isFinite(value) });
    ajv.addSchema(op.spec, `${op.api}.json`);
    validators.set(op.api, ajv);
  }
  return ajv;
}

/**
 * Statuses a valid request may get. Operations that only redirect (OAuth connects answer 302)
 * document a `default` response, which Prism serves as 200.
 */
function documentedSuccess(op: SpecOperation): string[] {
  const statuses = Object.keys(op.operation.responses);
  const success = statuses.filter((status) => /^2\d\d$/.test(status));
  if (success.length > 0) return success;
  return [...statuses.filter((status) => /^3\d\d$/.test(status)), ...(statuses.includes('default') ? ['200'] : [])];
}

/**
 * Whether a Prism violation is about the broken member: it points into the broken part of the
 * request and names the member, in its location (a member with a wrong value) or its message (a
 * missing one: "must have required property 'x'"). Prism reports path parameter names in lower case.
 */
function namesBreakage(violation: Violation, { where, member }: Breakage): boolean {
  if (violation.location[0] !== 'request' || violation.location[1] !== where) return false;
  if (member === undefined) return true;
  const inLocation = violation.location.slice(2).some((segment) => (where === 'path' ? segment.toLowerCase() === member.toLowerCase() : segment === member));
  return inLocation || violation.message.includes(`'${member}'`);
}

function validateBody(op: SpecOperation, status: number, text: string, contentType: string) {
  const key = op.operation.responses[String(status)] ? String(status) : 'default';
  const response = resolve(op.spec, op.operation.responses[key]);
  const media = response?.content && Object.keys(response.content).find((type) => contentType.startsWith(type));
  if (!media) return;
  const body = media.includes('json') ? JSON.parse(text) : text;
  const pointer = `${op.api}.json${locate(op.spec, `${op.pointer}/responses/${key}/content/${escapePointer(media)}/schema`)}`;
  const validate = validatorFor(op).getSchema(pointer) ?? validatorFor(op).compile({ $ref: pointer });
  const valid = validate(body);
  expect(valid, `${op.operationId} ${status} body: ${JSON.stringify(validate.errors)}`).toBe(true);
}

/** `url` with the segment that holds path parameter `name` replaced by `value`. */
function withPathSegment(op: SpecOperation, url: string, name: string, value: string): string {
  const parsed = new URL(url);
  const index = op.path.split('/').findIndex((segment) => segment === `{${name}}`);
  const segments = parsed.pathname.split('/');
  segments[index] = value;
  parsed.pathname = segments.join('/');
  return parsed.toString();
}

/** Where a broken request is broken: the request part (`body`, `path`, `query`) and the member there, if one. */
interface Breakage {
  where: 'body' | 'path' | 'query';
  member?: string;
}

/** A deliberately broken variant of the documented request, what makes it broken, and where. */
function brokenRequest(op: SpecOperation, baseUrl: string): { request: ReturnType<typeof buildRequest>; breaks: string; at: Breakage } | undefined {
  const request = buildRequest(op, baseUrl, authFor[op.api]!);
  const requestBody = resolve(op.spec, op.operation.requestBody);
  const schema = requestBody?.content && (Object.values<Json>(requestBody.content)[0] as Json).schema;
  const brokenBody = schema && request.body !== undefined ? breakBody(op.spec, schema, request.body) : undefined;
  if (brokenBody) {
    serializeBody(request, brokenBody.body);
    return { request, breaks: brokenBody.breaks, at: { where: 'body', member: brokenBody.member } };
  }
  const integerPathParam = op.parameters.find((parameter) => parameter.in === 'path' && resolve(op.spec, parameter.schema)?.type === 'integer');
  if (integerPathParam) {
    request.url = withPathSegment(op, request.url, integerPathParam.name, 'not-a-number');
    return { request, breaks: `non-integer path parameter ${integerPathParam.name}`, at: { where: 'path', member: integerPathParam.name } };
  }
  const shapedPathParam = op.parameters.find((parameter) => {
    const schema = resolve(op.spec, parameter.schema);
    return parameter.in === 'path' && (schema?.format === 'uuid' || schema?.pattern);
  });
  if (shapedPathParam) {
    request.url = withPathSegment(op, request.url, shapedPathParam.name, 'not~a~valid~id');
    return { request, breaks: `malformed path parameter ${shapedPathParam.name}`, at: { where: 'path', member: shapedPathParam.name } };
  }
  const requiredQuery = op.parameters.find((parameter) => parameter.in === 'query' && parameter.required);
  if (requiredQuery) {
    const url = new URL(request.url);
    url.searchParams.delete(requiredQuery.name);
    request.url = url.toString();
    return { request, breaks: `missing required query parameter ${requiredQuery.name}`, at: { where: 'query', member: requiredQuery.name } };
  }
  const typedQuery = op.parameters.find((parameter) => {
    const schema = resolve(op.spec, parameter.schema);
    return parameter.in === 'query' && (schema?.enum || schema?.type === 'integer' || schema?.type === 'number');
  });
  if (typedQuery) {
    const url = new URL(request.url);
    const schema = resolve(op.spec, typedQuery.schema);
    url.searchParams.set(typedQuery.name, schema.enum ? 'not-a-documented-value' : 'not-a-number');
    request.url = url.toString();
    return { request, breaks: `invalid query parameter ${typedQuery.name}`, at: { where: 'query', member: typedQuery.name } };
  }
  return undefined;
}

describe.each(['reply-v3', 'reply-v4', 'whippy-v1'])('%s: every operation against the mock', (api) => {
  const ofApi = operations.filter((op) => op.api === api);

  it('has operations to test', () => {
    expect(ofApi.length).toBeGreaterThan(0);
  });

  describe.each(ofApi.map((op) => [`${op.method.toUpperCase()} ${op.path} (${op.operationId})`, op] as const))('%s', (_name, op) => {
    it('answers the documented request with a documented success that validates', async () => {
      const { url, init } = buildRequest(op, mockUrl(api), authFor[api]!);
      const response = await fetch(url, init);
      expect(violations(response), `${op.operationId} request violations`).toEqual([]);
      expect(documentedSuccess(op)).toContain(String(response.status));
      const text = await response.text();
      if (text) validateBody(op, response.status, text, response.headers.get('content-type') ?? '');
    });

    it('rejects a request without credentials', async () => {
      const { url, init } = buildRequest(op, mockUrl(api), {});
      const response = await fetch(url, init);
      expect(response.status).toBe(401);
    });

    // Operations that take no input at all have nothing to break; the test below lists the rest.
    const broken = brokenRequest(op, 'http://placeholder');
    if (broken) it(`rejects a broken request (${broken.breaks})`, async () => {
      const { request, at } = brokenRequest(op, mockUrl(api))!;
      const response = await fetch(request.url, request.init);
      expect([400, 422]).toContain(response.status);
      const found = violations(response);
      expect(found.some((violation) => namesBreakage(violation, at)), `no violation names ${at.where} ${at.member ?? ''}: ${JSON.stringify(found)}`).toBe(true);
    });
  });
});

describe('every operation can be broken', () => {
  it('has a structural mutation for each operation that takes input', () => {
    const untestable = operations.filter((op) => !brokenRequest(op, 'http://x') && (op.parameters.length > 0 || op.operation.requestBody));
    expect(untestable.map((op) => `${op.api} ${op.operationId}`)).toEqual([]);
  });
});
