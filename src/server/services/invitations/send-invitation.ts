import { requirePermission, type Actor } from "@/server/actor/actor";
import { reissueInvitation } from "./reissue-invitation";

/**
 * Dokploy's sendInvitation: emails a pending invitation through the named email provider. Both the
 * invitation and the provider must be the organization's (404 otherwise). The email carries a fresh
 * link (the earlier one stops working); the expiry is kept, so an expired invitation is resent instead.
 */
export async function sendInvitation({ actor, invitationId, notificationId }: { actor: Actor; invitationId: string; notificationId: string }) {
  requirePermission(actor, "member:create");
  const { link, deliveryId } = await reissueInvitation({
    actor,
    invitationId,
    expiresIn: null,
    send: { providerId: notificationId },
    action: "invitation.send",
  });
  return { deliveryId: deliveryId!, link };
}
