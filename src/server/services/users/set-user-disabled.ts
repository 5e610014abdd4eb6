import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { forgetCachedAccess } from "@/server/actor/access-cache";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findMemberOrThrow } from "./find-member";
import { assertMayActOn, assertOnlyInThisOrganization } from "./manage-target";

/**
 * Disables a member's account (as Dagu and the data platform do) or enables it again. Disabled:
 * sign-in refused, every session deleted, API keys refused from the next request (verification
 * checks the account and the key cache is cleared). History, memberships, keys and ownership
 * stay, so enabling restores everything. Nobody disables themselves or the owner; only the owner
 * disables administrators.
 * System users can be disabled: it is how their keys are stopped without deleting them.
 */
export async function setUserDisabled({ actor, userId, disabled }: { actor: Actor; userId: string; disabled: boolean }) {
  requirePermission(actor, "member:update");
  const target = await findMemberOrThrow(actor, userId);
  if (disabled && target.userId === actor.user.id) throw new AppError("FORBIDDEN", "You cannot disable yourself");
  if (disabled && target.role === "owner") throw new AppError("FORBIDDEN", "The organization owner cannot be disabled");
  assertMayActOn(actor, target, disabled ? "disable" : "enable");
  await assertOnlyInThisOrganization(actor, userId, "sign-in");

  const result = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    // Conditional: of two concurrent calls only one changes the row and writes the event.
    const flipped = await tx.user.updateMany({
      where: { id: userId, banned: !disabled },
      data: { banned: disabled, banReason: disabled ? `Disabled by ${actor.user.username}` : null, banExpires: null },
    });
    if (!flipped.count) return { changed: false, sessionsRevoked: 0 };
    const sessions = disabled ? (await tx.session.deleteMany({ where: { userId } })).count : 0;
    await audit(actor, {
      organizationId: actor.organizationId,
      action: disabled ? "user.disable" : "user.enable",
      target: { type: "user", id: userId, name: target.user.username },
      before: { enabled: disabled },
      after: { enabled: !disabled, ...(disabled ? { sessionsRevoked: sessions } : {}) },
    });
    return { changed: true, sessionsRevoked: sessions };
  });
  forgetCachedAccess();
  return { success: true as const, userId, enabled: !disabled, ...result };
}
