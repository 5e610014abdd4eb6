import { forgetCachedAccess } from "@/server/actor/access-cache";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { liftSignInLock } from "@/server/services/sign-in/lift-sign-in-lock";
import { findMemberOrThrow } from "./find-member";
import { assertMayActOn, assertOnlyInThisOrganization } from "./manage-target";

/**
 * An administrator sets another member's password (Dagu's reset) and ends every session of theirs in
 * the same transaction: better-auth's setUserPassword keeps them (better-auth issue #9855), which
 * would leave whoever knew the old password signed in. A user without a password yet (created by
 * upsert) gets one. A lock from failed password checks is lifted: the new password is meant to be
 * used now. API keys are not affected: revoke them separately.
 */
export async function resetUserPassword({ actor, userId, password }: { actor: Actor; userId: string; password: string }) {
  requirePermission(actor, "member:update");
  const target = await findMemberOrThrow(actor, userId);
  if (target.userId === actor.user.id) {
    throw new AppError("FORBIDDEN", "Change your own password with user.update and your current password");
  }
  if (target.user.system) throw new AppError("FORBIDDEN", "System users have no password: they sign in with API keys only");
  assertMayActOn(actor, target, "reset the password of");
  await assertOnlyInThisOrganization(actor, userId, "password");
  const hash = await hashPassword(password);

  const sessionsRevoked = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const updated = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    if (!updated.count) {
      await tx.account.create({ data: { id: randomUUID(), userId, accountId: userId, providerId: "credential", password: hash } });
    }
    const { count } = await tx.session.deleteMany({ where: { userId } });
    const unlocked = (await liftSignInLock(tx, userId)) !== null;
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "user.resetPassword",
      target: { type: "user", id: userId, name: target.user.username },
      after: { passwordReset: true, sessionsRevoked: count, ...(unlocked ? { unlocked } : {}) },
    });
    return count;
  });
  if (sessionsRevoked) forgetCachedAccess();
  return { success: true as const, userId, sessionsRevoked };
}
