// API keys and session tokens written straight to the database, for tests that need a credential
// without going through user.createApiKey or a sign-in (fast, and any state: expired, scoped…).
import { randomBytes, randomUUID } from "node:crypto";
import type { Permission } from "@/lib/permissions";
import { hashApiKey } from "@/server/actor/hash-api-key";
import { db } from "@/server/db";
import { encodeKeyPermissions } from "@/server/actor/key-permissions";

type KeyOptions = {
  name?: string;
  expiresAt?: Date;
  permissions?: Permission[];
  remaining?: number;
  rateLimit?: { max: number; windowSeconds: number };
};

/** A key for `userId` acting in `organizationId`; returns the key (shown once) and its id. */
export async function insertApiKey(userId: string, organizationId: string, options: KeyOptions = {}) {
  const key = `rst_${randomBytes(24).toString("base64url")}`;
  const row = await db.apikey.create({
    data: {
      id: randomUUID(),
      name: options.name ?? "test key",
      prefix: "rst",
      start: key.slice(0, 10),
      key: hashApiKey(key),
      referenceId: userId,
      organizationId,
      metadata: JSON.stringify({ organizationId }),
      expiresAt: options.expiresAt ?? null,
      permissions: options.permissions ? encodeKeyPermissions(options.permissions) : null,
      remaining: options.remaining ?? null,
      rateLimitEnabled: Boolean(options.rateLimit),
      rateLimitMax: options.rateLimit?.max ?? null,
      rateLimitTimeWindow: options.rateLimit ? options.rateLimit.windowSeconds * 1000 : null,
    },
    select: { id: true },
  });
  return { key, id: row.id };
}

/** A better-auth session for `userId` in `organizationId`; its token works as `Authorization: Bearer`. */
export async function insertSession(userId: string, organizationId: string | null = null) {
  return db.session.create({
    data: {
      id: randomUUID(),
      userId,
      token: randomBytes(24).toString("hex"),
      expiresAt: new Date(Date.now() + 3_600_000),
      activeOrganizationId: organizationId,
    },
  });
}
