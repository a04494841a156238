export { Reply, type BackgroundJob, type ImportContact, type ImportOptions, type NotProcessedItem, type ReplyOptions, type SetStatusAllResult } from './client.js';
export type { BulkOptions, ImportOutcome, ImportProgress, ImportStatus } from './bulk.js';
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
  JobHandle,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  type FieldError,
  type Logger,
  type LogLevel,
  type RateLimitWait,
  type RequestOptions,
} from '@engagekit/runtime';
export type { Schemas } from '@engagekit/reply-v3';
