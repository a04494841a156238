import { describe, expect, it } from 'vitest';
import { buildResourceMap } from '../lib/resource-map.mjs';

const record = (id, name) => ({ id, name, note: null });
const json = (examples, schema = { type: 'object' }) => ({ content: { 'application/json': { schema, examples: Object.fromEntries(Object.entries(examples).map(([key, value]) => [key, { value }])) } } });
const spec = {
  openapi: '3.1.0',
  paths: {
    '/v1/widgets': {
      get: { operationId: 'ListWidgets', parameters: [{ name: 'top', in: 'query' }, { name: 'skip', in: 'query' }, { name: 'name', in: 'query' }], responses: { 200: json({ page: { items: [record(1, 'a'), record(2, 'b')], hasMore: true } }) } },
      post: { operationId: 'CreateWidget', responses: { 201: json({ created: record(1, 'same id, other record') }) } },
    },
    '/v1/widgets/{id}': {
      get: { operationId: 'GetWidget', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: json({ one: record(1, 'a') }), 404: json({ missing: { status: 404 } }) } },
      patch: { operationId: 'UpdateWidget', responses: { 200: json({ updated: record(1, 'a') }) } },
      delete: { operationId: 'DeleteWidget', responses: { 204: { description: 'gone' } } },
    },
    '/v1/searches': { post: { operationId: 'StartSearch', responses: { 200: json({ started: { searchId: 9 } }) } } },
    '/v1/searches/{id}': { get: { operationId: 'GetSearch', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: json({ one: record(9, 's') }) } } },
  },
};

describe('buildResourceMap', () => {
  const map = buildResourceMap('test-v1', spec);

  it('finds a collection whose create and get share a path, with its list, update and delete', () => {
    expect(map.collections.map((collection) => collection.name)).toEqual(['widgets']);
    const [widgets] = map.collections;
    expect(widgets).toMatchObject({
      collectionPath: '/v1/widgets',
      itemPath: '/v1/widgets/{id}',
      idParam: 'id',
      idType: 'integer',
      recordPointer: '',
      operations: {
        create: { operationId: 'CreateWidget', status: 201 },
        get: { operationId: 'GetWidget', status: 200 },
        update: { operationId: 'UpdateWidget', method: 'PATCH' },
        delete: { operationId: 'DeleteWidget', status: 204 },
        list: { operationId: 'ListWidgets', itemsPointer: '/items', paging: 'top-skip', hasMore: '/hasMore', queryFilters: ['name'] },
      },
    });
  });

  it('seeds every distinct example record, giving a record that reuses an id one of its own', () => {
    const [widgets] = map.collections;
    expect(widgets.seed.map((seeded) => seeded.name)).toEqual(['a', 'b', 'same id, other record']);
    expect(new Set(widgets.seed.map((seeded) => seeded.id)).size).toBe(3);
  });

  it('skips a POST that answers something other than the record (a search handle)', () => {
    expect(map.collections.some((collection) => collection.collectionPath === '/v1/searches')).toBe(false);
  });
});
