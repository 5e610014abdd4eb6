import type { TListSessionsInput, TSession } from "@/lib/schemas/session";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { NEWEST_FIRST, olderThan } from "@/server/services/paging/newest-first";

/**
 * The caller's live sessions, newest first, marking the one this request came with. Never a token.
 * Paged by keyset: the cursor is the last item's id; another user's session id pages nothing.
 */
export async function listSessions({ actor, input }: { actor: Actor; input: TListSessionsInput }): Promise<TSession[]> {
  const now = new Date();
  let after = {};
  if (input.cursor) {
    const cursor = await db.session.findFirst({ where: { id: input.cursor, userId: actor.user.id }, select: { id: true, createdAt: true } });
    if (!cursor) return [];
    after = olderThan(cursor);
  }
  const rows = await db.session.findMany({
    where: { userId: actor.user.id, expiresAt: { gt: now }, ...after },
    select: { id: true, createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: NEWEST_FIRST,
    take: input.limit,
  });
  return rows.map((s) => ({
    ...s,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    current: s.id === actor.sessionId,
  }));
}
