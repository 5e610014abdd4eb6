import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { liftSignInLock } from "@/server/services/sign-in/lift-sign-in-lock";
import { findMemberOrThrow } from "./find-member";
import { assertMayActOn, assertOnlyInThisOrganization } from "./manage-target";

/**
 * An administrator lifts the lock that failed password checks put on a member's account, and
 * clears the count. Not yourself: a stolen session must not be able to reset the limit on guessing
 * your current password. Like a password reset it is refused for accounts shared with another
 * organization (their lock protects that organization too); such a lock ends on its own.
 * An account that was not locked changes nothing and writes no event.
 */
export async function unlockUser({ actor, userId }: { actor: Actor; userId: string }) {
  requirePermission(actor, "member:update");
  const target = await findMemberOrThrow(actor, userId);
  if (target.userId === actor.user.id) {
    throw new AppError("FORBIDDEN", "You cannot unlock your own account: another administrator can, or the lock ends on its own");
  }
  assertMayActOn(actor, target, "unlock");
  await assertOnlyInThisOrganization(actor, userId, "sign-in");

  const unlocked = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    const lockedUntil = await liftSignInLock(tx, userId);
    if (!lockedUntil) return false;
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "user.unlock",
      target: { type: "user", id: userId, name: target.user.username },
      before: { lockedUntil },
      after: { locked: false },
    });
    return true;
  });
  return { success: true as const, userId, unlocked };
}
