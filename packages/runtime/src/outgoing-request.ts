/**
 * What the SDK's openapi-fetch client builds in place of a WHATWG `Request` (its `Request` option).
 * In Node, constructing a Request costs about as much as everything else the SDK does per call, and
 * `fetch` builds a Request of its own from whatever it is given. Handing the transport these plain
 * fields lets it call `fetch(url, init)`: one Request per attempt, where bare openapi-fetch makes two.
 */
export class OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly redirect: RequestRedirect | undefined;

  constructor(url: string | URL, init: RequestInit = {}) {
    this.url = String(url);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.redirect = init.redirect;
  }
}
