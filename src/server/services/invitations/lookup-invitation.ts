import { notFound } from "@/lib/errors";
import type { TInvitationLookup } from "@/lib/schemas/invitation";
import { db } from "@/server/db";
import { hashInvitationToken } from "./invitation-token";
import { accessOf, INVITATION_SELECT, invitationState, invitedRoleOf } from "./invitation-view";

/** The invitation behind a link's token, by its hash (an unknown or replaced token is 404). */
export async function findInvitationByToken(token: string) {
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { ...INVITATION_SELECT, organization: { select: { id: true, name: true } } },
  });
  if (!row) throw notFound("Invitation");
  return row;
}

/**
 * What the accept page shows to whoever holds the link: the organization, who invited, the access,
 * the expiry and the state (so a used, declined, cancelled or expired link says which), and whether
 * an account with the invited email exists (then the page asks to sign in instead of signing up).
 */
export async function lookupInvitation({ token }: { token: string }): Promise<TInvitationLookup> {
  const row = await findInvitationByToken(token);
  const account = await db.user.findUnique({ where: { email: row.email }, select: { id: true } });
  return {
    id: row.id,
    email: row.email,
    organization: row.organization,
    inviter: row.inviter ? { name: row.inviter.name } : null,
    role: invitedRoleOf(row),
    access: accessOf(row),
    expiresAt: row.expiresAt.toISOString(),
    status: invitationState(row),
    hasAccount: account !== null,
  };
}
