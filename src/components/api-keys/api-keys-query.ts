import type { TListApiKeysInput } from "@/lib/schemas/user";

export const API_KEYS_PAGE_SIZE = 50;

/**
 * user.listApiKeys' input for one page: one key more than a page, to know whether another follows.
 * Server pages prefetch the first page with the same input, so the keys match.
 */
export const apiKeysPageInput = (scope: "mine" | "organization", userId?: string, cursor?: string): TListApiKeysInput => ({
  scope,
  limit: API_KEYS_PAGE_SIZE + 1,
  ...(userId ? { userId } : {}),
  ...(cursor ? { cursor } : {}),
});
