import type { TSession } from "@/lib/schemas/session";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";

/** The caller's live sessions, newest first, marking the one this request came with. Never a token. */
export async function listSessions({ actor }: { actor: Actor }): Promise<TSession[]> {
  const rows = await db.session.findMany({
    where: { userId: actor.user.id, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((s) => ({
    ...s,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    current: s.id === actor.sessionId,
  }));
}
