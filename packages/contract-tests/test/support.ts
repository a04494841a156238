import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveRef } from '@engagekit/test-support';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);

export function mockUrl(api: string): string {
  const url = inject('mockUrls')[api];
  if (!url) throw new Error(`no mock running for ${api}`);
  return url;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The bundled spec the mock serves: the single source the expectations are read from. */
export function bundledSpec(api: string): Json {
  return JSON.parse(readFileSync(require.resolve(`@engagekit/mock/specs/${api}.json`), 'utf8'));
}

/** A named (or the first) example of a documented response or request body. */
export function documentedExample(
  api: string,
  path: string,
  method: string,
  where: { status: string; name?: string } | { requestBody: true; name?: string },
): Json {
  const spec = bundledSpec(api);
  const operation = spec.paths[path][method];
  const target = 'status' in where ? resolveRef(spec, operation.responses[where.status]) : resolveRef(spec, operation.requestBody);
  const media = Object.values(target.content as Record<string, Json>)[0];
  const examples = media.examples as Record<string, Json>;
  const example = where.name ? examples[where.name] : Object.values(examples)[0];
  if (!example) throw new Error(`no example ${where.name ?? ''} for ${method} ${path}`);
  return resolveRef(spec, example).value;
}

export interface Violation {
  location: string[];
  code: string | number;
  message: string;
}

/** Prism reports the real request violations in this header, next to the spec's static error example. */
export function violations(response: Response): Violation[] {
  const header = response.headers.get('sl-violations');
  return header ? (JSON.parse(header) as Violation[]) : [];
}

/** A fetch that drops the auth headers, to send an unauthenticated request through a typed client. */
export const fetchWithoutAuth: typeof fetch = (input, init) => {
  const request = new Request(input as RequestInfo, init);
  for (const name of ['authorization', 'x-api-key', 'x-whippy-key']) request.headers.delete(name);
  return fetch(request);
};
