import type { Tx } from "@/server/db";
import { enqueueEmail } from "@/server/services/email/enqueue-email";
import { accessOf, INVITATION_SELECT, invitedRoleOf } from "./invitation-view";

export type InvitationEmail = {
  organizationId: string;
  invitationId: string;
  link: string;
  /** The provider to send through; the organization's default when absent. */
  providerId?: string | null;
};

const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Queues the invitation's email in the caller's transaction, so it is sent only if the invitation
 * (or its new link) commits. 400 when the organization has no email provider, 404 for a provider
 * of another organization, 429 over the organization's hourly sending cap.
 */
export async function deliverInvitation(tx: Tx, email: InvitationEmail): Promise<{ deliveryId: string }> {
  const invitation = await tx.invitation.findFirstOrThrow({
    where: { id: email.invitationId, organizationId: email.organizationId },
    select: { ...INVITATION_SELECT, organization: { select: { name: true } } },
  });
  return enqueueEmail(tx, {
    organizationId: email.organizationId,
    providerId: email.providerId ?? null,
    kind: "invitation",
    to: invitation.email,
    invitationId: invitation.id,
    template: {
      template: "invitation",
      organizationName: invitation.organization.name,
      inviterName: invitation.inviter?.name ?? "An administrator",
      roleLabel: title(invitedRoleOf(invitation)),
      accessSummary: accessOf(invitation),
      expiresAt: invitation.expiresAt,
      acceptUrl: email.link,
    },
  });
}
