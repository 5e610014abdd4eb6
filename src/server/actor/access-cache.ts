// Per-instance caches of who may do what (API keys, authz.check facts), at most one second old:
// other instances see a change within that second, and this instance sees its own at once, because
// every service that changes access calls `forgetCachedAccess()` before it returns. All caches share
// one generation, so one call empties them all; nothing here is needed for correctness across
// instances beyond that bound.

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

// Kept on globalThis so hot reloads and bundles that load this file twice share one generation.
const globalForCache = globalThis as unknown as { rosterAccessGeneration?: { value: number } };
const generation = (globalForCache.rosterAccessGeneration ??= { value: 0 });

/** Forget every cached access fact: after revoking a key, disabling or removing a user, or changing grants. */
export function forgetCachedAccess() {
  generation.value += 1;
}

type Entry<T> = { value: T; expires: number; generation: number };

export function createAccessCache<T>() {
  const entries = new Map<string, Entry<T>>();
  return {
    get(key: string): T | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= Date.now() || entry.generation !== generation.value) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    /** The generation a read starts in: what was read before a change must not be cached after it. */
    generation: () => generation.value,
    set(key: string, value: T, readInGeneration: number) {
      if (readInGeneration !== generation.value) return;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(key, { value, expires: Date.now() + TTL_MS, generation: readInGeneration });
    },
  };
}
