// `@engagekit/mock/msw` in Node (vitest with msw/node): the engine's data is read from the package's files.

import { loadApiData } from './api-data.js';
import { findApi } from './manifest.js';
import { mswHandlers, specBaseUrl, type MockHandlers, type MswHandlerOptions } from './msw-handlers.js';

export type { MockHandlers, MswHandlerOptions } from './msw-handlers.js';

/** MSW request handlers backed by the stateful mock of one API (`reply-v3`, `reply-v4`, `whippy-v1`). */
export function handlers(apiId: string, options: MswHandlerOptions = {}): MockHandlers {
  const { baseUrl, ...engineOptions } = options;
  return mswHandlers(loadApiData(findApi(apiId)), baseUrl ?? specBaseUrl, engineOptions);
}
