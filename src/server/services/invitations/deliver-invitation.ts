import type { Tx } from "@/server/db";
import { enqueueEmail, type EnqueueEmailInput } from "@/server/services/email/enqueue-email";
import { accessOf, type InvitationRow, invitedRoleOf } from "./invitation-view";

export type InvitationEmail = {
  invitation: InvitationRow;
  organizationName: string;
  link: string;
  /** The provider to send through; the organization's default when absent. */
  providerId?: string | null;
};

const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The organization's name, for the emails of a batch (read once, in the caller's transaction). */
export const organizationNameOf = async (tx: Tx, organizationId: string) =>
  (await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } })).name;

/**
 * Queues the invitation's email in the caller's transaction, so it is sent only if the invitation
 * (or its new link) commits. 400 when the organization has no email provider, 404 for a provider
 * of another organization, 429 over the organization's hourly sending cap.
 */
export async function deliverInvitation(tx: Tx, email: InvitationEmail): Promise<{ deliveryId: string }> {
  return enqueueEmail(tx, invitationEmail(email));
}

/** The invitation's email, ready for enqueueEmail(s). */
export function invitationEmail({ invitation, organizationName, link, providerId }: InvitationEmail): EnqueueEmailInput {
  return {
    organizationId: invitation.organizationId,
    providerId: providerId ?? null,
    kind: "invitation",
    to: invitation.email,
    invitationId: invitation.id,
    template: {
      template: "invitation",
      organizationName,
      inviterName: invitation.inviter?.name ?? "An administrator",
      roleLabel: title(invitedRoleOf(invitation)),
      accessSummary: accessOf(invitation),
      expiresAt: invitation.expiresAt,
      acceptUrl: link,
    },
  };
}
