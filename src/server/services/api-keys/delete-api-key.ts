import { AppError, notFound } from "@/lib/errors";
import { can, requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { forgetCachedAccess } from "@/server/services/access/access-cache";

/**
 * Revokes a key: your own, or any key of your organization with apiKey:manage. A key of another
 * organization is not found. It stops working before this returns (this instance) and within a
 * second everywhere else.
 */
export async function deleteApiKey({ actor, apiKeyId }: { actor: Actor; apiKeyId: string }) {
  const key = await db.apikey.findFirst({
    where: { id: apiKeyId, OR: [{ organizationId: actor.organizationId }, { referenceId: actor.user.id }] },
    select: { id: true, name: true, referenceId: true, organizationId: true },
  });
  if (!key) throw notFound("API key");
  const own = key.referenceId === actor.user.id;
  if (!can(actor, "apiKey:manage")) {
    if (!own) throw new AppError("FORBIDDEN", "Only administrators can revoke other members' keys");
    requireUnscopedKey(actor, "revoking a key");
  }
  await db.$transaction(async (tx) => {
    await tx.apikey.delete({ where: { id: key.id } });
    await recordAuditEvent(tx, actor, {
      organizationId: key.organizationId ?? actor.organizationId,
      action: "user.deleteApiKey",
      target: { type: "apiKey", id: key.id, name: key.name },
      before: { name: key.name, ownerId: key.referenceId },
    });
  });
  forgetCachedAccess();
  return { success: true as const, apiKeyId: key.id };
}
