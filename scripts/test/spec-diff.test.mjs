import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffSpecs, formatChanges } from '../lib/spec-diff.mjs';

const fixture = (name) => readFileSync(new URL(`./fixtures/diff/${name}`, import.meta.url), 'utf8');

describe('spec differ', () => {
  it('produces exactly the wanted changelog for two versions of a small spec', () => {
    const changes = diffSpecs(parse(fixture('before.yaml')), parse(fixture('after.yaml')));
    expect(`${formatChanges(changes).join('\n')}\n`).toBe(fixture('want.md'));
  });

  it('reports nothing for identical specs', () => {
    const spec = parse(fixture('before.yaml'));
    expect(diffSpecs(spec, structuredClone(spec))).toEqual([]);
    expect(formatChanges([])).toEqual(['- no API changes']);
  });

  it('treats the same change as breaking in requests or responses only where it breaks clients', () => {
    const base = (schema) => ({
      paths: {
        '/x': {
          post: {
            operationId: 'X',
            requestBody: { content: { 'application/json': { schema } } },
            responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } },
          },
        },
      },
    });
    const before = base({ type: 'object', required: ['a'], properties: { a: { type: 'string' } } });
    const after = base({ type: 'object', properties: { a: { type: 'string' } } });
    expect(diffSpecs(before, after)).toEqual([
      { breaking: false, text: 'POST /x request body.a: no longer required' },
      { breaking: true, text: 'POST /x response 200.a: no longer required' },
    ]);
  });
});

describe('spec differ on oneOf', () => {
  it('unites variant enums and requires only what every variant requires', () => {
    const steps = (variants) => ({
      paths: { '/s': { get: { operationId: 'S', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { oneOf: variants } } } } } } } },
    });
    const email = { type: 'object', required: ['type', 'subject'], properties: { type: { type: 'string', enum: ['email'] }, subject: { type: 'string' } } };
    const call = { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['call'] } } };
    const sms = { type: 'object', required: ['type'], properties: { type: { type: 'string', enum: ['sms'] } } };
    expect(diffSpecs(steps([email, call]), steps([email, call]))).toEqual([]);
    expect(diffSpecs(steps([email, call]), steps([email, call, sms]))).toEqual([
      { breaking: false, text: 'GET /s response 200.type: enum value(s) added: sms' },
    ]);
  });
});

describe('spec differ on shared models', () => {
  const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
  const ok = (schema) => ({ 200: { description: 'ok', content: { 'application/json': { schema } } } });
  /** Five operations that all read a Contact; Contact embeds an Owner, which embeds a Contact again. */
  const crm = (contact, owner) => ({
    paths: Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((name) => [`/${name}`, { get: { operationId: name.toUpperCase(), responses: ok(name === 'e' ? { type: 'array', items: ref('Contact') } : ref('Contact')) } }]),
    ),
    components: { schemas: { Contact: contact, Owner: owner } },
  });
  const contact = (extra = {}) => ({ type: 'object', required: ['id'], properties: { id: { type: 'integer' }, owner: ref('Owner'), ...extra } });
  const owner = (extra = {}) => ({ type: 'object', properties: { name: { type: 'string' }, assistant: ref('Contact'), ...extra } });

  it('lists two edits to a model used by five operations as two lines, each with the operations it reaches', () => {
    const before = crm(contact({ company: { type: 'string' } }), owner());
    const after = crm(contact({ company: { type: ['string', 'null'] }, title: { type: 'string' } }), owner());
    const changes = diffSpecs(before, after);
    expect(changes).toEqual([
      { breaking: true, text: 'Contact.company: type changed from string to null|string', model: 'Contact', operations: ['GET /a', 'GET /b', 'GET /c', 'GET /d', 'GET /e'], directions: ['response'] },
      { breaking: false, text: 'Contact.title: optional field added (string)', model: 'Contact', operations: ['GET /a', 'GET /b', 'GET /c', 'GET /d', 'GET /e'], directions: ['response'] },
    ]);
    expect(formatChanges(changes)).toEqual([
      '- **breaking** schema Contact.company: type changed from string to null|string — reaches GET /a, GET /b, GET /c, GET /d, GET /e (responses)',
      '- schema Contact.title: optional field added (string) — reaches GET /a, GET /b, GET /c, GET /d, GET /e (responses)',
    ]);
  });

  it('attributes a change to the innermost model and to every operation that reaches it through others, cycles included', () => {
    const changes = diffSpecs(crm(contact(), owner()), crm(contact(), owner({ name: { type: 'integer' } })));
    expect(changes).toEqual([
      { breaking: true, text: 'Owner.name: type changed from string to integer', model: 'Owner', operations: ['GET /a', 'GET /b', 'GET /c', 'GET /d', 'GET /e'], directions: ['response'] },
    ]);
  });
});
