import { forgetCachedAccess } from "@/server/actor/access-cache";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findMemberOrThrow } from "./find-member";
import { assertMayActOn } from "./manage-target";

/**
 * An administrator signs a member out everywhere: every session of theirs ends. Sessions belong
 * to the account, so this signs them out of their other organizations too; that is a nuisance at
 * worst (they sign in again), unlike a password or a disable, which are refused for shared accounts.
 * Ending no session (none open) writes no event.
 */
export async function revokeUserSessions({ actor, userId }: { actor: Actor; userId: string }) {
  requirePermission(actor, "member:update");
  const target = await findMemberOrThrow(actor, userId);
  assertMayActOn(actor, target, "sign out");
  const sessionsRevoked = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const { count } = await tx.session.deleteMany({ where: { userId } });
    if (count) {
      await audit(actor, {
        organizationId: actor.organizationId,
        action: "user.revokeSessions",
        target: { type: "user", id: userId, name: target.user.username },
        after: { sessionsRevoked: count },
      });
    }
    return count;
  });
  if (sessionsRevoked) forgetCachedAccess();
  return { success: true as const, userId, sessionsRevoked };
}
