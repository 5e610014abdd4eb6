import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import type { Tx } from "@/server/db";
import { auditedSettings, findProviderOrThrow } from "./provider-view";

/** The organization's oldest provider becomes its default. */
async function promoteOldest(tx: Tx, organizationId: string, promoted: (row: { id: string; name: string }) => Promise<unknown>) {
  const next = await tx.emailProvider.findFirst({ where: { organizationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true } });
  if (!next) return;
  await tx.emailProvider.update({ where: { id: next.id }, data: { isDefault: true } });
  await promoted(next);
}

/**
 * Removes a provider. Emails already queued through it fail with a clear error rather than go
 * through another server the administrator did not choose for them. When it was the default, the
 * oldest remaining provider becomes the default, so invitations keep a way out.
 */
export async function deleteEmailProvider({ actor, providerId }: { actor: Actor; providerId: string }): Promise<{ success: true; notificationId: string }> {
  requirePermission(actor, "settings:manage");
  const organizationId = actor.organizationId;
  return auditedTransaction(organizationId, async (tx, audit) => {
    const current = await findProviderOrThrow(tx, organizationId, providerId);
    const { count } = await tx.emailProvider.deleteMany({ where: { id: current.id, organizationId } });
    if (count === 1) {
      await audit(actor, { organizationId, action: "notification.delete", target: { type: "emailProvider", id: current.id, name: current.name }, before: auditedSettings(current) });
      if (current.isDefault) await promoteOldest(tx, organizationId, (next) =>
        audit(actor, { organizationId, action: "notification.update", target: { type: "emailProvider", id: next.id, name: next.name }, before: { isDefault: false }, after: { isDefault: true } }),
      );
    }
    return { success: true as const, notificationId: current.id };
  });
}
