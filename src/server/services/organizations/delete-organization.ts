import { AppError, fieldError, notFound } from "@/lib/errors";
import type { TDeleteOrganizationInput } from "@/lib/schemas/organization";
import { requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { deleteAccountsWithoutOrganization } from "@/server/services/users/delete-accounts-without-organization";
import { findActiveOrganizationOrThrow } from "./find-active-organization";
import { instanceOrganizationId } from "./instance-administrators";

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Deletes the organization the caller acts in, with everything in it: members, groups, workspaces,
 * invitations, API keys, email providers and deliveries, and its audit log. Only its owner may, and
 * only by typing its name or slug in `confirm`. Accounts that belong to no other organization are
 * deleted too, as user.remove does. The organization made at setup cannot be deleted (its owner
 * and administrators administer the instance), and neither can the caller's only organization
 * (that would delete their own account). The deletion is recorded in the audit log of the
 * organization made at setup, since the organization's own log goes with it.
 */
export async function deleteOrganization({ actor, input }: { actor: Actor; input: TDeleteOrganizationInput }) {
  const organization = await findActiveOrganizationOrThrow(actor, input.organizationId);
  if (actor.membership.role !== "owner") throw new AppError("FORBIDDEN", "Only the organization's owner can delete it");
  requireUnscopedKey(actor, "deleting an organization");
  if (!sameText(input.confirm, organization.name) && !sameText(input.confirm, organization.slug)) {
    throw fieldError("confirm", `Type the organization's name ("${organization.name}") or slug ("${organization.slug}") to confirm`);
  }
  const instanceOrganization = await instanceOrganizationId();
  if (!instanceOrganization || instanceOrganization === organization.id) {
    throw new AppError("FORBIDDEN", "The organization made at setup cannot be deleted: its owner and administrators administer this server");
  }
  const accountsDeleted = await auditedTransaction([organization.id, instanceOrganization], async (tx, audit) => {
    // Under the lock: a concurrent delete already took it (404).
    const members = await tx.member.findMany({ where: { organizationId: organization.id }, select: { userId: true } });
    if (!(await tx.organization.count({ where: { id: organization.id } }))) throw notFound("Organization");
    // Every deletion locks the setup organization too, so this count holds against concurrent ones.
    if ((await tx.member.count({ where: { userId: actor.user.id } })) < 2) {
      throw new AppError("FORBIDDEN", "This is your only organization: deleting it would delete your own account");
    }
    await tx.session.updateMany({ where: { activeOrganizationId: organization.id }, data: { activeOrganizationId: null } });
    // Deliveries name their organization without a foreign key; their queued jobs find nothing to send.
    await tx.emailDelivery.deleteMany({ where: { organizationId: organization.id } });
    await tx.organization.delete({ where: { id: organization.id } });
    const deleted = await deleteAccountsWithoutOrganization(tx, members.map((m) => m.userId));
    await audit(actor, {
      organizationId: instanceOrganization,
      action: "organization.delete",
      target: { type: "organization", id: organization.id, name: organization.name },
      before: { name: organization.name, slug: organization.slug, members: members.length },
      after: { accountsDeleted: deleted.length },
    });
    return deleted.length;
  });
  forgetCachedAccess();
  return { success: true as const, organizationId: organization.id, accountsDeleted };
}
