import { forgetCachedAccess } from "@/server/actor/access-cache";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { AppError, fieldError } from "@/lib/errors";
import type { TProfile, TUpdateSelfInput } from "@/lib/schemas/user";
import { requireUnscopedKey, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { changedFields } from "@/server/services/audit/record-audit-event";
import { clearPasswordFailures } from "@/server/services/sign-in/clear-password-failures";
import { assertNotLocked } from "@/server/services/sign-in/find-sign-in-lock";
import { recordPasswordFailure } from "@/server/services/sign-in/record-password-failure";
import { PROFILE_SELECT, toProfile } from "./profile";
import { assertUserAvailable } from "./user-conflict";

/**
 * The caller changes their own profile and, with their current password, their password.
 * A password change signs out every other session of theirs.
 */
export async function updateSelf({ actor, input }: { actor: Actor; input: TUpdateSelfInput }): Promise<TProfile> {
  if (actor.user.system) {
    throw new AppError("FORBIDDEN", "System users are read-only: they cannot be edited through the user endpoints");
  }
  requireUnscopedKey(actor, "changing your profile");
  const newPasswordHash = input.password ? await checkedNewPassword(actor, input) : null;
  const email = input.email?.toLowerCase();
  if (email && email !== actor.user.email) await assertUserAvailable({ email });
  const user = await auditedTransaction(actor.organizationId, async (tx, audit) => {
    // Read under the organization's lock: "changed" is decided against what earlier writers left,
    // so twenty identical calls at once write one event.
    const current = await tx.user.findUniqueOrThrow({
      where: { id: actor.user.id },
      select: { name: true, firstName: true, lastName: true, image: true, email: true },
    });
    const nameChanged = input.firstName !== undefined || input.lastName !== undefined;
    const derivedName = `${input.firstName ?? current.firstName} ${input.lastName ?? current.lastName}`.trim();
    const nextName = input.name ?? (nameChanged && derivedName ? derivedName : undefined);
    const diff = changedFields(current, { name: nextName, firstName: input.firstName, lastName: input.lastName, image: input.image, email });
    if (newPasswordHash) {
      await tx.account.updateMany({
        where: { userId: actor.user.id, providerId: "credential" },
        data: { password: newPasswordHash },
      });
      await tx.session.deleteMany({
        where: { userId: actor.user.id, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
      });
    }
    if (diff.changed || newPasswordHash) {
      await audit(actor, {
        organizationId: actor.organizationId,
        action: "user.update",
        target: { type: "user", id: actor.user.id, name: actor.user.username },
        before: diff.before,
        after: { ...diff.after, ...(newPasswordHash ? { passwordChanged: true } : {}) },
      });
    }
    return tx.user.update({
      where: { id: actor.user.id },
      data: {
        name: nextName,
        firstName: input.firstName,
        lastName: input.lastName,
        image: input.image,
        ...(email && email !== actor.user.email ? { email, emailVerified: false } : {}),
      },
      select: PROFILE_SELECT,
    });
  });
  // Cached sessions carry the name and email; a new password ended the other sessions.
  forgetCachedAccess();
  return toProfile(user);
}

/**
 * The current password is checked under the same per-account limit as sign-in: a stolen session or
 * key must not be a way to guess it without limit.
 */
async function checkedNewPassword(actor: Actor, input: TUpdateSelfInput): Promise<string> {
  const userId = actor.user.id;
  const account = await db.account.findFirst({
    where: { userId, providerId: "credential" },
    select: { password: true },
  });
  if (!account?.password) throw fieldError("password", "This account has no password to change");
  await assertNotLocked({ userId });
  const matches = await verifyPassword({ hash: account.password, password: input.currentPassword ?? "" });
  if (!matches) {
    await recordPasswordFailure({ userId }, actor.request);
    throw fieldError("currentPassword", "Current password is incorrect");
  }
  await clearPasswordFailures(userId);
  return hashPassword(input.password ?? "");
}
