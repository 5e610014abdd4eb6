import { AppError } from "@/lib/errors";
import { DISABLED_MESSAGE } from "@/server/auth";
import { db } from "@/server/db";
import { decodeKeyPermissions } from "@/server/services/api-keys/key-permissions";
import { asRole, type Identity, type RequestInfo } from "./actor";
import { hashApiKey } from "./hash-api-key";

type KeyRow = {
  id: string;
  organizationId: string | null;
  enabled: boolean;
  expiresAt: Date | null;
  permissions: string | null;
  userId: string;
  name: string;
  email: string;
  username: string;
  system: boolean;
  banned: boolean;
  memberId: string | null;
  role: string | null;
};

/**
 * One indexed, joined SELECT: the key by its hash, its owner, and the owner's membership in the
 * key's organization. Returns null when no key has this hash (the caller may then try a session);
 * throws 401 for a key that exists but may not be used.
 */
export async function verifyApiKey(key: string, request: RequestInfo): Promise<Identity | null> {
  const rows = await db.$queryRaw<KeyRow[]>`
    SELECT k.id, k."organizationId", k.enabled, k."expiresAt", k.permissions,
           u.id AS "userId", u.name, u.email, u.username, u.system, u.banned,
           m.id AS "memberId", m.role
    FROM apikey k
    JOIN "user" u ON u.id = k."referenceId"
    LEFT JOIN member m ON m."organizationId" = k."organizationId" AND m."userId" = k."referenceId"
    WHERE k.key = ${hashApiKey(key)}`;
  const row = rows[0];
  if (!row) return null;
  if (!row.enabled) throw new AppError("UNAUTHORIZED", "This API key is disabled");
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
    throw new AppError("UNAUTHORIZED", `This API key expired at ${row.expiresAt.toISOString()}`);
  }
  if (row.banned) throw new AppError("UNAUTHORIZED", `The owner of this API key is disabled. ${DISABLED_MESSAGE}`);
  if (!row.memberId || !row.organizationId || !row.role) {
    throw new AppError("UNAUTHORIZED", "The owner of this API key is no longer a member of its organization");
  }
  return {
    user: { id: row.userId, name: row.name, email: row.email, username: row.username, system: row.system },
    sessionId: null,
    apiKey: { id: row.id, permissions: decodeKeyPermissions(row.permissions) },
    membership: { id: row.memberId, organizationId: row.organizationId, role: asRole(row.role) },
    request,
  };
}
