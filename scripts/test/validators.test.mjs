import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/registry.mjs';
import { renderValidatorsModule } from '../lib/validators.mjs';

/**
 * Imports a rendered validators module the way a client package ships it, with
 * `@engagekit/runtime/validation` being the runtime's own source compiled to JavaScript.
 */
async function load(js) {
  const folder = mkdtempSync(path.join(tmpdir(), 'engagekit-validators-'));
  const runtime = readFileSync(path.join(repoRoot, 'packages/runtime/src/validation.ts'), 'utf8');
  const compiled = ts.transpileModule(runtime, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(path.join(folder, 'validation.js'), compiled);
  writeFileSync(path.join(folder, 'validators.js'), js.replaceAll("'@engagekit/runtime/validation'", "'./validation.js'"));
  return import(pathToFileURL(path.join(folder, 'validators.js')).href);
}

const json = (schema) => ({ content: { 'application/json': { schema } } });
const problem = { $ref: '#/components/responses/Problem' };

/** A small spec exercising what the generator must handle: shared components, refs, combinators. */
const fixture = {
  openapi: '3.1.0',
  info: { title: 'Fixture', version: '1' },
  paths: {
    '/pets/{id}': {
      parameters: [{ $ref: '#/components/parameters/PetId' }],
      get: {
        operationId: 'GetPet',
        parameters: [
          { name: 'fields', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['name', 'status'] } } },
          { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string', minLength: 3 } },
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: { 200: json({ $ref: '#/components/schemas/Pet' }), '4XX': problem, default: json({ type: 'string' }) },
      },
      patch: {
        operationId: 'UpdatePet',
        requestBody: { required: true, ...json({ $ref: '#/components/schemas/PetInput' }) },
        responses: { 200: json({ $ref: '#/components/schemas/Pet' }), 404: problem },
      },
    },
    '/pets': {
      get: {
        operationId: 'ListPets',
        responses: {
          200: json({ allOf: [{ $ref: '#/components/schemas/Envelope' }, { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } }] }),
        },
      },
      post: {
        operationId: 'CreatePet',
        requestBody: {
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/PetInput' } },
            'multipart/form-data': { schema: { type: 'object', properties: { photo: { type: 'string', format: 'binary' } } } },
          },
        },
        responses: { 201: json({ oneOf: [{ $ref: '#/components/schemas/Pet' }, { $ref: '#/components/schemas/Job' }] }), 204: { description: 'nothing' } },
      },
    },
  },
  components: {
    parameters: { PetId: { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } } },
    responses: { Problem: { description: 'A problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
    schemas: {
      Pet: {
        type: 'object',
        description: 'annotations are stripped from the generated code',
        required: ['id', 'name'],
        properties: {
          id: { type: 'integer', format: 'int64' },
          name: { type: 'string', maxLength: 10 },
          status: { $ref: '#/components/schemas/Status' },
          legs: { type: 'integer', format: 'int16' },
          born: { type: ['string', 'null'], format: 'date-time' },
          tags: { type: 'array', items: { type: 'object', properties: { label: { type: 'string' } } } },
          extra: { type: 'object', additionalProperties: { type: 'object', properties: { note: { type: 'string' } } } },
          free: { type: 'object' },
        },
      },
      Status: { type: 'string', enum: ['active', 'paused'] },
      PetInput: { type: 'object', properties: { name: { type: 'string' }, status: { $ref: '#/components/schemas/Status' } } },
      Job: { type: 'object', required: ['jobId'], properties: { jobId: { type: 'string', format: 'uuid' }, state: { type: 'string', enum: ['queued', 'done'] } }, additionalProperties: false },
      Envelope: { type: 'object', required: ['items', 'hasMore'], properties: { hasMore: { type: 'boolean' } } },
      Problem: { type: 'object', required: ['title'], properties: { title: { type: 'string' } } },
    },
  },
};

const header = '// generated — do not edit. Source: fixture.\n';
const { js: fixtureSource, dts: fixtureTypes } = renderValidatorsModule(fixture, header);
const validators = await load(fixtureSource);

describe('generated validators (fixture spec)', () => {
  it('compiles each component once, needs no schema compiler, and keeps annotations out', () => {
    expect(fixtureSource.match(/= "#\/components\/schemas\/Pet";/g)).toHaveLength(1);
    expect(fixtureSource).not.toMatch(/\brequire\(|from 'ajv|new Function|eval\(/);
    expect([...fixtureSource.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1])).toEqual(['@engagekit/runtime/validation']);
    expect(fixtureSource).not.toContain('annotations are stripped');
    expect(fixtureTypes).toContain("export declare const responseValidator: ValidatorModule['responseValidator'];");
    expect(validators.operationIds).toEqual(['GetPet', 'UpdatePet', 'ListPets', 'CreatePet']);
    expect(validators.operationValidators('Nope')).toBeUndefined();
  });

  it('describes the operation: method, path, body media types, bodyRequired, response statuses', () => {
    const update = validators.operationValidators('UpdatePet');
    expect(update).toMatchObject({ operationId: 'UpdatePet', method: 'patch', path: '/pets/{id}' });
    expect(update.request.bodyRequired).toBe(true);
    expect(Object.keys(validators.operationValidators('CreatePet').request.body)).toEqual(['application/json', 'multipart/form-data']);
    expect(validators.operationValidators('CreatePet').request.bodyRequired).toBe(false);
    expect(Object.keys(validators.operationValidators('GetPet').responses)).toEqual(['200', '4XX', 'default']);
  });

  it('reports a wrong type with pointer, message, expected, observed and the schema path in the spec', () => {
    const violations = validators.responseValidator('GetPet', 200)({ id: 1, name: null });
    expect(violations).toEqual([
      {
        pointer: '/name',
        keyword: 'type',
        message: 'null where string expected',
        expected: 'string',
        observed: null,
        drift: false,
        schemaPath: '#/components/schemas/Pet/properties/name',
      },
    ]);
  });

  it('accepts a valid response, and reports missing members, formats and limits', () => {
    const valid = { id: 1, name: 'Rex', status: 'active', legs: 4, born: null, tags: [{ label: 'good' }], extra: { a: { note: 'x' } }, free: { any: 1 } };
    expect(validators.responseValidator('GetPet', 200)(valid)).toEqual([]);
    const violations = validators.responseValidator('GetPet', 200)({ id: 1, legs: 40_000, born: 'yesterday', name: 'a very long name' });
    expect(violations.map(({ pointer, keyword, expected, drift }) => ({ pointer, keyword, expected, drift }))).toEqual(
      expect.arrayContaining([
        { pointer: '/legs', keyword: 'format', expected: 'int16', drift: false },
        { pointer: '/born', keyword: 'format', expected: 'date-time', drift: false },
        { pointer: '/name', keyword: 'maxLength', expected: 'at most 10 characters', drift: false },
      ]),
    );
    const missing = validators.responseValidator('GetPet', 200)({ id: 1 });
    expect(missing).toEqual([expect.objectContaining({ pointer: '/name', keyword: 'required', message: 'missing required member name', schemaPath: '#/components/schemas/Pet' })]);
  });

  it('reports unknown members and unlisted enum values in responses as drift', () => {
    const violations = validators.responseValidator('GetPet', 200)({
      id: 1,
      name: 'Rex',
      status: 'Sleeping',
      nickname: 'R',
      tags: [{ label: 'a', color: 'red' }],
      extra: { a: { note: 'n', stray: true } },
      free: { anything: 'goes' },
    });
    expect(violations.map(({ pointer, keyword, drift, schemaPath }) => ({ pointer, keyword, drift, schemaPath }))).toEqual([
      { pointer: '/status', keyword: 'enum', drift: true, schemaPath: '#/components/schemas/Status' },
      { pointer: '/nickname', keyword: 'unknownMember', drift: true, schemaPath: '#/components/schemas/Pet' },
      { pointer: '/tags/0/color', keyword: 'unknownMember', drift: true, schemaPath: '#/components/schemas/Pet/properties/tags/items' },
      { pointer: '/extra/a/stray', keyword: 'unknownMember', drift: true, schemaPath: '#/components/schemas/Pet/properties/extra/additionalProperties' },
    ]);
    expect(violations[0].message).toBe('"Sleeping" is not one of active, paused');
    expect(violations[1].message).toBe('unknown member nickname (string)');
  });

  it('knows the members of every allOf branch and of every oneOf alternative', () => {
    const list = validators.responseValidator('ListPets', 200);
    expect(list({ hasMore: false, items: [{ id: 1, name: 'Rex' }] })).toEqual([]);
    expect(list({ hasMore: false, items: [{ id: 1, name: 'Rex', mood: 'ok' }] })).toEqual([expect.objectContaining({ pointer: '/items/0/mood', keyword: 'unknownMember', drift: true })]);
    const created = validators.responseValidator('CreatePet', 201);
    expect(created({ jobId: '8b0f0d3c-4c0e-4a57-9d2e-5d7b0c1f2a3b' })).toEqual([]);
    expect(created({ id: 1, name: 'Rex' })).toEqual([]);
  });

  it('does not fail a oneOf because its matching alternative has an unlisted enum value', () => {
    const violations = validators.responseValidator('CreatePet', 201)({ jobId: '8b0f0d3c-4c0e-4a57-9d2e-5d7b0c1f2a3b', state: 'running' });
    expect(violations).toEqual([expect.objectContaining({ pointer: '/state', keyword: 'enum', drift: true })]);
  });

  it('reports members a closed response schema forbids as drift too', () => {
    const violations = validators.responseValidator('CreatePet', 201)({ jobId: '8b0f0d3c-4c0e-4a57-9d2e-5d7b0c1f2a3b', owner: 'me' });
    // Neither alternative matches, so that is an error as well; the forbidden member is drift.
    expect(violations.filter((violation) => !violation.drift)).toContainEqual(expect.objectContaining({ pointer: '', keyword: 'oneOf' }));
    expect(violations.filter((violation) => violation.drift)).toEqual(
      expect.arrayContaining([expect.objectContaining({ pointer: '/owner', keyword: 'unknownMember', schemaPath: '#/components/schemas/Job' })]),
    );
  });

  it('validates request bodies strictly: closed enums, unknown members allowed unless forbidden', () => {
    const body = validators.operationValidators('UpdatePet').request.body['application/json'];
    expect(body({ name: 'Rex', whatever: 1 })).toEqual([]);
    expect(body({ status: 'Sleeping' })).toEqual([
      expect.objectContaining({ pointer: '/status', keyword: 'enum', drift: false, expected: 'one of active, paused' }),
    ]);
  });

  it('coerces raw parameter strings to their schema type before validating', () => {
    const { request } = validators.operationValidators('GetPet');
    expect(request.path({ id: '12' })).toEqual([]);
    expect(request.path({ id: 12 })).toEqual([]);
    expect(request.path({ id: 'abc' })).toEqual([expect.objectContaining({ pointer: '/id', keyword: 'type', message: 'string where integer expected', observed: 'abc', schemaPath: '#/components/parameters/PetId/schema' })]);
    expect(request.path({ id: '0' })).toEqual([expect.objectContaining({ pointer: '/id', keyword: 'minimum', expected: '≥ 1', observed: 0 })]);
    expect(request.path({})).toEqual([expect.objectContaining({ pointer: '/id', keyword: 'required', schemaPath: '#/components/parameters/PetId' })]);
    expect(request.query({ fields: ['name', 'status'], verbose: 'true' })).toEqual([]);
    expect(request.query({ fields: 'name', verbose: 'yes' })).toEqual([expect.objectContaining({ pointer: '/verbose', keyword: 'type' })]);
    expect(request.query({ fields: ['color'] })).toEqual([expect.objectContaining({ pointer: '/fields/0', keyword: 'enum', drift: false })]);
    expect(request.header({ 'x-trace': 'abcd' })).toEqual([]);
    expect(request.header({ 'X-Trace': 'ab' })).toEqual([expect.objectContaining({ pointer: '/X-Trace', keyword: 'minLength' })]);
    expect(request.header({})).toEqual([expect.objectContaining({ pointer: '/X-Trace', keyword: 'required' })]);
  });

  it('picks the response validator by exact status, then range, then default, and by media type', () => {
    expect(validators.responseValidator('GetPet', 404, 'application/problem+json; charset=utf-8')({ title: 'x' })).toEqual([]);
    expect(validators.responseValidator('GetPet', 404, 'application/json')({})).toEqual([expect.objectContaining({ keyword: 'required', pointer: '/title' })]);
    expect(validators.responseValidator('GetPet', 500)(1)).toEqual([expect.objectContaining({ keyword: 'type', expected: 'string' })]);
    expect(validators.responseValidator('GetPet', 200, 'text/html')).toBeUndefined();
    expect(validators.responseValidator('CreatePet', 204)).toBeUndefined();
    expect(validators.responseValidator('Nope', 200)).toBeUndefined();
  });

  it('refuses a format the runtime does not implement', () => {
    const spec = structuredClone(fixture);
    spec.components.schemas.Problem.properties.title.format = 'ipv6';
    expect(() => renderValidatorsModule(spec, header)).toThrow(/formats .* does not implement: ipv6/);
  });
});

describe('the committed reply-v3 validators', async () => {
  const spec = JSON.parse(readFileSync(path.join(repoRoot, 'packages/mock/specs/reply-v3.json'), 'utf8'));
  const reply = await load(readFileSync(path.join(repoRoot, 'packages/reply-v3/src/generated/validators.js'), 'utf8'));

  it('passes the documented contact example and reports a wrong type with its spec pointer', () => {
    const contact = spec.components.examples.Contact.value;
    const validate = reply.responseValidator('GetContactById', 200, 'application/json');
    expect(validate(contact)).toEqual([]);
    // The evidence (specs/reply/v3/recordings) made company nullable: null passes, a number does not.
    expect(validate({ ...contact, company: null })).toEqual([]);
    expect(validate({ ...contact, company: 42 })).toEqual([
      {
        pointer: '/company',
        keyword: 'type',
        message: 'integer where string or null expected',
        expected: 'string or null',
        observed: 42,
        drift: false,
        schemaPath: '#/components/schemas/Contact/properties/company',
      },
    ]);
    expect(validate({ ...contact, isOptedOut: null })).toEqual([
      expect.objectContaining({ pointer: '/isOptedOut', message: 'null where boolean expected', schemaPath: '#/components/schemas/Contact/properties/isOptedOut' }),
    ]);
  });
});
