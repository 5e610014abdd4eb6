import { db } from "@/server/db";
import type { DeliveryStatus } from "./email-kinds";

export type DeliveryStatusView = { status: DeliveryStatus; attempts: number; lastError: string | null; sentAt: Date | null };

/** The latest delivery of each invitation that has one (invitation ids with none are absent). */
export async function latestDeliveryStatus(invitationIds: string[]): Promise<Map<string, DeliveryStatusView>> {
  const result = new Map<string, DeliveryStatusView>();
  if (invitationIds.length === 0) return result;
  const rows = await db.emailDelivery.findMany({
    where: { invitationId: { in: invitationIds } },
    orderBy: [{ invitationId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    distinct: ["invitationId"],
    select: { invitationId: true, status: true, attempts: true, lastError: true, sentAt: true },
  });
  for (const row of rows) {
    if (row.invitationId) result.set(row.invitationId, { status: row.status as DeliveryStatus, attempts: row.attempts, lastError: row.lastError, sentAt: row.sentAt });
  }
  return result;
}
