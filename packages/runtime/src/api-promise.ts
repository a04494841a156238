export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * What every SDK method returns: await it for the parsed body, or call `.withResponse()` for the
 * body together with the raw `Response` (status, headers).
 */
export class APIPromise<T> implements PromiseLike<T> {
  constructor(private readonly result: Promise<WithResponse<T>>) {}

  withResponse(): Promise<WithResponse<T>> {
    return this.result;
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.result.then(({ data }) => data).then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}
