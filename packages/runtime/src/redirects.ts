/** Hops followed before a redirect chain is handed back unfollowed (and becomes a RedirectError). */
export const MAX_REDIRECTS = 5;

export interface HopInit {
  method: string;
  headers: Headers;
  body: BodyInit | undefined;
  signal?: AbortSignal;
  redirect: 'manual';
}

type Send = (url: string, init: HopInit) => Promise<Response>;

/**
 * Redirects are sent with `redirect: 'manual'` and followed here only while they stay on the
 * request's origin. A redirect to another origin is returned unfollowed: fetch would strip
 * `Authorization` there but not `X-API-Key` or `X-WHIPPY-KEY`, and a 307/308 would re-send the body.
 * (In a browser, where a manual redirect cannot be read, every redirect comes back unfollowed as an
 * `opaqueredirect`.)
 */
export async function fetchSameOriginRedirects(send: Send, url: string, init: HopInit): Promise<Response> {
  return followSameOriginRedirects(send, url, init, await send(url, init));
}

export function isRedirect(status: number): boolean {
  return status >= 301 && status <= 308 && status !== 304 && status !== 305 && status !== 306;
}

/** Given the first answer to `init` at `url`, follows it while it redirects within the origin. */
export async function followSameOriginRedirects(send: Send, url: string, init: HopInit, first: Response): Promise<Response> {
  let response = first;
  let hop = init;
  for (let hops = 0; isRedirect(response.status) && hops < MAX_REDIRECTS; hops++) {
    const location = response.headers.get('location');
    if (location === null) break;
    const next = new URL(location, url);
    if (next.origin !== new URL(url).origin) break;
    await response.body?.cancel().catch(() => undefined);
    // As fetch does: 303, and 301/302 after a POST, continue as a GET without the body.
    const { status } = response;
    if (status === 303 || ((status === 301 || status === 302) && hop.method === 'POST')) {
      const headers = new Headers(hop.headers);
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) headers.delete(name);
      hop = { ...hop, method: hop.method === 'HEAD' ? 'HEAD' : 'GET', headers, body: undefined };
    }
    url = next.href;
    response = await send(url, hop);
  }
  return response;
}
