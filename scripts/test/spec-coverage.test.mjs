import { describe, expect, it } from 'vitest';
import { coverage, missingExamples, missingStates, parseInventory } from '../spec-coverage.mjs';

const inventory = parseInventory(`# a comment
method\tpath\toperationId\ttag\tscope\tstatus
GET\t/v3/things\tListThings\tThings\tthings:read\tga
POST\t/v3/things\tCreateThing\tThings\tthings:write\tbeta
DELETE\t/v3/things/{id}\tDeleteThing\tThings\tthings:write\tcoming-soon
GET\t/v3/others\tListOthers\tOthers\tothers:read\tga
`);

const spec = (paths, server = 'https://api.example.test') => ({ servers: [{ url: server }], paths });

describe('coverage', () => {
  it('counts documented, transcribed and coming-soon operations per tag and lists what is missing', () => {
    const report = coverage(spec({ '/v3/things': { get: { operationId: 'ListThings', tags: ['Things'] } } }), inventory);
    expect(report.problems).toEqual([]);
    expect(report.rows).toEqual([
      { tag: 'Others', documented: 1, transcribed: 0, comingSoon: 0, missing: ['GET /v3/others ListOthers'] },
      { tag: 'Things', documented: 2, transcribed: 1, comingSoon: 1, missing: ['POST /v3/things CreateThing'] },
    ]);
    expect([report.documented, report.transcribed, report.comingSoon]).toEqual([3, 1, 1]);
  });

  it('flags an operation the inventory does not list, and a changed operationId', () => {
    const report = coverage(
      spec({ '/v3/things': { get: { operationId: 'GetThings' } }, '/v3/extra': { post: { operationId: 'Extra' } } }),
      inventory,
    );
    expect(report.problems).toEqual([
      'POST /v3/extra (Extra) is in the spec but not in the inventory',
      'GET /v3/things: operationId GetThings differs from the inventory\'s ListThings',
    ]);
  });

  it('flags an operationId defined twice', () => {
    const report = coverage(
      spec({ '/v3/things': { get: { operationId: 'ListThings' }, post: { operationId: 'ListThings' } } }),
      inventory,
    );
    expect(report.problems.some((problem) => problem.includes('defined twice'))).toBe(true);
  });

  it('matches paths under a server base path (Whippy serves /contacts under /v1)', () => {
    const whippy = parseInventory('method\tpath\toperationId\ttitle\tstatus\tsource\nGET\t/v1/contacts\tGetContacts\tList\tnot stated\tdocs\n');
    const report = coverage(spec({ '/contacts': { get: { operationId: 'GetContacts', tags: ['Contacts'] } } }, 'https://api.whippy.co/v1'), whippy);
    expect(report.problems).toEqual([]);
    expect(report.transcribed).toBe(1);
  });
});

describe('missingExamples', () => {
  it('names every body without named examples, through $ref', () => {
    const spec = {
      paths: {
        '/v3/things': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: {
              201: { $ref: '#/components/responses/Created' },
              204: { description: 'no body' },
            },
          },
        },
      },
      components: { responses: { Created: { content: { 'application/json': { examples: { one: { value: {} } } } } } } },
    };
    expect(missingExamples(spec)).toEqual(['POST /v3/things request body (application/json) has no named examples']);
  });
});

describe('missingStates', () => {
  it('asks for 400/422 on input, 404 on a named resource, and 429 everywhere', () => {
    const ok = { 200: { description: 'ok' } };
    const spec = {
      paths: {
        '/things/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true }],
          get: { responses: { ...ok, 400: {}, 404: {}, 429: {} } },
          delete: { responses: { ...ok } },
        },
        '/health': { get: { responses: { ...ok, 429: {} } } },
      },
    };
    expect(missingStates(spec)).toEqual([
      'DELETE /things/{id} takes input but documents no 400/422',
      'DELETE /things/{id} names a resource but documents no 404',
      'DELETE /things/{id} documents no 429',
    ]);
  });
});
