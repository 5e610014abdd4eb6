import { notFound } from "@/lib/errors";
import type { Actor } from "@/server/actor/actor";
import { db, type Tx } from "@/server/db";

/**
 * The membership of `userId` in the caller's organization. A user of another organization (or no
 * user at all) is "not found": the caller must not learn that they exist elsewhere.
 */
export async function findMemberOrThrow(actor: Actor, userId: string, client: Tx | typeof db = db) {
  const member = await client.member.findUnique({
    where: { organizationId_userId: { organizationId: actor.organizationId, userId } },
    select: {
      id: true,
      role: true,
      grants: true,
      userId: true,
      user: { select: { id: true, username: true, system: true, banned: true } },
    },
  });
  if (!member) throw notFound("User");
  return member;
}
