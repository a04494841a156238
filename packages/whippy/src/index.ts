export { Whippy, type WhippyOptions } from './client.js';
export {
  APIError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  EngagekitError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  type RequestOptions,
} from '@engagekit/runtime';
export type { Schemas } from '@engagekit/whippy-v1';
