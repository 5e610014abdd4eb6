import { AppError } from "@/lib/errors";
import { DISABLED_MESSAGE } from "@/server/auth";
import { sql } from "@/server/db";
import { recordKeyVerification } from "@/server/metrics-registry";
import { createAccessCache } from "./access-cache";
import type { Identity, RequestInfo } from "./actor";
import { hashApiKey } from "./hash-api-key";
import { rejectOverLimit, spendLimitsOf } from "./key-limits";
import { decodeKeyPermissions } from "./key-permissions";
import { identityMembership, identityUser, MEMBER_GROUPS, type IdentityColumns } from "./load-membership";
import { touchLastUsed } from "./touch-last-used";

type KeyRow = IdentityColumns & {
  id: string;
  enabled: boolean;
  expiresAt: Date | null;
  permissions: string | null;
  limited: boolean;
  /** For a limited key: whether this request was spent from its limits. */
  spent: boolean;
};

/**
 * One statement: the key by its hash, its owner, the owner's membership in the key's organization
 * and the groups' grants (enough to compute permissions with no other query) — and, for a usable
 * key with limits, the atomic UPDATE that spends them (`spent`). A key without limits is only read.
 */
const LOAD_KEY = `
  WITH found AS (
    SELECT k.id, k."organizationId", k.enabled, k."expiresAt", k.permissions,
           (k."rateLimitEnabled" OR k.remaining IS NOT NULL) AS limited,
           u.id AS "userId", u.name, u.email, u.username, u.system, u.banned,
           m.id AS "memberId", m.role, m.grants, m."workspaceRole",
           ${MEMBER_GROUPS}
    FROM apikey k
    JOIN "user" u ON u.id = k."referenceId"
    LEFT JOIN member m ON m."organizationId" = k."organizationId" AND m."userId" = k."referenceId"
    WHERE k.key = $1
  ),
  spent AS (${spendLimitsOf(`(SELECT id FROM found
    WHERE limited AND enabled AND NOT banned AND "memberId" IS NOT NULL
      AND ("expiresAt" IS NULL OR "expiresAt" > (now() AT TIME ZONE 'UTC')))`)})
  SELECT found.*, EXISTS (SELECT 1 FROM spent) AS spent FROM found`;

/** Keys without limits, by hash, for at most a second (see access-cache.ts). */
const keyCache = createAccessCache<KeyRow>();

async function loadKey(hash: string): Promise<KeyRow | null> {
  const { rows } = await sql.query<KeyRow>(LOAD_KEY, [hash]);
  return rows[0] ?? null;
}

function refuse(row: KeyRow): AppError | null {
  if (!row.enabled) return new AppError("UNAUTHORIZED", "This API key is disabled");
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
    return new AppError("UNAUTHORIZED", `This API key expired at ${row.expiresAt.toISOString()}`);
  }
  if (row.banned) return new AppError("UNAUTHORIZED", `The owner of this API key is disabled. ${DISABLED_MESSAGE}`);
  if (!row.memberId || !row.organizationId || !row.role) {
    return new AppError("UNAUTHORIZED", "The owner of this API key is no longer a member of its organization");
  }
  return null;
}

/**
 * Verifies an API key. Returns null when no key has this hash (the caller may then try a session);
 * throws 401 for a key that exists but may not be used, 429 for one over its limits.
 * Keys without limits are served from a per-instance cache for up to a second (no statement, no
 * write); revoking anything on this instance clears it at once. Keys with limits are never cached:
 * each request is one statement that reads the key and spends its limits atomically, so limits hold
 * exactly across instances.
 */
export async function verifyApiKey(key: string, request: RequestInfo): Promise<Identity | null> {
  const hash = hashApiKey(key);
  let row: KeyRow | null | undefined = keyCache.get(hash);
  if (!row) {
    const generation = keyCache.generation();
    row = await loadKey(hash);
    if (!row) {
      recordKeyVerification("invalid", null);
      return null;
    }
    if (!row.limited) keyCache.set(hash, row, generation);
  }
  const refusal = refuse(row);
  if (refusal) {
    recordKeyVerification("refused", row.organizationId);
    throw refusal;
  }
  if (row.limited && !row.spent) await rejectOverLimit(row.id, row.organizationId!);
  if (!row.limited) touchLastUsed(row.id);
  recordKeyVerification("ok", row.organizationId);
  return {
    user: identityUser(row),
    credential: "apiKey",
    sessionId: null,
    apiKey: {
      id: row.id,
      permissions: decodeKeyPermissions(row.permissions),
      restricted: row.permissions !== null || row.limited || row.expiresAt !== null,
    },
    membership: identityMembership(row),
    request,
  };
}
