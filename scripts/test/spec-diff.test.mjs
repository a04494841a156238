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
      { breaking: true, text: 'GET /s response 200.type: enum value(s) added: sms' },
    ]);
  });
});
