import type { TUpdateUserSettingsInput, TUserSettings } from "@/lib/schemas/user-settings";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";

/** The User Manager's settings of the caller's organization; any member may read them. */
export async function getUserSettings({ actor }: { actor: Actor }): Promise<TUserSettings> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireUserGroup: true } });
  return { requireGroup: org.requireUserGroup };
}

/**
 * Changes the settings (settings:manage). Read and written under the organization's lock, so of
 * twenty identical calls one changes the value and writes the event; the others change nothing.
 */
export async function updateUserSettings({ actor, input }: { actor: Actor; input: TUpdateUserSettingsInput }) {
  requirePermission(actor, "settings:manage");
  return auditedTransaction(actor.organizationId, async (tx, audit) => {
    const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { requireUserGroup: true } });
    if (org.requireUserGroup === input.requireGroup) return { requireGroup: input.requireGroup, changed: false };
    await tx.organization.update({ where: { id: actor.organizationId }, data: { requireUserGroup: input.requireGroup } });
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "user.updateSettings",
      target: { type: "organization", id: actor.organizationId },
      before: { requireGroup: org.requireUserGroup },
      after: { requireGroup: input.requireGroup },
    });
    return { requireGroup: input.requireGroup, changed: true };
  });
}
