import { createHash } from "node:crypto";

/**
 * The stored form of an API key: SHA-256, base64url without padding — the same as
 * @better-auth/api-key's default hasher, so its own verifyApiKey accepts Roster's keys.
 * node:crypto's synchronous hash is used on the hot path instead of the plugin's async WebCrypto.
 */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("base64url");
