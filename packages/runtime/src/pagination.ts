import type { WithResponse } from './api-promise.js';
import { InvalidResponseError, type RequestInfo } from './errors.js';

/** A `top`/`skip` page as Reply sends it. */
export interface TopSkipPage<Item> {
  items: Item[];
  hasMore: boolean;
  totalCount?: number;
}

export type PageFetcher<Page> = (skip: number) => Promise<WithResponse<Page>>;

/** Pages one iteration fetches at most, unless the call says otherwise. */
export const DEFAULT_MAX_PAGES = 10_000;

export interface PageLimits {
  /** The operation, for error messages. */
  request: RequestInfo;
  maxPages?: number | undefined;
}

/**
 * The result of a list call. `await` it for the first page, `for await` over it for every item of
 * every page, or iterate `.pages()` for whole pages. Pages are fetched one at a time, on demand.
 * Iteration stops at a page with `hasMore: false` or no items; it throws `InvalidResponseError` on a
 * page without an `items` array, a page that repeats the previous one (a server ignoring `skip`),
 * and past `maxPages`.
 */
export class PagePromise<Page extends TopSkipPage<Item>, Item = Page['items'][number]>
  implements PromiseLike<Page>, AsyncIterable<Item>
{
  private first: Promise<WithResponse<Page>> | undefined;

  constructor(
    private readonly fetchPage: PageFetcher<Page>,
    private readonly startSkip: number,
    private readonly limits: PageLimits = { request: { method: 'GET', path: '' } },
  ) {}

  private async checkedPage(skip: number): Promise<WithResponse<Page>> {
    const result = await this.fetchPage(skip);
    const data = result.data as Partial<TopSkipPage<Item>> | null | undefined;
    if (data === null || typeof data !== 'object' || !Array.isArray(data.items)) {
      const { method, path } = this.limits.request;
      throw new InvalidResponseError(`${method} ${path}: the list page at skip=${skip} has no items array`, this.limits.request, result.response.status);
    }
    return result;
  }

  private firstPage(): Promise<WithResponse<Page>> {
    this.first ??= this.checkedPage(this.startSkip);
    return this.first;
  }

  withResponse(): Promise<WithResponse<Page>> {
    return this.firstPage();
  }

  then<A = Page, B = never>(
    onFulfilled?: ((value: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage()
      .then(({ data }) => data)
      .then(onFulfilled, onRejected);
  }

  async *pages(): AsyncGenerator<Page, void, undefined> {
    const { request, maxPages = DEFAULT_MAX_PAGES } = this.limits;
    let skip = this.startSkip;
    let current = (await this.firstPage()).data;
    let previous: string | undefined;
    for (let fetched = 1; ; fetched++) {
      yield current;
      const count = current.items.length;
      if (!current.hasMore || count === 0) return;
      if (fetched >= maxPages) {
        throw new InvalidResponseError(
          `${request.method} ${request.path}: still hasMore after ${maxPages} pages; stopping (raise maxPages to read further)`,
          request,
          200,
        );
      }
      skip += count;
      const next = await this.checkedPage(skip);
      // A server that ignores skip sends the same page again; comparing costs one stringify per page.
      previous ??= JSON.stringify(current.items);
      const text = JSON.stringify(next.data.items);
      if (text === previous) {
        throw new InvalidResponseError(
          `${request.method} ${request.path}: the page at skip=${skip} repeats the previous page (hasMore stays true but no new items); stopping`,
          request,
          next.response.status,
        );
      }
      previous = text;
      current = next.data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items as Item[];
  }
}
