import { Prisma } from "@/generated/prisma/client";
import type { TGroupDetail } from "@/lib/schemas/group";
import { asPermissions, asWorkspaceRole, requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { findGroupOrThrow } from "./find-group";
import { cappedMemberCount, memberCountOf } from "./member-count";

type MemberRow = { memberId: string; userId: string; username: string; name: string };

/**
 * One group with its grants, a count of its members and one page of them, in the order they
 * joined, paged by keyset on (joined at, membership id): a page costs the same at 100,000 members
 * as at 100. The cursor is the last membership's id; one from another group matches nothing.
 */
export async function getGroup({
  actor,
  groupId,
  cursor,
  limit = 100,
}: {
  actor: Actor;
  groupId: string;
  cursor?: string;
  limit?: number;
}): Promise<TGroupDetail> {
  requirePermission(actor, "group:read");
  const group = await findGroupOrThrow(actor.organizationId, groupId);
  const afterCursor = cursor
    ? Prisma.sql`AND (gm."createdAt", gm."memberId") > (SELECT c."createdAt", c."memberId" FROM group_member c
                                                        WHERE c."groupId" = ${group.id} AND c."memberId" = ${cursor})`
    : Prisma.empty;
  const [[counted], rows] = await Promise.all([
    db.$queryRaw<{ count: number; createdAt: Date }[]>`
      SELECT ${cappedMemberCount(group.id)} AS count,
             (SELECT "createdAt" FROM "group" WHERE id = ${group.id}) AS "createdAt"`,
    db.$queryRaw<MemberRow[]>`
      SELECT gm."memberId", u.id AS "userId", u.username, u.name
      FROM group_member gm JOIN member m ON m.id = gm."memberId" JOIN "user" u ON u.id = m."userId"
      WHERE gm."groupId" = ${group.id} ${afterCursor}
      ORDER BY gm."createdAt", gm."memberId"
      LIMIT ${limit + 1}`,
  ]);
  const page = rows.slice(0, limit);
  return {
    id: group.id,
    name: group.name,
    gid: group.gid,
    description: group.description,
    grants: asPermissions(group.grants),
    workspaceRole: group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null,
    workspaceGrants: group.workspaceGrants.map((w) => ({ workspaceId: w.workspace.id, workspace: w.workspace.name, role: asWorkspaceRole(w.role) })),
    ...memberCountOf(counted!.count),
    members: page.map((m) => ({ userId: m.userId, username: m.username, name: m.name })),
    nextCursor: rows.length > limit ? page.at(-1)!.memberId : null,
    createdAt: counted!.createdAt.toISOString(),
  };
}
