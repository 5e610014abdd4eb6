import type { KeyRow } from "@/server/actor/verify-api-key";

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

type Entry = { row: KeyRow; expires: number };

// Per-instance, at most one second old: other instances see a revocation within that second, and
// this instance sees its own at once (every revoking service calls `keyCache.clear()` before it
// returns). Nothing here is needed for correctness across instances beyond that bound.
const globalForCache = globalThis as unknown as { rosterKeyCache?: { entries: Map<string, Entry>; generation: number } };
const state = (globalForCache.rosterKeyCache ??= { entries: new Map(), generation: 0 });

export const keyCache = {
  get(hash: string): KeyRow | undefined {
    const entry = state.entries.get(hash);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      state.entries.delete(hash);
      return undefined;
    }
    return entry.row;
  },
  /** The generation a lookup started in: a row read before a clear() must not be cached after it. */
  generation: () => state.generation,
  set(hash: string, row: KeyRow, generation: number) {
    if (generation !== state.generation) return;
    if (state.entries.size >= MAX_ENTRIES) state.entries.clear();
    state.entries.set(hash, { row, expires: Date.now() + TTL_MS });
  },
  /** Forget every cached key: call after revoking a key, disabling or removing a user, or changing access. */
  clear() {
    state.generation += 1;
    state.entries.clear();
  },
};
