import { forgetCachedAccess } from "@/server/actor/access-cache";
import { notFound } from "@/lib/errors";
import { requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";

/** Ends one of the caller's own sessions; anyone else's session is "not found". */
export async function revokeSession({ actor, sessionId }: { actor: Actor; sessionId: string }) {
  requireUnscopedKey(actor, "ending sessions");
  await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const session = await tx.session.findFirst({
      where: { id: sessionId, userId: actor.user.id },
      select: { id: true, createdAt: true, ipAddress: true, userAgent: true },
    });
    if (!session) throw notFound("Session");
    const { count } = await tx.session.deleteMany({ where: { id: session.id, userId: actor.user.id } });
    if (!count) throw notFound("Session");
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "session.revoke",
      target: { type: "session", id: session.id, name: actor.user.username },
      before: { createdAt: session.createdAt, ipAddress: session.ipAddress, userAgent: session.userAgent, current: session.id === actor.sessionId },
    });
  });
  forgetCachedAccess();
  return { success: true as const, sessionId };
}
