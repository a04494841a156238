import { EngagekitError, type RequestOptions } from '@engagekit/runtime';

/**
 * What happened to one input item of a bulk helper. Exactly one outcome per input item. Open like
 * every response enum: a status Reply adds later is passed through, not dropped.
 */
export type ImportStatus = 'created' | 'updated' | 'skipped' | 'restored' | 'failed' | (string & {});

export interface ImportOutcome<Item> {
  /** Position of the item in the input array. */
  index: number;
  item: Item;
  status: ImportStatus;
  /** The contact id, when Reply returned one. */
  id?: number | null;
  /** Why the item failed (Reply's per-item error, or the error of its whole request). */
  error?: string;
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
