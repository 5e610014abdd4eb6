import type { TOwnInvitation } from "@/lib/schemas/invitation";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { accessOf, INVITATION_SELECT, memberRoleOf } from "./invitation-view";

/** Dokploy's getInvitations: the caller's own pending, unexpired invitations, from every organization. */
export async function listOwnInvitations({ actor }: { actor: Actor }): Promise<TOwnInvitation[]> {
  const rows = await db.invitation.findMany({
    where: { email: actor.user.email.toLowerCase(), status: "pending", expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { ...INVITATION_SELECT, organization: { select: { id: true, name: true, createdAt: true } } },
    take: 100,
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: memberRoleOf(row),
    status: "pending",
    expiresAt: row.expiresAt.toISOString(),
    organization: { id: row.organization.id, name: row.organization.name, createdAt: row.organization.createdAt.toISOString() },
    inviter: row.inviter ? { name: row.inviter.name } : null,
    access: accessOf(row),
  }));
}
