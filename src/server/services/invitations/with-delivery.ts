import type { TInvitation } from "@/lib/schemas/invitation";
import { latestDeliveryStatus } from "@/server/services/email/delivery-status";
import { type InvitationRow, toInvitation } from "./invitation-view";

/** Invitations as callers see them, each with the status of its latest email (null: none sent). */
export async function withDelivery(rows: InvitationRow[]): Promise<TInvitation[]> {
  const deliveries = await latestDeliveryStatus(rows.map((r) => r.id));
  return rows.map((row) => {
    const d = deliveries.get(row.id);
    return toInvitation(row, d ? { status: d.status, attempts: d.attempts, lastError: d.lastError, sentAt: d.sentAt?.toISOString() ?? null } : null);
  });
}
