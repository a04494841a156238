// Per-session state of every collection, seeded lazily from the resource map's seed records.
// A nested collection (`/knowledge-bases/{id}/reply-handlers`) holds one set of records per parent.

import type { ResourceCollection } from './types.js';

export type StoredRecord = Record<string, unknown>;

export interface CollectionState {
  records: Map<string, StoredRecord>;
  nextNumber: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Store {
  private readonly sessions = new Map<string, Map<string, CollectionState>>();

  collection(session: string, collection: ResourceCollection, parentKey: string): CollectionState {
    let state = this.sessions.get(session);
    if (!state) this.sessions.set(session, (state = new Map()));
    const key = `${collection.collectionPath} ${parentKey}`;
    let found = state.get(key);
    if (!found) {
      const records = new Map<string, StoredRecord>();
      let highest = 0;
      for (const record of collection.seed) {
        records.set(String(record.id), structuredClone(record));
        const number = typeof record.id === 'number' ? record.id : Number(/(\d+)$/.exec(String(record.id))?.[1] ?? 0);
        highest = Math.max(highest, number);
      }
      found = { records, nextNumber: highest + 1 };
      state.set(key, found);
    }
    return found;
  }

  /** A fresh id shaped like the collection's ids: the next integer, a UUID, or the seed's prefix and a number. */
  freshId(collection: ResourceCollection, state: CollectionState): string | number {
    const sample = collection.seed[0]?.id;
    for (;;) {
      const number = state.nextNumber++;
      let id: string | number;
      if (collection.idType === 'integer') id = number;
      else if (collection.idFormat === 'uuid' || (typeof sample === 'string' && UUID.test(sample))) id = globalThis.crypto.randomUUID();
      else if (typeof sample === 'string' && /\d+$/.test(sample)) id = sample.replace(/\d+$/, String(number));
      else id = `${collection.name.split('/').pop()}-${number}`;
      if (!state.records.has(String(id))) return id;
    }
  }

  /** Back to the seed: one session, or every session. */
  reset(session?: string): void {
    if (session === undefined) this.sessions.clear();
    else this.sessions.delete(session);
  }
}
