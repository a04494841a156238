import type { WithResponse } from './api-promise.js';

/** A `top`/`skip` page as Reply sends it. */
export interface TopSkipPage<Item> {
  items: Item[];
  hasMore: boolean;
  totalCount?: number;
}

export type PageFetcher<Page> = (skip: number) => Promise<WithResponse<Page>>;

/**
 * The result of a list call. `await` it for the first page, `for await` over it for every item of
 * every page, or iterate `.pages()` for whole pages. Pages are fetched one at a time, on demand.
 */
export class PagePromise<Page extends TopSkipPage<Item>, Item = Page['items'][number]>
  implements PromiseLike<Page>, AsyncIterable<Item>
{
  private first: Promise<WithResponse<Page>> | undefined;

  constructor(
    private readonly fetchPage: PageFetcher<Page>,
    private readonly startSkip: number,
  ) {}

  private firstPage(): Promise<WithResponse<Page>> {
    this.first ??= this.fetchPage(this.startSkip);
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
    let skip = this.startSkip;
    let current = (await this.firstPage()).data;
    for (;;) {
      yield current;
      const count = current.items?.length ?? 0;
      if (!current.hasMore || count === 0) return;
      skip += count;
      current = (await this.fetchPage(skip)).data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* page.items as Item[];
  }
}
