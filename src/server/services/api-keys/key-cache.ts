import type { KeyRow } from "@/server/actor/verify-api-key";
import { createAccessCache } from "@/server/services/access/access-cache";

/** Keys without limits, by hash, for at most a second (see access-cache.ts). */
export const keyCache = createAccessCache<KeyRow>();
