import type { TOrganization, TUpdateOrganizationInput } from "@/lib/schemas/organization";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { changedFields } from "@/server/services/audit/record-audit-event";
import { findActiveOrganizationOrThrow } from "./find-active-organization";
import { ORGANIZATION_SELECT, slugTaken, toOrganization } from "./organization-view";

/**
 * Renames the organization the caller acts in, or changes its slug, logo or the default expiry of
 * its invitations (settings:manage). A call that changes nothing writes no audit event.
 */
export async function updateOrganization({ actor, input }: { actor: Actor; input: TUpdateOrganizationInput }): Promise<TOrganization> {
  const found = await findActiveOrganizationOrThrow(actor, input.organizationId);
  requirePermission(actor, "settings:manage");
  const wanted = { name: input.name, slug: input.slug, logo: input.logo, invitationExpirySeconds: input.invitationExpiresIn };
  try {
    const row = await auditedTransaction(actor.organizationId, async (tx, audit) => {
      // Read again under the organization's lock: a concurrent identical call already made this change.
      const current = await findActiveOrganizationOrThrow(actor, found.id, tx);
      const diff = changedFields(current, wanted);
      if (!diff.changed) return current;
      const updated = await tx.organization.update({ where: { id: current.id }, data: wanted, select: ORGANIZATION_SELECT });
      await audit(actor, {
        organizationId: current.id,
        action: input.name !== undefined && input.name !== current.name ? "organization.rename" : "organization.update",
        target: { type: "organization", id: current.id, name: updated.name },
        before: diff.before,
        after: diff.after,
      });
      return updated;
    });
    return toOrganization(row);
  } catch (error) {
    slugTaken(error, input.slug ?? found.slug);
  }
}
