import type { TEmailProvider, TUpdateEmailProviderInput } from "@/lib/schemas/notification";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { changedFields } from "@/server/services/audit/record-audit-event";
import { encryptProviderPassword } from "@/server/services/email/provider-secret";
import { auditedSettings, clearOtherDefault, findProviderOrThrow, PROVIDER_SELECT, providerNameTaken, toEmailProvider } from "./provider-view";

/**
 * Changes a provider's settings. An omitted password keeps the stored one; a new one replaces it
 * (a change the audit event records as "password changed", never its value); null removes it.
 */
export async function updateEmailProvider({ actor, input }: { actor: Actor; input: TUpdateEmailProviderInput }): Promise<TEmailProvider> {
  requirePermission(actor, "settings:manage");
  const organizationId = actor.organizationId;
  const { notificationId, password, ...fields } = input;
  try {
    const row = await auditedTransaction(organizationId, async (tx, audit) => {
      const current = await findProviderOrThrow(tx, organizationId, notificationId);
      const settings = { ...fields, username: fields.username === undefined ? undefined : fields.username || null };
      const diff = changedFields(auditedSettings(current), settings);
      const passwordChanged = password !== undefined && !(password === null && current.passwordEncrypted === null);
      if (!diff.changed && !passwordChanged) return current;
      if (fields.isDefault) await clearOtherDefault(tx, organizationId, current.id);
      const updated = await tx.emailProvider.update({
        where: { id: current.id, organizationId },
        data: { ...settings, ...(password === undefined ? {} : { passwordEncrypted: password ? encryptProviderPassword(password) : null }) },
        select: PROVIDER_SELECT,
      });
      await audit(actor, {
        organizationId,
        action: "notification.update",
        target: { type: "emailProvider", id: updated.id, name: updated.name },
        before: { ...diff.before, ...(passwordChanged ? { hasPassword: current.passwordEncrypted !== null } : {}) },
        after: { ...diff.after, ...(passwordChanged ? { hasPassword: updated.passwordEncrypted !== null, passwordChanged: true } : {}) },
      });
      return updated;
    });
    return toEmailProvider(row);
  } catch (error) {
    providerNameTaken(error, input.name ?? "");
  }
}
