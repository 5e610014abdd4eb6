import { randomBytes, randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import type { TCreateApiKeyInput } from "@/lib/schemas/user";
import type { Actor } from "@/server/actor/actor";
import { hashApiKey } from "@/server/actor/hash-api-key";
import { loadMembership } from "@/server/actor/load-membership";
import { actorPermissions } from "@/server/actor/effective-permissions";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findMemberOrThrow } from "@/server/services/users/find-member";
import { encodeKeyPermissions } from "@/server/actor/key-permissions";

const DEFAULT_PREFIX = "rst";
const START_LENGTH = 10;

/**
 * Creates an API key for the caller in one of their organizations (metadata.organizationId, else
 * the active one). The key is returned once and stored as a hash. A permission scope can only
 * narrow the caller's own permissions in that organization. No limits unless asked for.
 */
export async function createApiKey({ actor, input }: { actor: Actor; input: TCreateApiKeyInput }) {
  if (actor.apiKey?.restricted) {
    // A scoped, limited or expiring key must not mint a key without its restrictions. A key with
    // none of them is its owner in full, so it may (Dokploy's documentation creates keys with a Bearer token).
    throw new AppError("FORBIDDEN", "Only an unrestricted API key (no permission scope, limit or expiry) can create API keys: sign in, or use one");
  }
  const systemUser = input.userId && input.userId !== actor.user.id ? await systemUserOwner(actor, input.userId, input) : null;
  const organizationId = input.metadata?.organizationId ?? actor.organizationId;
  if (actor.apiKey && organizationId !== actor.organizationId) {
    // A key is bound to its organization: it never reaches into another one its owner belongs to.
    throw new AppError("FORBIDDEN", "An API key acts only in the organization it was made for: sign in to create keys for another organization");
  }
  const membership =
    systemUser?.membership ??
    (organizationId === actor.organizationId ? actor.membership : await loadMembership(actor.user.id, organizationId));
  if (!membership || membership.organizationId !== organizationId) {
    throw new AppError("FORBIDDEN", "You can only create keys for an organization you belong to");
  }
  // A system user's key is narrowed within the system user's permissions, not the creator's.
  const permissions = narrowedPermissions(actorPermissions(membership, null), input.permissions);

  const prefix = input.prefix ?? DEFAULT_PREFIX;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  const now = new Date();
  const expiresAt = input.expiresIn ? new Date(now.getTime() + input.expiresIn * 1000) : null;
  const ms = (s: number | undefined) => (s === undefined ? null : s * 1000);

  const created = await auditedTransaction(organizationId, async (tx, audit) => {
    const row = await tx.apikey.create({
      data: {
        id: randomUUID(),
        name: input.name,
        prefix,
        start: key.slice(0, START_LENGTH),
        key: hashApiKey(key),
        referenceId: systemUser?.userId ?? actor.user.id,
        organizationId,
        createdAt: now,
        expiresAt,
        rateLimitEnabled: input.rateLimitEnabled ?? false,
        rateLimitTimeWindow: ms(input.rateLimitTimeWindow),
        rateLimitMax: input.rateLimitMax ?? null,
        remaining: input.remaining ?? null,
        refillAmount: input.refillAmount ?? null,
        refillInterval: ms(input.refillInterval),
        permissions: permissions ? encodeKeyPermissions(permissions) : null,
        metadata: JSON.stringify({ organizationId }),
      },
      select: { id: true, name: true, createdAt: true, expiresAt: true },
    });
    await audit(actor, {
      organizationId,
      action: "user.createApiKey",
      target: { type: "apiKey", id: row.id, name: input.name },
      after: {
        name: input.name,
        prefix,
        expiresAt,
        rateLimitEnabled: input.rateLimitEnabled ?? false,
        rateLimitTimeWindow: input.rateLimitTimeWindow ?? null,
        rateLimitMax: input.rateLimitMax ?? null,
        remaining: input.remaining ?? null,
        permissions: permissions ?? "all of the owner's",
        ...(systemUser ? { ownerId: systemUser.userId, owner: systemUser.username } : {}),
      },
    });
    return row;
  });
  return {
    id: created.id,
    name: created.name ?? input.name,
    key,
    prefix,
    start: key.slice(0, START_LENGTH),
    organizationId,
    createdAt: created.createdAt.toISOString(),
    expiresAt: created.expiresAt?.toISOString() ?? null,
  };
}

/**
 * Administrators create the keys of system users (service accounts sign in with nothing else),
 * in their active organization. People create their own keys: nobody mints a key for someone else.
 */
async function systemUserOwner(actor: Actor, userId: string, input: TCreateApiKeyInput) {
  if (actor.membership.role !== "owner" && actor.membership.role !== "admin") {
    throw new AppError("FORBIDDEN", "Only administrators can create API keys for system users");
  }
  if (input.metadata?.organizationId && input.metadata.organizationId !== actor.organizationId) {
    throw new AppError("FORBIDDEN", "A system user's key is created in your active organization");
  }
  const target = await findMemberOrThrow(actor, userId);
  if (!target.user.system) {
    throw new AppError("FORBIDDEN", "Only system users get keys from an administrator: people create their own");
  }
  const membership = await loadMembership(target.userId, actor.organizationId);
  return { userId: target.userId, username: target.user.username, membership };
}

function narrowedPermissions(held: ReadonlySet<Permission>, requested: Permission[] | undefined): Permission[] | null {
  if (!requested) return null;
  const beyond = requested.filter((p) => !held.has(p));
  if (beyond.length) {
    throw new AppError("FORBIDDEN", `A key cannot have permissions you do not hold: ${beyond.join(", ")}`, {
      fieldErrors: { permissions: [`You do not hold ${beyond.join(", ")}`] },
    });
  }
  return [...new Set(requested)].sort();
}
