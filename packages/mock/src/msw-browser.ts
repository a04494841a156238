// `@engagekit/mock/msw` in a browser bundle (the `browser` export condition): the engine's data
// comes from imports the bundler resolves, since a page cannot read the package's files.

import { apis } from '../specs/browser-data.js';
import type { ApiData } from './engine/types.js';
import { mswHandlers, specBaseUrl, type MockHandlers, type MswHandlerOptions } from './msw-handlers.js';

export type { MockHandlers, MswHandlerOptions } from './msw-handlers.js';

/** MSW request handlers backed by the stateful mock of one API (`reply-v3`, `reply-v4`, `whippy-v1`). */
export function handlers(apiId: string, options: MswHandlerOptions = {}): MockHandlers {
  const data = apis[apiId] as ApiData | undefined;
  if (!data) throw new Error(`Unknown API "${apiId}". Known: ${Object.keys(apis).join(', ')}.`);
  const { baseUrl, ...engineOptions } = options;
  return mswHandlers(data, baseUrl ?? specBaseUrl, engineOptions);
}
