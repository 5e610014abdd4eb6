import { AppError } from "@/lib/errors";
import type { Tx } from "@/server/db";

export type InvitationEmail = {
  organizationId: string;
  invitationId: string;
  to: string;
  link: string;
  providerId?: string | null;
};

/** Queues the invitation's email in the caller's transaction. */
export async function deliverInvitation(_tx: Tx, _email: InvitationEmail): Promise<{ deliveryId: string }> {
  throw new AppError("BAD_REQUEST", "No email provider is configured for this organization");
}
