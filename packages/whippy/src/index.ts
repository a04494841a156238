export { Whippy, type WhippyOptions } from './client.js';
export {
  APIError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  EngagekitError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  RedirectError,
  TimeoutError,
  UnprocessableEntityError,
  type RequestOptions,
} from '@engagekit/runtime';
export type { Schemas } from '@engagekit/whippy-v1';
