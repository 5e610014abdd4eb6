import type { TInvitationWithLink } from "@/lib/schemas/invitation";
import type { Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { deliverInvitation } from "./deliver-invitation";
import { findInvitationOrThrow } from "./find-invitation";
import { invitationStateError } from "./invitation-state-error";
import { invitationLink, newInvitationToken } from "./invitation-token";
import { invitationState, toInvitation } from "./invitation-view";

type Reissue = {
  actor: Actor;
  invitationId: string;
  /** Seconds of validity from now; null keeps the expiry. */
  expiresIn: number | null;
  /** Queue an email: through this provider, or the organization's default when null. */
  send: { providerId: string | null } | false;
  action: "invitation.resend" | "invitation.send";
};

/**
 * A fresh link for a pending invitation (expired ones too): a new token replaces the old, whose link
 * stops working, since only the token's hash is kept and a link cannot be shown twice. Answered,
 * used or cancelled invitations cannot be reissued (409 saying which).
 */
export async function reissueInvitation({ actor, invitationId, expiresIn, send, action }: Reissue): Promise<TInvitationWithLink> {
  return auditedTransaction(actor.organizationId, async (tx, audit) => {
    const before = await findInvitationOrThrow(actor.organizationId, invitationId, tx);
    const state = invitationState(before);
    if (state !== "pending" && state !== "expired") throw invitationStateError(state);
    // Keeping the expiry of an expired invitation would send a dead link: that needs a resend.
    if (state === "expired" && expiresIn === null) throw invitationStateError("expired");
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = expiresIn === null ? before.expiresAt : new Date(Date.now() + expiresIn * 1000);
    await tx.invitation.update({ where: { id: before.id }, data: { tokenHash, expiresAt } });
    const after = await findInvitationOrThrow(actor.organizationId, invitationId, tx);
    const link = invitationLink(token);
    const deliveryId = send
      ? (await deliverInvitation(tx, { organizationId: actor.organizationId, invitationId, link, providerId: send.providerId }))
          .deliveryId
      : null;
    await audit(actor, {
      organizationId: actor.organizationId,
      action,
      target: { type: "invitation", id: after.id, name: after.email },
      before: { status: state, expiresAt: before.expiresAt },
      after: { status: invitationState(after), expiresAt: after.expiresAt, emailed: Boolean(send) },
    });
    return { invitation: toInvitation(after), link, deliveryId };
  });
}
