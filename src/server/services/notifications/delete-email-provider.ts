import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { auditedSettings, findProviderOrThrow } from "./provider-view";

/**
 * Removes a provider. Emails already queued through it fail with a clear error rather than go
 * through another server the administrator did not choose for them.
 */
export async function deleteEmailProvider({ actor, providerId }: { actor: Actor; providerId: string }): Promise<{ success: true; notificationId: string }> {
  requirePermission(actor, "settings:manage");
  const organizationId = actor.organizationId;
  return auditedTransaction(organizationId, async (tx, audit) => {
    const current = await findProviderOrThrow(tx, organizationId, providerId);
    const { count } = await tx.emailProvider.deleteMany({ where: { id: current.id, organizationId } });
    if (count === 1) {
      await audit(actor, { organizationId, action: "notification.delete", target: { type: "emailProvider", id: current.id, name: current.name }, before: auditedSettings(current) });
    }
    return { success: true as const, notificationId: current.id };
  });
}
