import { AbortError, ConnectionError, EngagekitError, type RequestOptions } from '@engagekit/runtime';

/**
 * What happened to one input item of a bulk helper. Exactly one outcome per input item. `unknown`:
 * its request was sent but no answer came back (a reset, a timeout, an abort in flight), so Reply
 * may or may not have applied it; reconcile before sending it again. Open like every response
 * enum: a status Reply adds later is passed through, not dropped.
 */
export type ImportStatus = 'created' | 'updated' | 'skipped' | 'restored' | 'failed' | 'unknown' | (string & {});

export interface ImportOutcome<Item> {
  /** Position of the item in the input array. */
  index: number;
  item: Item;
  status: ImportStatus;
  /** The contact id, when Reply returned one. */
  id?: number | null;
  /** Why the item failed or is unknown (Reply's per-item error, or the message of its whole request's error). */
  error?: string;
  /** The error of the item's whole request, when that request failed or its fate is unknown. */
  requestError?: Error;
}

export interface ImportProgress {
  done: number;
  total: number;
  chunk: number;
  chunks: number;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(Number.isInteger(size) && size > 0)) throw new EngagekitError(`chunk size must be a positive whole number, got ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new EngagekitError(String(error));
}

/**
 * Whether a request that threw may still have been applied: it was sent and the answer was lost
 * (connection cut, timeout, abort in flight). A refused connection or an HTTP error answer is a
 * known failure.
 */
export function fateUnknown(error: unknown): boolean {
  return (error instanceof ConnectionError || error instanceof AbortError) && error.mayHaveBeenProcessed;
}

/** Options every bulk helper takes. */
export interface BulkOptions extends RequestOptions {
  /** Items per request; never above the operation's documented maximum. */
  chunkSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** Clamps a requested chunk size to the documented maximum. */
export function chunkSizeFor(requested: number | undefined, documentedMax: number | undefined, fallback: number): number {
  const max = documentedMax ?? fallback;
  if (requested === undefined) return max;
  if (!(Number.isInteger(requested) && requested > 0)) throw new EngagekitError(`chunkSize must be a positive whole number, got ${requested}`);
  return Math.min(requested, max);
}
