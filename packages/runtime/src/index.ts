export { authHeaders, redactHeaders, redactSecret, SECRET_HEADERS, type AuthScheme } from './auth.js';
export {
  createApiClient,
  userAgent,
  validateOptions,
  type ApiClientOptions,
  type ApiDescriptor,
} from './client.js';
export { ConfigurationError, EngagekitError } from './errors.js';
export { asStrictClient, type ApiClient, type StrictClientMethod } from './typed-client.js';
