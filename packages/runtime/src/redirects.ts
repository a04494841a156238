/** Hops followed before a redirect chain is handed back unfollowed (and becomes a RedirectError). */
export const MAX_REDIRECTS = 5;

export interface HopInit {
  method: string;
  headers: Headers;
  body: BodyInit | undefined;
  signal?: AbortSignal;
}

/**
 * Sends a request with `redirect: 'manual'` and follows redirects that stay on the request's origin.
 * A redirect to another origin is returned unfollowed: fetch would strip `Authorization` there but
 * not `X-API-Key` or `X-WHIPPY-KEY`, and a 307/308 would re-send the body. (In a browser, where a
 * manual redirect cannot be read, every redirect comes back as an unfollowed `opaqueredirect`.)
 */
export async function fetchSameOriginRedirects(
  send: (url: string, init: RequestInit) => Promise<Response>,
  url: string,
  init: HopInit,
): Promise<Response> {
  let { method, headers, body } = init;
  for (let hop = 0; ; hop++) {
    const response = await send(url, { method, headers, body, signal: init.signal, redirect: 'manual' });
    const { status } = response;
    if (status < 301 || status > 308 || status === 304 || status === 305 || status === 306) return response;
    const location = response.headers.get('location');
    if (location === null || hop === MAX_REDIRECTS) return response;
    const next = new URL(location, url);
    if (next.origin !== new URL(url).origin) return response;
    await response.body?.cancel().catch(() => undefined);
    // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
    if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
      if (method !== 'HEAD') method = 'GET';
      body = undefined;
      headers = new Headers(headers);
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) headers.delete(name);
    }
    url = next.href;
  }
}
