import { notFound } from "@/lib/errors";
import { db, type Tx } from "@/server/db";
import { INVITATION_SELECT } from "./invitation-view";

/** An invitation of the organization by id; another organization's is "not found". */
export async function findInvitationOrThrow(organizationId: string, invitationId: string, client: Tx | typeof db = db) {
  const row = await client.invitation.findFirst({ where: { id: invitationId, organizationId }, select: INVITATION_SELECT });
  if (!row) throw notFound("Invitation");
  return row;
}
