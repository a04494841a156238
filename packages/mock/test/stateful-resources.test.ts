// One life cycle per collection of every API's generated resource map, written once: create, get,
// update, list paged to the end, delete, get 404. Every answer must validate against the spec.
import { readFileSync } from 'node:fs';
import { sampleValue } from '@engagekit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceCollection, ResourceMap, ValidatorModule } from '../src/engine/types.js';
import { documentedResponse, operationsOf } from '../src/engine/spec.js';
import { listApis, startMocks, type MockFleet } from '../src/index.js';

const apis = listApis();
const maps = Object.fromEntries(apis.map((api) => [api.id, JSON.parse(readFileSync(api.resourcesPath, 'utf8')) as ResourceMap]));
const specs = Object.fromEntries(apis.map((api) => [api.id, JSON.parse(readFileSync(api.specPath, 'utf8'))]));
const validators: Record<string, ValidatorModule> = {};
let fleet: MockFleet;

beforeAll(async () => {
  fleet = await startMocks({ ports: Object.fromEntries(apis.map((api) => [api.id, 0])), requireAll: true });
  for (const api of apis) validators[api.id] = (await import(`${api.packageName}/validators`)) as ValidatorModule;
}, 120_000);

afterAll(async () => {
  await fleet?.stop();
});

function credentials(apiId: string): Record<string, string> {
  const spec = specs[apiId];
  const [name] = Object.keys(spec.security?.[0] ?? {});
  const scheme = spec.components.securitySchemes[name!];
  return scheme.type === 'http' ? { authorization: 'Bearer test-key' } : { [scheme.name.toLowerCase()]: 'test-key' };
}

function operation(apiId: string, operationId: string) {
  const found = operationsOf(specs[apiId]).find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`${apiId} has no operation ${operationId}`);
  return found;
}

function requestExample(apiId: string, operationId: string): unknown {
  const body = operation(apiId, operationId).operation.requestBody;
  const media = body?.content?.['application/json'];
  const first = Object.values<{ value?: unknown; $ref?: string }>(media?.examples ?? {})[0];
  return first ? (first.value ?? documentedExampleByRef(apiId, first.$ref!)) : media ? sampleValue(specs[apiId], media.schema) : undefined;
}

function documentedExampleByRef(apiId: string, ref: string): unknown {
  return ref.slice(2).split('/').reduce((at: any, key) => at?.[key], specs[apiId]).value;
}

function parentValues(apiId: string, collection: ResourceCollection): Record<string, string> {
  const parameters = operation(apiId, collection.operations.create.operationId).parameters;
  return Object.fromEntries(collection.parentParams.map((name) => [name, String(sampleValue(specs[apiId], parameters.find((p) => p.name === name)?.schema ?? {}))]));
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
}

function at(value: unknown, pointer: string): any {
  return pointer.split('/').slice(1).reduce((node: any, key) => node?.[key], value);
}

describe.each(apis.map((api) => api.id))('%s resources', (apiId) => {
  const collections = maps[apiId]!.collections;
  it('the resource map found the collections the spec has', () => {
    const expected = { 'reply-v3': ['contacts', 'contact-lists', 'custom-fields', 'contact-accounts', 'sequences', 'webhooks'], 'reply-v4': [], 'whippy-v1': ['contacts'] }[apiId] ?? [];
    expect(collections.map((collection) => collection.name)).toEqual(expect.arrayContaining(expected));
  });

  if (collections.length > 0) it.each(collections.map((collection) => [collection.name, collection] as const))('%s: create → get → update → list to the end → delete → get 404', async (_name, collection) => {
    const base = fleet.url(apiId);
    const session = `life-${apiId}-${collection.name}`;
    const headers = { ...credentials(apiId), 'content-type': 'application/json', 'x-mock-session': session };
    const check = async (operationId: string, response: Response) => {
      const text = await response.text();
      const body = text ? JSON.parse(text) : undefined;
      const validate = validators[apiId]!.responseValidator(operationId, response.status, response.headers.get('content-type')?.split(';')[0]);
      if (body !== undefined && validate) {
        expect(validate(body).filter((violation) => !violation.drift), `${operationId} ${response.status} ${text.slice(0, 300)}`).toEqual([]);
      }
      return body;
    };
    const values = parentValues(apiId, collection);
    const { create, get, update, list } = collection.operations;
    const remove = collection.operations.delete;

    const created = await fetch(`${base}${fill(collection.collectionPath, values)}`, { method: 'POST', headers, body: JSON.stringify(requestExample(apiId, create.operationId)) });
    const createdBody = await check(create.operationId, created);
    expect(created.status, JSON.stringify(createdBody)).toBe(create.status);
    const record = at(createdBody, collection.recordPointer);
    expect(record.id).toBeDefined();
    expect(collection.seed.map((seeded) => seeded.id)).not.toContain(record.id);
    const itemUrl = `${base}${fill(collection.itemPath, { ...values, [collection.idParam]: String(record.id) })}`;

    const fetched = await fetch(itemUrl, { headers });
    expect(fetched.status).toBe(get.status);
    // The create answer may show fewer members than get (its schema can differ); what it shows, get shows.
    expect(at(await check(get.operationId, fetched), collection.recordPointer)).toMatchObject(record);

    if (update) {
      const updated = await fetch(itemUrl, { method: update.method, headers, body: JSON.stringify(requestExample(apiId, update.operationId)) });
      const updatedBody = await check(update.operationId, updated);
      expect(updated.status, JSON.stringify(updatedBody)).toBe(update.status);
      const after = at(await check(get.operationId, await fetch(itemUrl, { headers })), collection.recordPointer);
      expect(after.id).toEqual(record.id);
      // The update's answer may show fewer members than get (its schema can differ); what it shows, get shows.
      if (update.body) expect(after).toMatchObject(at(updatedBody, collection.recordPointer));
    }

    if (list) {
      const seen: unknown[] = [];
      const pageSize = 2;
      let offset = 0;
      let cursor: string | undefined;
      for (let page = 0; ; page++) {
        expect(page, 'paging never ended').toBeLessThan(100);
        const query = new URLSearchParams();
        if (list.paging === 'top-skip') query.set('top', String(pageSize)), query.set('skip', String(offset));
        if (list.paging === 'limit-offset') {
          query.set('limit', String(pageSize));
          if (cursor) query.set('cursor', cursor);
          else query.set('offset', String(offset));
        }
        const answer = await fetch(`${base}${fill(collection.collectionPath, values)}?${query}`, { headers });
        expect(answer.status).toBe(200);
        const body = await check(list.operationId, answer);
        const items = at(body, list.itemsPointer) as { id: unknown }[];
        seen.push(...items.map((item) => item.id));
        if (list.paging === 'none') break;
        expect(items.length).toBeLessThanOrEqual(pageSize);
        offset += items.length;
        const more = list.hasMore ? at(body, list.hasMore) : list.cursor ? at(body, list.cursor) !== null : offset < at(body, list.total!);
        if (list.cursor) cursor = at(body, list.cursor) ?? undefined;
        if (!more) break;
        expect(items.length).toBeGreaterThan(0);
      }
      expect(seen.filter((id) => id === record.id)).toHaveLength(1);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(collection.seed.length + 1);
    }

    if (remove) {
      const deleted = await fetch(itemUrl, { method: 'DELETE', headers });
      await check(remove.operationId, deleted);
      expect(deleted.status).toBe(remove.status);
      const gone = await fetch(itemUrl, { headers });
      expect(gone.status).toBe(404);
      const expected = documentedResponse(specs[apiId], operation(apiId, get.operationId).operation, { status: 404 });
      expect(await check(get.operationId, gone)).toEqual(expected?.body);
    }
  });
});
