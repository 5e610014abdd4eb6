import type { TInvitation } from "@/lib/schemas/invitation";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { findInvitationOrThrow } from "./find-invitation";
import { invitationStateError } from "./invitation-state-error";
import { invitationState, toInvitation } from "./invitation-view";

/** Withdraws a pending (or expired) invitation: its link stops working and the address may be invited again. */
export async function cancelInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): Promise<TInvitation> {
  requirePermission(actor, "member:create");
  return auditedTransaction(actor.organizationId, async (tx, audit) => {
    const before = await findInvitationOrThrow(actor.organizationId, invitationId, tx);
    const changed = await tx.invitation.updateMany({
      where: { id: before.id, organizationId: actor.organizationId, status: "pending" },
      data: { status: "cancelled", respondedAt: new Date() },
    });
    const state = invitationState(before);
    // Under the organization's lock a pending row is always cancelled; no change means it was answered.
    if (changed.count === 0) throw invitationStateError(state === "pending" || state === "expired" ? "cancelled" : state);
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "invitation.cancel",
      target: { type: "invitation", id: before.id, name: before.email },
      before: { status: state },
      after: { status: "cancelled" },
    });
    return toInvitation(await findInvitationOrThrow(actor.organizationId, invitationId, tx));
  });
}
