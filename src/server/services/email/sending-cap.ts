import { AppError } from "@/lib/errors";
import { config } from "@/server/config";
import type { Tx } from "@/server/db";

const HOUR_MS = 60 * 60 * 1000;

/**
 * The organization's hourly sending cap, so that a stolen admin key cannot turn Roster into a spam
 * relay: at most ROSTER_EMAIL_HOURLY_LIMIT emails enqueued in any 60 minutes. The organization's row
 * is locked first (as every audited write of it does), so parallel enqueues count one another.
 * Over the cap: 429 with Retry-After until the oldest counted email leaves the window.
 */
export async function assertUnderSendingCap(tx: Tx, organizationId: string, adding = 1): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM organization WHERE id = ${organizationId} FOR NO KEY UPDATE`;
  const limit = config.email.hourlyLimit;
  const since = new Date(Date.now() - HOUR_MS);
  const sent = await tx.emailDelivery.count({ where: { organizationId, createdAt: { gt: since } } });
  if (sent + adding <= limit) return;
  const oldest = await tx.emailDelivery.findMany({
    where: { organizationId, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    skip: Math.max(0, sent + adding - limit - 1),
    take: 1,
    select: { createdAt: true },
  });
  const freesAt = (oldest[0]?.createdAt.getTime() ?? Date.now()) + HOUR_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - Date.now()) / 1000));
  throw new AppError("TOO_MANY_REQUESTS", `This organization may send ${limit} emails per hour; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
}
