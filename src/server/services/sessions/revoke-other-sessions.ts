import { forgetCachedAccess } from "@/server/actor/access-cache";
import { requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";

/**
 * Ends every session of the caller except the one this request came with (called with an API
 * key, that is all of them). Ending none writes no event.
 */
export async function revokeOtherSessions({ actor }: { actor: Actor }) {
  requireUnscopedKey(actor, "ending sessions");
  const sessionsRevoked = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const { count } = await tx.session.deleteMany({
      where: { userId: actor.user.id, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
    });
    if (count) {
      await audit(actor, {
        organizationId: actor.organizationId,
        action: "session.revokeOthers",
        target: { type: "user", id: actor.user.id, name: actor.user.username },
        after: { sessionsRevoked: count },
      });
    }
    return count;
  });
  if (sessionsRevoked) forgetCachedAccess();
  return { success: true as const, sessionsRevoked };
}
