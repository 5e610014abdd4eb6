import type { Prisma } from "@/generated/prisma/client";
import type { TInvitation, TListInvitationsInput } from "@/lib/schemas/invitation";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { NEWEST_FIRST, olderThan } from "@/server/services/paging/newest-first";
import { INVITATION_SELECT } from "./invitation-view";
import { withDelivery } from "./with-delivery";

/** The state filter as a condition on the row: expired and pending both read the clock. */
function stateWhere(status: TListInvitationsInput["status"], now: Date): Prisma.InvitationWhereInput {
  if (status === "pending") return { status: "pending", expiresAt: { gt: now } };
  if (status === "expired") return { status: "pending", expiresAt: { lte: now } };
  return status ? { status } : {};
}

/**
 * The organization's invitations, newest first, filtered by state and by part of the address, paged
 * by keyset: the cursor is the last item's id, so a page costs the same however many came before.
 */
export async function listInvitations({ actor, input }: { actor: Actor; input: TListInvitationsInput }): Promise<TInvitation[]> {
  requirePermission(actor, "member:create");
  const where: Prisma.InvitationWhereInput[] = [{ organizationId: actor.organizationId }, stateWhere(input.status, new Date())];
  if (input.search) where.push({ email: { contains: input.search.toLowerCase() } });
  if (input.cursor) {
    // A cursor from another organization matches nothing, so it pages nothing.
    const cursor = await db.invitation.findFirst({
      where: { id: input.cursor, organizationId: actor.organizationId },
      select: { id: true, createdAt: true },
    });
    if (!cursor) return [];
    where.push(olderThan(cursor));
  }
  const rows = await db.invitation.findMany({
    where: { AND: where },
    orderBy: NEWEST_FIRST,
    take: input.limit,
    select: INVITATION_SELECT,
  });
  return withDelivery(rows);
}
