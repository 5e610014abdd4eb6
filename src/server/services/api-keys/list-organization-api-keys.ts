import type { Prisma } from "@/generated/prisma/client";
import type { TListApiKeysInput } from "@/lib/schemas/user";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { NEWEST_FIRST, olderThan } from "@/server/services/paging/newest-first";
import { API_KEY_METADATA_SELECT, toApiKeyMetadata } from "./list-api-key-metadata";

/**
 * Your keys in this organization, or (apiKey:manage) every member's, with their owners; newest
 * first, paged by keyset: the cursor is the last item's id, and one outside the list pages nothing.
 */
export async function listApiKeys({ actor, input }: { actor: Actor; input: TListApiKeysInput }) {
  if (input.scope === "organization") requirePermission(actor, "apiKey:manage");
  const where: Prisma.ApikeyWhereInput[] = [{ organizationId: actor.organizationId }];
  if (input.scope === "mine") where.push({ referenceId: actor.user.id });
  if (input.userId) where.push({ referenceId: input.userId });
  if (input.cursor) {
    const cursor = await db.apikey.findFirst({ where: { AND: [...where, { id: input.cursor }] }, select: { id: true, createdAt: true } });
    if (!cursor) return [];
    where.push(olderThan(cursor));
  }
  const rows = await db.apikey.findMany({
    where: { AND: where },
    select: { ...API_KEY_METADATA_SELECT, user: { select: { id: true, username: true, name: true } } },
    orderBy: NEWEST_FIRST,
    take: input.limit,
  });
  return rows.map(({ user, ...key }) => ({ ...toApiKeyMetadata(key), owner: user }));
}
