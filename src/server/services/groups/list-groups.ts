import { Prisma } from "@/generated/prisma/client";
import type { TGroupSummary, TListGroupsInput } from "@/lib/schemas/group";
import { asPermissions, asWorkspaceRole, requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { containsPattern } from "@/server/services/db/contains-pattern";
import { cappedMemberCount, memberCountOf } from "./member-count";

type Row = {
  id: string;
  name: string;
  gid: number;
  description: string;
  grants: string[] | null;
  workspaceRole: string | null;
  createdAt: Date;
  memberCount: number;
  members: { userId: string; username: string; name: string }[];
};

// Column names come from this table only, never from input.
const SORT_COLUMN = { name: Prisma.sql`g.name`, gid: Prisma.sql`g.gid`, members: Prisma.sql`"memberCount"` } as const;
const MEMBERS_SHOWN = 50;

/**
 * The User Manager's Groups tab: name, GID and members, sortable by each, searchable by name. A
 * group costs the same at 100,000 members as at 100: its count stops past 10,000 (cappedMemberCount;
 * those groups sort as that many), and its preview is the first 50 to join (group_member's join
 * order index), shown by username.
 */
export async function listGroups({ actor, input }: { actor: Actor; input: TListGroupsInput }): Promise<TGroupSummary[]> {
  requirePermission(actor, "group:read");
  const search = input.search ? Prisma.sql`AND g.name ILIKE ${containsPattern(input.search)}` : Prisma.empty;
  const direction = input.order === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT g.id, g.name, g.gid, g.description, g.grants, g."workspaceRole", g."createdAt",
           ${cappedMemberCount(Prisma.sql`g.id`)} AS "memberCount",
           (SELECT coalesce(json_agg(x ORDER BY x.username), '[]'::json) FROM (
              SELECT u.id AS "userId", u.username, u.name
              FROM group_member gm JOIN member m ON m.id = gm."memberId" JOIN "user" u ON u.id = m."userId"
              WHERE gm."groupId" = g.id ORDER BY gm."createdAt", gm."memberId" LIMIT ${MEMBERS_SHOWN}) x) AS members
    FROM "group" g
    WHERE g."organizationId" = ${actor.organizationId} ${search}
    ORDER BY ${SORT_COLUMN[input.sort]} ${direction}, g.name ASC
    LIMIT ${input.limit}`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    gid: row.gid,
    description: row.description,
    grants: asPermissions(row.grants),
    workspaceRole: row.workspaceRole ? asWorkspaceRole(row.workspaceRole) : null,
    ...memberCountOf(row.memberCount),
    members: row.members,
    createdAt: row.createdAt.toISOString(),
  }));
}
