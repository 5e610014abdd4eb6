import { notFound } from "@/lib/errors";
import { db, type Tx } from "@/server/db";
import { INVITATION_SELECT } from "./invitation-view";

/**
 * An invitation addressed to this account's email (compared lower-cased), in any organization.
 * Anyone else's is "not found": a person learns nothing about invitations that are not theirs.
 */
export async function findOwnInvitationOrThrow(email: string, invitationId: string, client: Tx | typeof db = db) {
  const row = await client.invitation.findFirst({ where: { id: invitationId, email: email.toLowerCase() }, select: INVITATION_SELECT });
  if (!row) throw notFound("Invitation");
  return row;
}
