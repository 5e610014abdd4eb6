import type { TDelivery, TInvitation } from "@/lib/schemas/invitation";
import { type InvitationRow, toInvitation } from "./invitation-view";

/** Invitations as callers see them, each with the status of its latest email. */
export async function withDelivery(rows: InvitationRow[]): Promise<TInvitation[]> {
  const deliveries = new Map<string, TDelivery>();
  return rows.map((row) => toInvitation(row, deliveries.get(row.id) ?? null));
}
