import { routes as v3Routes } from '@engagekit/reply-v3';
import { routes as v4Routes } from '@engagekit/reply-v4';
import type { RouteSpec } from '@engagekit/runtime';
import { resolveRef as resolve, sampleValue } from '@engagekit/test-support';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { APIError, NotFoundError, RateLimitError, Reply } from '@engagekit/reply';
import { beforeAll, describe, expect, it } from 'vitest';
import { mockUrl } from './support.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const require = createRequire(import.meta.url);
const specs: Record<string, Json> = {
  v3: JSON.parse(readFileSync(require.resolve('@engagekit/mock/specs/reply-v3.json'), 'utf8')),
  v4: JSON.parse(readFileSync(require.resolve('@engagekit/mock/specs/reply-v4.json'), 'utf8')),
};

/** The SDK input for a route: sampled path/required query parameters and the first documented body. */
function inputFor(spec: Json, route: RouteSpec): Json {
  const item = resolve(spec, spec.paths[route.path]);
  const operation = item[route.method];
  const input: Json = {};
  for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(spec, raw);
    if (parameter.in === 'path' || (parameter.required && parameter.in !== 'header')) {
      input[parameter.name] = sampleValue(spec, parameter.schema, parameter.example);
    }
  }
  const content = resolve(spec, operation.requestBody)?.content;
  if (content) {
    const media: Json = Object.values(content)[0];
    const example: Json = media.examples ? resolve(spec, Object.values(media.examples)[0]) : undefined;
    input.body = example?.value ?? {};
  }
  return input;
}

/** The `code` slug of the example Prism serves for `Prefer: code=<status>`: the first one documented. */
function documentedCode(spec: Json, route: RouteSpec, status: string): string | undefined {
  const response = resolve(spec, resolve(spec, spec.paths[route.path])[route.method].responses[status]);
  const media: Json = Object.values(response.content ?? {})[0];
  const example = media?.examples ? resolve(spec, Object.values(media.examples)[0]).value : media?.example;
  return example?.code;
}

function method(root: Json, name: string): (input: Json, options?: Json) => Json {
  return name.split('.').reduce((node, segment) => node[segment], root);
}

let reply: Reply;

// The SDK as users import it (the built package), against the Prism processes the global setup
// started for every contract test.
beforeAll(() => {
  // v3 and v4 have a mock each here; in production both live at https://api.reply.io.
  reply = new Reply({ apiKey: 'sdk-test-key', baseUrl: mockUrl('reply-v3'), v4BaseUrl: mockUrl('reply-v4'), rateLimit: false, logLevel: 'off', maxRetries: 0 });
});

const cases = [
  ...Object.entries(v3Routes).map(([name, route]) => ({ name, route: route as RouteSpec, spec: specs.v3, root: (r: Reply) => r as Json })),
  ...Object.entries(v4Routes).map(([name, route]) => ({ name: `v4.${name}`, route: route as RouteSpec, spec: specs.v4, root: (r: Reply) => r.v4 as Json })),
];

describe('every SDK method against Prism', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s: happy path', async (_name, { name, route, spec, root }) => {
    const call = method(root(reply), name.replace(/^v4\./, ''));
    const input = inputFor(spec, route);
    if (route.paginated) {
      const page = await call(input);
      expect(Array.isArray(page.items)).toBe(true);
      // Prism answers every skip with the same example page (hasMore: true), which the SDK would
      // report as a repeated page; so iterate the first page's items only.
      let count = 0;
      for await (const item of call(input)) {
        expect(item).toBeDefined();
        if (++count >= Math.min(3, page.items.length)) break;
      }
      return;
    }
    const { data, response } = await call(input).withResponse();
    expect(response.ok).toBe(true);
    if (response.status !== 204 && response.headers.get('content-type')?.includes('json')) expect(data).toBeDefined();
    if (route.job) expect(data).toHaveProperty('id');
  });

  const with404 = cases.filter(({ route, spec }) => resolve(spec, spec.paths[route.path])[route.method].responses['404']);
  it.each(with404.map((entry) => [entry.name, entry] as const))('%s: Prefer: code=404 → NotFoundError with the code slug', async (_name, { name, route, spec, root }) => {
    const call = method(root(reply), name.replace(/^v4\./, ''));
    const error = await Promise.resolve(call(inputFor(spec, route), { headers: { Prefer: 'code=404' } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as NotFoundError).path.startsWith('/v')).toBe(true);
    const slug = documentedCode(spec, route, '404');
    expect(slug, 'every documented 404 names its problem with a code slug').toMatch(/^\w+\.\w+/);
    expect((error as NotFoundError).code).toBe(slug);
  });

  it.each(cases.map((entry) => [entry.name, entry] as const))('%s: Prefer: code=429 → RateLimitError with retryAfter', async (_name, { name, route, spec, root }) => {
    const call = method(root(reply), name.replace(/^v4\./, ''));
    const error = await Promise.resolve(call(inputFor(spec, route), { headers: { Prefer: 'code=429' } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(APIError);
  });
});

describe('the SDK covers the specs', () => {
  it.each([
    ['reply-v3', specs.v3, v3Routes],
    ['reply-v4', specs.v4, v4Routes],
  ] as const)('every operationId of %s has an SDK method', (_api, spec, routes) => {
    const operationIds = Object.values<Json>(spec.paths).flatMap((item: Json) =>
      ['get', 'put', 'post', 'delete', 'patch'].filter((verb) => item[verb]).map((verb) => item[verb].operationId),
    );
    const covered = new Set(Object.values<RouteSpec>(routes).map((route) => route.operationId));
    expect(operationIds.filter((id: string) => !covered.has(id))).toEqual([]);
    expect(operationIds.length).toBe(covered.size);
  });
});
