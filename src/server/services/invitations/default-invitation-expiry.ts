import { INVITATION_DEFAULT_SECONDS } from "@/lib/schemas/invitation";
import { db, type Tx } from "@/server/db";

/** Seconds an invitation of the organization lasts when the inviter gives none (organization.update sets it). */
export async function defaultInvitationExpiry(organizationId: string, client: Tx | typeof db = db): Promise<number> {
  const row = await client.organization.findUnique({ where: { id: organizationId }, select: { invitationExpirySeconds: true } });
  return row?.invitationExpirySeconds ?? INVITATION_DEFAULT_SECONDS;
}
