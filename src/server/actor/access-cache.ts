import { config } from "@/server/config";
import { forgetCachedAccess, shared } from "@/server/access-changes";

// Per-instance caches of who may do what (API keys, sessions, authz.check facts). This instance sees its own
// changes at once, because every service that changes access calls `forgetCachedAccess()` before it
// returns; other instances hear of them by LISTEN/NOTIFY within milliseconds and then keep entries
// up to ROSTER_ACCESS_CACHE_SECONDS. An instance that is not listening (its connection dropped, or
// it runs no server) keeps entries at most one second. All caches share one generation, so one
// change empties them all.

const UNHEARD_TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

export { forgetCachedAccess };

type Entry<T> = { value: T; expires: number; generation: number };

export function createAccessCache<T>() {
  const entries = new Map<string, Entry<T>>();
  const { generation } = shared;
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
    /** `notAfter` (epoch ms): the entry is not used past it, e.g. its session's expiry. */
    set(key: string, value: T, readInGeneration: number, notAfter = Infinity) {
      if (readInGeneration !== generation.value) return;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      const ttl = shared.listening ? config.accessCacheMs : UNHEARD_TTL_MS;
      entries.set(key, { value, expires: Math.min(Date.now() + ttl, notAfter), generation: readInGeneration });
    },
  };
}
