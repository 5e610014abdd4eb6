import { forgetCachedAccess } from "@/server/actor/access-cache";
import type { Actor } from "@/server/actor/actor";
import { requireUnscopedKey } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { claimInvitation } from "./claim-invitation";
import { findOwnInvitationOrThrow } from "./find-own-invitation";
import { grantInvitationAccess } from "./grant-invitation-access";
import { accessOf, invitedRoleOf } from "./invitation-view";

export type InvitationAnswer = { organizationId: string; userId: string; invitation: { id: string; status: "accepted" | "rejected" } };

/**
 * The signed-in person answers an invitation addressed to their account's email: accepting makes
 * them a member of the inviting organization with its access, in the same transaction as the
 * answer and its audit event (recorded in that organization's trail).
 */
export async function respondToInvitation({ actor, invitationId, answer }: { actor: Actor; invitationId: string; answer: "accept" | "reject" }): Promise<InvitationAnswer> {
  // A key narrowed to some permissions must not join its owner to another organization.
  requireUnscopedKey(actor, answer === "accept" ? "Accepting an invitation" : "Declining an invitation");
  const found = await findOwnInvitationOrThrow(actor.user.email, invitationId);
  const status = answer === "accept" ? "accepted" : "rejected";
  const answered: InvitationAnswer = await auditedTransaction(found.organizationId, async (tx, audit) => {
    await claimInvitation(tx, found.id, { status, userId: actor.user.id });
    if (answer === "accept") await grantInvitationAccess(tx, found, actor.user.id);
    await audit(actor, {
      organizationId: found.organizationId,
      action: answer === "accept" ? "invitation.accept" : "invitation.reject",
      target: { type: "invitation", id: found.id, name: found.email },
      before: { status: "pending" },
      after: { status, userId: actor.user.id, username: actor.user.username, ...(answer === "accept" ? { role: invitedRoleOf(found), access: accessOf(found) } : {}) },
    });
    return { organizationId: found.organizationId, userId: actor.user.id, invitation: { id: found.id, status } };
  });
  // A new membership can be the one the person's sessions act in.
  if (answer === "accept") forgetCachedAccess();
  return answered;
}
