export { APIPromise, type WithResponse } from './api-promise.js';
export { authHeaders, redactHeaders, redactSecret, SECRET_HEADERS, type AuthScheme } from './auth.js';
export {
  createApiClient,
  userAgent,
  validateOptions,
  type ApiClientOptions,
  type ApiDescriptor,
} from './client.js';
export { systemClock, type Clock } from './clock.js';
export {
  AbortError,
  APIError,
  AuthenticationError,
  BackgroundJobError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  EngagekitError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  parseRetryAfter,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  TimeoutError,
  UnprocessableEntityError,
  type FieldError,
} from './errors.js';
export { JobHandle, jobIdFrom, type JobProtocol, type WaitOptions } from './jobs.js';
export { leveledLogger, type Logger, type LogLevel } from './logger.js';
export { DEFAULT_MAX_PAGES, PagePromise, type TopSkipPage } from './pagination.js';
export { MAX_REDIRECTS } from './redirects.js';
export { ResponseValidationError, type ResponseValidationErrorInit, type ValidateResponsesMode } from './response-validation.js';
export type { OperationValidators, ValidateFn, ValidatorModule, Violation } from './validation.js';
export { RateLimiter, sharedRateLimiter, type Limiter, type RateLimitPermit, type RateLimitWait, type RateLimitWindow, type RedisCommandClient } from './rate-limit.js';
export { defaultRetryPolicy, isIdempotent, retryDelay, shouldRetryStatus, type RetryPolicy } from './retry.js';
export type { InputOf, JobMethod, ListMethod, Method, OutputOf, ListRequestOptions, RequestOptions, RouteSpec, RouteTable } from './routes.js';
export { buildMethods, SdkCore, type RateLimitOptions, type SdkDefaults, type SdkOptions } from './sdk.js';
export { asStrictClient, type ApiClient, type StrictClientMethod } from './typed-client.js';
