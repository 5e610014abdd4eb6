import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { AppError } from "@/lib/errors";
import type { TAcceptWithSignUpInput } from "@/lib/schemas/invitation";
import type { RequestInfo } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { assertUserAvailable, userConflict } from "@/server/services/users/user-conflict";
import { claimInvitation } from "./claim-invitation";
import { grantInvitationAccess } from "./grant-invitation-access";
import { invitationStateError } from "./invitation-state-error";
import { accessOf, invitationState, invitedRoleOf } from "./invitation-view";
import { findInvitationByToken } from "./lookup-invitation";
import type { InvitationAnswer } from "./respond-to-invitation";

const ACCOUNT_EXISTS = "An account with this email already exists: sign in to accept the invitation";

/**
 * A new person signs up from an invitation link: the account (with the invited email, which cannot
 * be changed here), its password and its membership with the invited access are written in ONE
 * transaction with the invitation's answer, so a failure at any step leaves no account behind.
 */
export async function acceptInvitationWithSignUp({ input, request }: { input: TAcceptWithSignUpInput; request: RequestInfo }): Promise<InvitationAnswer> {
  const invitation = await findInvitationByToken(input.token);
  // Checked before the slow password hash; the conditional UPDATE below is the real guard.
  const state = invitationState(invitation);
  if (state !== "pending") throw invitationStateError(state);
  const username = input.username.toLowerCase();
  const candidate = { username, email: invitation.email };
  try {
    await assertUserAvailable(candidate);
  } catch (error) {
    throw accountExists(error);
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await auditedTransaction(invitation.organizationId, async (tx, audit) => {
      const userId = randomUUID();
      const user = await tx.user.create({
        data: {
          id: userId,
          username,
          displayUsername: input.username,
          email: invitation.email,
          // The invitation reached this address, so the address is verified.
          emailVerified: true,
          name: input.name,
          role: "user",
          accounts: { create: { id: randomUUID(), accountId: userId, providerId: "credential", password: passwordHash } },
        },
        select: { id: true, username: true },
      });
      await claimInvitation(tx, invitation.id, { status: "accepted", userId: user.id });
      await grantInvitationAccess(tx, invitation, user.id);
      await audit({ user, request }, {
        organizationId: invitation.organizationId,
        action: "invitation.accept",
        target: { type: "invitation", id: invitation.id, name: invitation.email },
        before: { status: "pending" },
        after: { status: "accepted", userId: user.id, username, newAccount: true, role: invitedRoleOf(invitation), access: accessOf(invitation) },
      });
      return { organizationId: invitation.organizationId, userId: user.id, invitation: { id: invitation.id, status: "accepted" as const } };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw accountExists(conflictOf(error, candidate));
  }
}

/** A unique violation on the username or email as its 409; anything else as it was. */
function conflictOf(error: unknown, candidate: { username: string; email: string }): unknown {
  try {
    userConflict(error, candidate);
  } catch (conflict) {
    return conflict;
  }
}

/** A taken email means the person has an account already: they sign in and accept instead. */
function accountExists(error: unknown): unknown {
  if (error instanceof AppError && error.code === "CONFLICT" && error.fieldErrors?.email) {
    return new AppError("CONFLICT", ACCOUNT_EXISTS, { fieldErrors: { email: [ACCOUNT_EXISTS] } });
  }
  return error;
}
