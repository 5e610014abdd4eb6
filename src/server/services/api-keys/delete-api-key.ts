import { AppError, notFound } from "@/lib/errors";
import { can, requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { forgetCachedAccess } from "@/server/actor/access-cache";

/**
 * Revokes a key: your own, or any key of your organization with apiKey:manage. A key of another
 * organization is not found; so is, to a caller using an API key, their own key of another
 * organization (a key acts only in its own). It stops working before this returns (this instance)
 * and within a second everywhere else.
 */
export async function deleteApiKey({ actor, apiKeyId }: { actor: Actor; apiKeyId: string }) {
  const reach = actor.apiKey ? [{ organizationId: actor.organizationId }] : [{ organizationId: actor.organizationId }, { referenceId: actor.user.id }];
  const key = await db.apikey.findFirst({
    where: { id: apiKeyId, OR: reach },
    select: { id: true, name: true, referenceId: true, organizationId: true },
  });
  if (!key) throw notFound("API key");
  const own = key.referenceId === actor.user.id;
  if (!can(actor, "apiKey:manage")) {
    if (!own) throw new AppError("FORBIDDEN", "Only administrators can revoke other members' keys");
    requireUnscopedKey(actor, "revoking a key");
  }
  const organizationId = key.organizationId ?? actor.organizationId;
  await auditedTransaction(organizationId, async (tx, audit) => {
    // Two revocations of one key race: the second finds nothing to delete, and says so.
    const { count } = await tx.apikey.deleteMany({ where: { id: key.id } });
    if (!count) throw notFound("API key");
    await audit(actor, {
      organizationId,
      action: "user.deleteApiKey",
      target: { type: "apiKey", id: key.id, name: key.name },
      before: { name: key.name, ownerId: key.referenceId },
    });
  });
  forgetCachedAccess();
  return { success: true as const, apiKeyId: key.id };
}
