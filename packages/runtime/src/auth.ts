/** How an API expects its key: a bearer token, or a named header. */
export type AuthScheme = { type: 'bearer' } | { type: 'apiKeyHeader'; header: string };

/** Header names whose values are secrets. Compared case-insensitively. */
export const SECRET_HEADERS: readonly string[] = ['authorization', 'x-api-key', 'x-whippy-key'];

export function authHeaders(scheme: AuthScheme, apiKey: string): Record<string, string> {
  return scheme.type === 'bearer' ? { Authorization: `Bearer ${apiKey}` } : { [scheme.header]: apiKey };
}

/**
 * Replaces secret header values, so headers can be logged or attached to errors; with `secret`,
 * also the key wherever a server echoed it in another header.
 */
export function redactHeaders(headers: HeadersInit | undefined, secret?: string): Record<string, string> {
  const redacted: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    redacted[name] = SECRET_HEADERS.includes(name.toLowerCase()) ? '[redacted]' : redactSecret(value, secret);
  });
  return redacted;
}

/** Replaces every occurrence of the key in free text (error messages, bodies echoed back). */
export function redactSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}
