import { config } from "@/server/config";
import { sql } from "@/server/db";
import { announceAccessChange, bumpGeneration, shared } from "./access-notifications";

// Per-instance caches of who may do what (API keys, authz.check facts). This instance sees its own
// changes at once, because every service that changes access calls `forgetCachedAccess()` before it
// returns; other instances hear of them by LISTEN/NOTIFY within milliseconds and then keep entries
// up to ROSTER_ACCESS_CACHE_SECONDS. An instance that is not listening (its connection dropped, or
// it runs no server) keeps entries at most one second. All caches share one generation, so one
// change empties them all.

const UNHEARD_TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

/** Forget every cached access fact, here and on every instance: after revoking a key, disabling or removing a user, or changing grants. */
export function forgetCachedAccess() {
  bumpGeneration();
  announceAccessChange((channel) => sql.query("SELECT pg_notify($1, '')", [channel]));
}

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
    set(key: string, value: T, readInGeneration: number) {
      if (readInGeneration !== generation.value) return;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      const ttl = shared.listening ? config.accessCacheMs : UNHEARD_TTL_MS;
      entries.set(key, { value, expires: Date.now() + ttl, generation: readInGeneration });
    },
  };
}
