import type { Tx } from "@/server/db";
import { SQL_NOW } from "@/server/sql-now";
import { invitationStateError } from "./invitation-state-error";

/**
 * Answers a pending, unexpired invitation in one conditional UPDATE, judged by the database's clock:
 * of any number of concurrent answers exactly one changes the row; the others learn why they cannot
 * (used, declined, cancelled or expired: 409).
 */
export async function claimInvitation(tx: Tx, invitationId: string, answer: { status: "accepted" | "rejected"; userId: string | null }): Promise<void> {
  const changed = await tx.$executeRawUnsafe(
    `UPDATE invitation SET status = $1, "acceptedById" = $2, "respondedAt" = ${SQL_NOW}, "updatedAt" = ${SQL_NOW}
     WHERE id = $3 AND status = 'pending' AND "expiresAt" > ${SQL_NOW}`,
    answer.status,
    answer.status === "accepted" ? answer.userId : null,
    invitationId,
  );
  if (changed === 1) return;
  const row = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { status: true } });
  throw invitationStateError(row.status === "pending" ? "expired" : (row.status as "accepted" | "rejected" | "cancelled"));
}
