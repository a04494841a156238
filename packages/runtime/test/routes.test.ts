import { describe, expect, it } from 'vitest';
import { buildMethods, createApiClient, InvalidRequestError, InvalidResponseError, type ListRequestOptions, type RouteSpec } from '../src/index.js';
import { descriptor, failure, ok, route, SECRET, server, setup } from './harness.js';

const getThing = route({ method: 'get', path: '/things/{id}', operationId: 'GetThing', pathParams: ['id'], idempotent: true });
const deleteStep = route({
  method: 'delete',
  path: '/sequences/{id}/steps/{step_id}',
  operationId: 'DeleteStep',
  pathParams: ['id', 'step_id'],
  responseType: 'none',
});
const createThing = route({ method: 'post', path: '/things', operationId: 'CreateThing', body: 'required' });
const listThings = route({ method: 'get', path: '/things', operationId: 'ListThings', queryParams: ['top', 'skip'], paginated: true, idempotent: true });

type Page = { items: { id: number }[]; hasMore: boolean };
type List = (input?: { top?: number; skip?: number }, options?: ListRequestOptions) => AsyncIterable<{ id: number }> & PromiseLike<Page> & { pages(): AsyncIterable<Page> };

async function listing(script: (skip: number, top: number) => unknown) {
  const { server: pager, core } = await setup((_index, request) => {
    const url = new URL(request.url, 'http://x');
    return ok(script(Number(url.searchParams.get('skip')), Number(url.searchParams.get('top') || 2)));
  });
  const sdk = buildMethods<{ things: { list: List } }>(core, { 'things.list': listThings });
  const skips = () => pager.requests.map((request) => Number(new URL(request.url, 'http://x').searchParams.get('skip')));
  return { list: sdk.things.list, skips, pager };
}

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const seen: T[] = [];
  for await (const item of iterable) seen.push(item);
  return seen;
};

describe('path parameters can never change the route', () => {
  it.each([
    ['..', deleteStep, { id: 5, step_id: '..' }, 'step_id'],
    ['.', deleteStep, { id: '.', step_id: 1 }, 'id'],
    ['an empty string', getThing, { id: '' }, 'id'],
  ] as const)('%s is refused with InvalidRequestError before anything is sent', async (_case, spec: RouteSpec, input, parameter) => {
    const { server: origin, core } = await setup(() => ok());
    const error = (await failure(core.request(spec, input))) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.parameter).toBe(parameter);
    expect(error.operation).toBe(spec.operationId);
    expect(error.message).toContain(spec.operationId);
    expect(origin.requests).toHaveLength(0);
  });

  it('a dot segment is refused by the raw typed client too', async () => {
    const origin = await server(() => ok());
    const client = createApiClient(descriptor, { apiKey: SECRET, baseUrl: origin.url }) as unknown as {
      DELETE(path: string, init: unknown): Promise<unknown>;
    };
    await expect(client.DELETE('/things/{id}', { params: { path: { id: '..' } } })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(origin.requests).toHaveLength(0);
  });

  it('dots inside a value are ordinary characters', async () => {
    const { server: origin, core } = await setup(() => ok());
    await core.request(getThing, { id: 'a..b' });
    expect(origin.requests[0]?.url).toBe('/things/a..b');
  });
});

describe('every call’s input is checked before anything is sent', () => {
  it.each([
    ['no input at all', undefined, 'id', /path parameter id is missing/],
    ['an empty object', {}, 'id', /path parameter id is missing/],
    ['a number instead of an object', 12345, undefined, /input must be an object such as \{ id \}, got number/],
    ['null', null, undefined, /input must be an object/],
    ['an array', [1], undefined, /input must be an object/],
    ['id: null', { id: null }, 'id', /path parameter id must be a string or a number, got null/],
    ['id: an object', { id: { id: 1 } }, 'id', /must be a string or a number, got an object/],
    ['id: NaN', { id: Number.NaN }, 'id', /must be a finite number/],
    ['id: true', { id: true }, 'id', /got boolean/],
  ])('%s → InvalidRequestError naming the operation and parameter', async (_case, input, parameter, message) => {
    const { server: origin, core } = await setup(() => ok());
    const error = (await failure(core.request(getThing, input as Record<string, unknown>))) as InvalidRequestError;
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain('GetThing (GET /things/{id})');
    expect(error.message).toMatch(message);
    expect(origin.requests).toHaveLength(0);
  });

  it('a missing required body is refused', async () => {
    const { server: origin, core } = await setup(() => ok());
    const error = (await failure(core.request(createThing, {}))) as InvalidRequestError;
    expect(error).toMatchObject({ name: 'InvalidRequestError', parameter: 'body', operation: 'CreateThing' });
    expect(origin.requests).toHaveLength(0);
  });

  it('through a generated method, and for list methods too', async () => {
    const { server: origin, core } = await setup(() => ok());
    const sdk = buildMethods<{ things: { get(input: unknown): PromiseLike<unknown>; list: (input: unknown) => PromiseLike<unknown> } }>(core, {
      'things.get': getThing,
      'things.list': listThings,
    });
    await expect(sdk.things.get(12345)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(sdk.things.list('everything')).rejects.toBeInstanceOf(InvalidRequestError);
    expect(origin.requests).toHaveLength(0);
  });
});

describe('responses that do not match the operation', () => {
  it.each([
    ['a 204', { status: 204 }],
    ['an empty 200', { status: 200, rawBody: '' }],
  ])('%s on an operation documenting a JSON body → InvalidResponseError', async (_case, step) => {
    const { core } = await setup(() => step);
    const error = (await failure(core.request(getThing, { id: 1 }))) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/without a body, but GetThing documents a JSON body/);
  });

  it('a 204 on an operation documenting no body is fine', async () => {
    const { core } = await setup(() => ({ status: 204 }));
    expect((await core.request(deleteStep, { id: 1, step_id: 2 })).data).toBeUndefined();
  });

  it('a list page without items → InvalidResponseError, for await and await alike', async () => {
    const { list } = await listing(() => ({ data: [], hasMore: false }));
    await expect(collect(list({ top: 2 }))).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(list({ top: 2 })).rejects.toThrow(/has no items array/);
  });

  it('a later page without items → InvalidResponseError', async () => {
    const { list } = await listing((skip) => (skip === 0 ? { items: [{ id: 1 }, { id: 2 }], hasMore: true } : { hasMore: false }));
    await expect(collect(list({ top: 2 }))).rejects.toThrow(/page at skip=2 has no items array/);
  });

  it('a server that ignores skip and answers hasMore: true forever is stopped at the repeated page', async () => {
    const { list, skips } = await listing(() => ({ items: [{ id: 1 }, { id: 2 }], hasMore: true }));
    const seen: number[] = [];
    const error = await failure(
      (async () => {
        for await (const thing of list({ top: 2 })) seen.push(thing.id);
      })(),
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/repeats the previous page/);
    expect(seen).toEqual([1, 2]);
    expect(skips()).toEqual([0, 2]);
  });

  it('new items with hasMore: true forever stop after maxPages', async () => {
    const { list, skips } = await listing((skip, top) => ({ items: Array.from({ length: top }, (_, n) => ({ id: skip + n })), hasMore: true }));
    const error = await failure(collect(list({ top: 2 }, { maxPages: 4 })));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/still hasMore after 4 pages/);
    expect(skips()).toEqual([0, 2, 4, 6]);
  });
});

describe('pagination walks exactly the pages it should', () => {
  const all = Array.from({ length: 7 }, (_, index) => ({ id: index + 1 }));
  const serve = (skip: number, top: number) => ({ items: all.slice(skip, skip + top), hasMore: skip + top < all.length });

  it('starts at the caller’s skip and continues from there', async () => {
    const { list, skips } = await listing(serve);
    const ids = (await collect(list({ top: 2, skip: 3 }))).map((thing) => thing.id);
    expect(ids).toEqual([4, 5, 6, 7]);
    expect(skips()).toEqual([3, 5]);
  });

  it('fetches the first page once when it is awaited and then iterated', async () => {
    const { list, pager } = await listing(serve);
    const call = list({ top: 3 });
    expect((await call).items).toHaveLength(3);
    expect((await collect(call)).map((thing) => thing.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pager.requests).toHaveLength(3);
  });

  it('stops at an empty page even when it says hasMore: true', async () => {
    const { list, skips } = await listing((skip) => ({ items: skip === 0 ? [{ id: 1 }, { id: 2 }] : [], hasMore: true }));
    expect((await collect(list({ top: 2 }))).map((thing) => thing.id)).toEqual([1, 2]);
    expect(skips()).toEqual([0, 2]);
  });
});
