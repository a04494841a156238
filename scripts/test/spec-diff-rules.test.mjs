// Given/want cases for the differ's breaking rules, each named after the oasdiff check that
// covers it (oasdiff's rule list is the reference), run through our differ and through
// api-smart-diff (a maintained differ on npm). Our differ must get every case right and at least
// as many as api-smart-diff.
import { apiCompare } from 'api-smart-diff';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSpecs } from '../lib/spec-diff.mjs';

const ok = (schema) => ({ description: 'ok', content: { 'application/json': { schema } } });
const object = (properties, required = []) => ({ type: 'object', required, properties });

/** One operation, `POST /things/{id}`, that sends `request` and reads `response`, via shared models. */
function spec({ request = object({ name: { type: 'string' } }), response = object({ id: { type: 'integer' } }), parameters = [], responses, operations = true } = {}) {
  return {
    openapi: '3.1.0',
    info: { title: 'Rules', version: '1.0.0' },
    paths: operations
      ? {
          '/things/{id}': {
            post: {
              operationId: 'UpdateThing',
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, ...parameters],
              requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingInput' } } } },
              responses: responses ?? { 200: ok({ $ref: '#/components/schemas/Thing' }), 404: { description: 'not found' } },
            },
          },
        }
      : {},
    components: { schemas: { ThingInput: request, Thing: response } },
  };
}

/**
 * `policy` marks a case where our rule is a deliberate choice that differs from oasdiff's default
 * level; api-smart-diff is not scored on those. Our rules judge client code written against the
 * old spec with our typed clients: does it still compile and still handle every response?
 */
const cases = [
  { oasdiff: 'request-property-type-changed', change: 'request property type narrowed', breaking: true,
    before: spec({ request: object({ size: { type: ['integer', 'string'] } }) }), after: spec({ request: object({ size: { type: 'integer' } }) }) },
  { oasdiff: 'request-property-type-generalized', change: 'request property type widened', breaking: false,
    before: spec({ request: object({ size: { type: 'integer' } }) }), after: spec({ request: object({ size: { type: ['integer', 'null'] } }) }) },
  { oasdiff: 'response-property-type-changed', change: 'response property type narrowed', breaking: false,
    before: spec({ response: object({ id: { type: ['integer', 'null'] } }) }), after: spec({ response: object({ id: { type: 'integer' } }) }) },
  { oasdiff: 'response-property-became-nullable', change: 'response property type widened', breaking: true,
    before: spec({ response: object({ id: { type: 'integer' } }) }), after: spec({ response: object({ id: { type: ['integer', 'null'] } }) }) },
  { oasdiff: 'response-property-type-changed', change: 'response property type replaced', breaking: true,
    before: spec({ response: object({ id: { type: 'integer' } }) }), after: spec({ response: object({ id: { type: 'string' } }) }) },
  { oasdiff: 'request-property-enum-value-added', change: 'request enum value added', breaking: false,
    before: spec({ request: object({ status: { type: 'string', enum: ['a', 'b'] } }) }), after: spec({ request: object({ status: { type: 'string', enum: ['a', 'b', 'c'] } }) }) },
  { oasdiff: 'request-property-enum-value-removed', change: 'request enum value removed', breaking: true,
    before: spec({ request: object({ status: { type: 'string', enum: ['a', 'b'] } }) }), after: spec({ request: object({ status: { type: 'string', enum: ['a'] } }) }) },
  { oasdiff: 'response-property-enum-value-added', change: 'response enum value added (response enums are open)', breaking: false, policy: true,
    before: spec({ response: object({ status: { type: 'string', enum: ['a', 'b'] } }) }), after: spec({ response: object({ status: { type: 'string', enum: ['a', 'b', 'c'] } }) }) },
  { oasdiff: 'response-property-enum-value-removed', change: 'response enum value removed', breaking: false,
    before: spec({ response: object({ status: { type: 'string', enum: ['a', 'b'] } }) }), after: spec({ response: object({ status: { type: 'string', enum: ['a'] } }) }) },
  { oasdiff: 'request-property-became-required', change: 'request property became required', breaking: true,
    before: spec({ request: object({ name: { type: 'string' } }) }), after: spec({ request: object({ name: { type: 'string' } }, ['name']) }) },
  { oasdiff: 'request-property-became-optional', change: 'request property became optional', breaking: false,
    before: spec({ request: object({ name: { type: 'string' } }, ['name']) }), after: spec({ request: object({ name: { type: 'string' } }) }) },
  { oasdiff: 'response-property-became-optional', change: 'response property became optional', breaking: true,
    before: spec({ response: object({ id: { type: 'integer' } }, ['id']) }), after: spec({ response: object({ id: { type: 'integer' } }) }) },
  { oasdiff: 'response-property-became-required', change: 'response property became required', breaking: false,
    before: spec({ response: object({ id: { type: 'integer' } }) }), after: spec({ response: object({ id: { type: 'integer' } }, ['id']) }) },
  { oasdiff: 'new-required-request-property', change: 'required request property added', breaking: true,
    before: spec(), after: spec({ request: object({ name: { type: 'string' }, owner: { type: 'integer' } }, ['owner']) }) },
  { oasdiff: 'new-optional-request-property', change: 'optional request property added', breaking: false,
    before: spec(), after: spec({ request: object({ name: { type: 'string' }, owner: { type: 'integer' } }) }) },
  { oasdiff: 'response-required-property-removed', change: 'required response property removed', breaking: true,
    before: spec({ response: object({ id: { type: 'integer' }, name: { type: 'string' } }, ['id', 'name']) }), after: spec({ response: object({ id: { type: 'integer' } }, ['id']) }) },
  { oasdiff: 'response-optional-property-removed', change: 'optional response property removed (code reading it stops compiling)', breaking: true, policy: true,
    before: spec({ response: object({ id: { type: 'integer' }, name: { type: 'string' } }) }), after: spec({ response: object({ id: { type: 'integer' } }) }) },
  { oasdiff: 'request-property-removed', change: 'request property removed (code setting it stops compiling)', breaking: true, policy: true,
    before: spec({ request: object({ name: { type: 'string' }, note: { type: 'string' } }) }), after: spec() },
  { oasdiff: 'new-required-request-parameter', change: 'required parameter added', breaking: true,
    before: spec(), after: spec({ parameters: [{ name: 'mode', in: 'query', required: true, schema: { type: 'string' } }] }) },
  { oasdiff: 'new-optional-request-parameter', change: 'optional parameter added', breaking: false,
    before: spec(), after: spec({ parameters: [{ name: 'mode', in: 'query', schema: { type: 'string' } }] }) },
  { oasdiff: 'request-parameter-removed', change: 'parameter removed (code passing it stops compiling)', breaking: true, policy: true,
    before: spec({ parameters: [{ name: 'mode', in: 'query', schema: { type: 'string' } }] }), after: spec() },
  { oasdiff: 'response-success-status-removed', change: 'success response status removed', breaking: true,
    before: spec(), after: spec({ responses: { 201: ok({ $ref: '#/components/schemas/Thing' }), 404: { description: 'not found' } } }) },
  { oasdiff: 'response-non-success-status-removed', change: 'error response status removed', breaking: false,
    before: spec(), after: spec({ responses: { 200: ok({ $ref: '#/components/schemas/Thing' }) } }) },
  { oasdiff: 'api-removed-without-deprecation', change: 'operation removed', breaking: true,
    before: spec(), after: spec({ operations: false }) },
];

/** api-smart-diff's verdict: breaking when any change it lists under `paths` is classified breaking. */
function smartDiffSaysBreaking(before, after) {
  const { diffs } = apiCompare(structuredClone(before), structuredClone(after));
  return diffs.some((diff) => diff.type === 'breaking' && diff.path[0] === 'paths');
}

const scores = { ours: 0, smartDiff: 0, scored: 0, smartDiffMisses: [] };

describe('breaking-change rules, against oasdiff and api-smart-diff', () => {
  it.each(cases)('$change ($oasdiff): breaking = $breaking', ({ before, after, breaking, policy, change }) => {
    const changes = diffSpecs(before, after);
    expect(changes.length, 'the differ sees the change').toBeGreaterThan(0);
    expect(changes.some((found) => found.breaking)).toBe(breaking);
    if (policy) return;
    scores.scored += 1;
    scores.ours += 1;
    if (smartDiffSaysBreaking(before, after) === breaking) scores.smartDiff += 1;
    else scores.smartDiffMisses.push(change);
  });

  it('reports nothing when nothing changed, for both differs', () => {
    expect(diffSpecs(spec(), spec())).toEqual([]);
    expect(smartDiffSaysBreaking(spec(), spec())).toBe(false);
  });

  afterAll(() => {
    // Printed, so a run shows the comparison; asserted, so a regression of ours fails.
    console.log(`differ comparison on ${scores.scored} scored cases: ours ${scores.ours}, api-smart-diff ${scores.smartDiff}` +
      (scores.smartDiffMisses.length ? ` (api-smart-diff differs on: ${scores.smartDiffMisses.join('; ')})` : ''));
    expect(scores.scored).toBe(cases.filter((testCase) => !testCase.policy).length);
    expect(scores.ours).toBeGreaterThanOrEqual(scores.smartDiff);
  });
});
