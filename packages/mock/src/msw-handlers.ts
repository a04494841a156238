// The engine behind MSW request handlers: one catch-all handler per API under its base URL, which
// hands each intercepted request to the same engine the HTTP server uses.

import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { createEngine, type EngineOptions, type MockEngine } from './engine/engine.js';
import type { ApiData } from './engine/types.js';

export interface MswHandlerOptions extends EngineOptions {
  /** Where the app sends this API's requests; the spec's first server URL by default (e.g. https://api.reply.io). */
  baseUrl?: string;
}

export interface MockHandlers extends Array<HttpHandler> {
  /** The engine behind the handlers, e.g. to `reset()` state between tests. Resolves once its data has loaded. */
  readonly engine: Promise<MockEngine>;
}

export function mswHandlers(data: ApiData | Promise<ApiData>, baseUrl: string | ((data: ApiData) => string), options: EngineOptions): MockHandlers {
  const ready = Promise.resolve(data).then((loaded) => ({ engine: createEngine(loaded, options), base: new URL(typeof baseUrl === 'string' ? baseUrl : baseUrl(loaded)) }));
  const handler = http.all(
    () => true,
    async ({ request }) => {
      const { engine, base } = await ready;
      const url = new URL(request.url);
      const basePath = base.pathname.replace(/\/$/, '');
      if (url.origin !== base.origin || !(url.pathname === basePath || url.pathname.startsWith(`${basePath}/`))) return undefined;
      // Reply v3 and v4 share an origin: a path this API does not have is left to the next handler.
      const path = url.pathname.slice(basePath.length) || '/';
      if (!engine.serves(path)) return undefined;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
      const answer = engine.handle({ method: request.method, url: `${path}${url.search}`, headers, body: body || undefined });
      if (answer.delayMs > 0) await delay(answer.delayMs);
      if (answer.fault?.kind === 'reset') return HttpResponse.error();
      if (answer.fault?.kind === 'timeout') await delay('infinite');
      return new HttpResponse(answer.body ?? null, { status: answer.status, headers: answer.headers });
    },
  );
  return Object.assign([handler], { engine: ready.then(({ engine }) => engine) });
}

/** The spec's first server URL, where the app would send its requests in production. */
export function specBaseUrl(data: ApiData): string {
  const url = data.spec.servers?.[0]?.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error(`${data.id}: the spec has no absolute server URL; pass handlers(id, { baseUrl }).`);
  return url;
}
