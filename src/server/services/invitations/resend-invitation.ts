import type { TInvitationWithLink, TResendInvitationInput } from "@/lib/schemas/invitation";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { defaultInvitationExpiry } from "./default-invitation-expiry";
import { reissueInvitation } from "./reissue-invitation";

/**
 * A new link and a new expiry (the organization's default when none is given), also after the old one expired; with `send`, a new email through the
 * organization's default provider. `send: false` is the dashboard's "copy link".
 */
export async function resendInvitation({ actor, input }: { actor: Actor; input: TResendInvitationInput }): Promise<TInvitationWithLink> {
  requirePermission(actor, "member:create");
  return reissueInvitation({
    actor,
    invitationId: input.invitationId,
    expiresIn: input.expiresIn ?? (await defaultInvitationExpiry(actor.organizationId)),
    send: input.send ? { providerId: null } : false,
    action: "invitation.resend",
  });
}
