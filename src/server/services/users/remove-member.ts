import { AppError, notFound } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { deleteAccountsWithoutOrganization } from "./delete-accounts-without-organization";
import { findMemberOrThrow } from "./find-member";

/**
 * Removes a member from the caller's organization (Dokploy's rules): only administrators; never
 * the owner; not yourself; only the owner removes admins; system users are read-only here.
 * Their sessions end and their keys for this organization are deleted; the account goes too when
 * it belongs to no other organization.
 */
export async function removeMember({ actor, userId }: { actor: Actor; userId: string }) {
  // Tenancy before permission: another organization's user is "not found" to every caller.
  const target = await findMemberOrThrow(actor, userId);
  requirePermission(actor, "member:delete");
  if (target.role === "owner") throw new AppError("FORBIDDEN", "The organization owner cannot be removed");
  if (target.userId === actor.user.id) throw new AppError("FORBIDDEN", "You cannot remove yourself");
  if (target.role === "admin" && actor.membership.role !== "owner") {
    throw new AppError("FORBIDDEN", "Only the owner can remove administrators");
  }
  if (target.user.system) throw new AppError("FORBIDDEN", "System users are read-only: they cannot be removed here");

  const accountDeleted = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    // The role condition re-checks the rule under the row lock: a concurrent ownership transfer
    // cannot slip an owner through.
    const removed = await tx.member.deleteMany({ where: { id: target.id, role: { not: "owner" } } });
    if (removed.count === 0) {
      // Removed by a concurrent call: gone, as a later call would find it; else it became the owner.
      if (!(await tx.member.count({ where: { id: target.id } }))) throw notFound("User");
      throw new AppError("CONFLICT", "This member changed meanwhile; reload and try again");
    }
    await tx.apikey.deleteMany({ where: { referenceId: userId, organizationId: actor.organizationId } });
    await tx.session.deleteMany({ where: { userId } });
    const deleted = (await deleteAccountsWithoutOrganization(tx, [userId])).length > 0;
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "user.remove",
      target: { type: "user", id: userId, name: target.user.username },
      before: { role: target.role },
      after: { accountDeleted: deleted },
    });
    return deleted;
  });
  forgetCachedAccess();
  return { success: true as const, userId, accountDeleted };
}
