import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
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
  const sessionsRevoked = await db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId } });
    if (count) {
      await recordAuditEvent(tx, actor, {
        organizationId: actor.organizationId,
        action: "user.revokeSessions",
        target: { type: "user", id: userId, name: target.user.username },
        after: { sessionsRevoked: count },
      });
    }
    return count;
  });
  return { success: true as const, userId, sessionsRevoked };
}
