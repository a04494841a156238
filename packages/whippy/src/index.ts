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
  ResponseValidationError,
  TimeoutError,
  UnprocessableEntityError,
  type RequestOptions,
  type ValidateResponsesMode,
  type Violation,
} from '@engagekit/runtime';
export type { Schemas } from '@engagekit/whippy-v1';
