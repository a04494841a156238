/** Base class of every error engagekit throws itself, so callers can catch them all at once. */
export class EngagekitError extends Error {
  override name = 'EngagekitError';
}

/** The client was configured in a way that cannot work; thrown at construction, before any request. */
export class ConfigurationError extends EngagekitError {
  override name = 'ConfigurationError';
}
