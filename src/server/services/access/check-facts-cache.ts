import { keyCache } from "@/server/services/api-keys/key-cache";
import type { CheckFacts } from "./load-check-facts";

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

type Entry = { facts: CheckFacts; expires: number; generation: number };

// authz.check is asked on every request of the embedding platform, mostly about the same few
// people: their facts are kept for up to a second per instance, exactly as API keys are. Every
// service that changes who may do what calls keyCache.clear(), which moves the generation on and
// so empties this cache too; other instances see a change within the second.
const globalForCache = globalThis as unknown as { rosterCheckFactsCache?: Map<string, Entry> };
const entries = (globalForCache.rosterCheckFactsCache ??= new Map());

export const checkFactsKey = (organizationId: string, userId: string, workspace: string | null) => `${organizationId}\u0000${userId}\u0000${workspace ?? ""}`;

export const checkFactsCache = {
  get(key: string): CheckFacts | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now() || entry.generation !== keyCache.generation()) {
      entries.delete(key);
      return undefined;
    }
    return entry.facts;
  },
  /** `generation` is keyCache.generation() from before the facts were read: a read that raced a change is not kept. */
  set(key: string, facts: CheckFacts, generation: number) {
    if (generation !== keyCache.generation()) return;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { facts, expires: Date.now() + TTL_MS, generation });
  },
};
