import { Prisma } from "@/generated/prisma/client";
import { accessSummary, type AccessKind } from "@/lib/access-summary";
import type { TListMembersInput, TMemberListItem } from "@/lib/schemas/user";
import { asRole, asWorkspaceRole, requirePermission, type Actor } from "@/server/actor/actor";
import { sql } from "@/server/db";
import { containsPattern } from "@/server/services/db/contains-pattern";
import { findWorkspaceOrThrow } from "@/server/services/workspaces/find-workspace";
import { groupAndWorkspaceNames, type Names } from "./group-and-workspace-names";

type Row = {
  id: string;
  userId: string;
  role: string;
  createdAt: Date;
  email: string;
  name: string;
  image: string | null;
  username: string;
  firstName: string;
  lastName: string;
  banned: boolean;
  system: boolean;
  groupIds: string[] | null;
  workspaceRole: string;
  allWorkspaces: boolean;
  /** [workspace id, role] pairs. */
  workspaceGrants: [string, string][] | null;
};

/**
 * A member row (`m`, joined to its user `u`) as toListItems reads it, with the ids of its groups and
 * its workspace grants (a member with no grant, as member's count of them says, is not probed for
 * them); toListItems names them from a per-instance cache.
 */
export const MEMBER_COLUMNS = Prisma.sql`m.id, m."userId", m.role, m."createdAt", m."workspaceRole", m."allWorkspaces",
  u.email, u.name, u.image, u.username, u."firstName", u."lastName", u.banned, u.system,
  (SELECT array_agg(gm."groupId") FROM group_member gm WHERE gm."memberId" = m.id) AS "groupIds",
  CASE WHEN m."workspaceGrantCount" > 0 THEN
    (SELECT json_agg(json_build_array(mw."workspaceId", mw.role)) FROM member_workspace_grant mw WHERE mw."memberId" = m.id) END AS "workspaceGrants"`;

/**
 * The rows whose headline access (accessSummary) is `kind`, as SQL over the same stored facts, so
 * the filter pages by keyset like the rest. A member with all workspaces has no grants (they are
 * emptied when access becomes "all"); member."workspaceGrantCount" counts the others' grants.
 */
function accessFilter(kind: AccessKind): Prisma.Sql {
  switch (kind) {
    case "owner":
    case "admin":
      return Prisma.sql`m.role = ${kind}`;
    case "per-workspace":
      return Prisma.sql`(m.role = 'member' AND NOT m."allWorkspaces" AND m."workspaceGrantCount" > 0)`;
    case "none":
      return Prisma.sql`(m.role = 'member' AND NOT m."allWorkspaces" AND m."workspaceGrantCount" = 0)`;
    default:
      return Prisma.sql`(m.role = 'member' AND m."allWorkspaces" AND m."workspaceRole" = ${kind})`;
  }
}

/**
 * Members of the caller's organization, oldest first, filtered and paged by keyset: the cursor is
 * the last item's membership id, so a page costs the same at 1,000,000 members as at 100. Search is
 * a substring match served by trigram indexes (user_search_trgm).
 *
 * Every filter reads member's own columns or walks an index in the list's order, (createdAt, id)
 * within the organization, from the cursor on (checked by list-members-plans.integration.test.ts):
 * - none, status=enabled, kind=person, workspace: member_list_walk, the filter checked on each
 *   row (most rows pass);
 * - role, access owner / admin: member_role_order;
 * - status=disabled: member_disabled_order (partial, WHERE banned; member.banned copies the user's);
 * - kind=system: member_system_order (partial, WHERE system; member.system copies the user's);
 * - access per-workspace: member_chosen_workspaces_order (partial), most rows pass;
 * - access none: member_no_access_order (partial: no workspace for all, no grant);
 * - access viewer … manager: member_everywhere_role_order (partial, members with every workspace);
 * - a group: group_member_member_order, the group's members in the list's order (group_member keeps
 *   a copy of each member's createdAt), each joined to its member;
 * With a search as well, the same walk checks each row's lower-cased copy of the searched columns
 * (member.searchText, and group_member's copy of it) and reads the user only where it matches.
 * Every index above but access per-workspace's carries that copy (and member_list_walk the
 * columns its filters check), so the walk reads the index alone: a search that a filter meets once
 * in a hundred rows reads a few index pages, not a hundred member rows per member listed. A search
 * and a filter that meet almost nowhere read the filter's range.
 */
export async function listMembers({ actor, input }: { actor: Actor; input: TListMembersInput }): Promise<TMemberListItem[]> {
  requirePermission(actor, "member:read");
  // node-postgres directly: Prisma's raw queries add about 30 µs a row, a tenth of a 50-row page.
  const query = await listMembersQuery(actor, input);
  const { rows } = await sql.query<Row>(query.text, query.values as unknown[]);
  return toListItems(rows);
}

/**
 * The one statement that reads a page of user.all (its plan is what the comment above names): the
 * page's ids first, in order, by a walk that reads only what its filters check (member_list_walk
 * holds the columns a search and the commonest filters check, so the walk reads that index alone);
 * then those few members' rows, users, groups and grants. Written as `= ANY (ARRAY (…))` so the
 * walk stays a step of its own: joined to member again by id, PostgreSQL would merge the two scans
 * of member into one and read a member row for every member the walk passes over.
 */
export async function listMembersQuery(actor: Actor, input: TListMembersInput): Promise<Prisma.Sql> {
  const filters: Prisma.Sql[] = [Prisma.sql`m."organizationId" = ${actor.organizationId}`];
  if (input.search) {
    const pattern = containsPattern(input.search);
    // member's lower-cased copy of the searched columns answers first (LIKE, byte-wise), as an index
    // walk reaches each member (a group's walk checks the group's own copy of it); the user's own
    // columns decide (and their trigram index serves a rare term on its own: their finer statistics,
    // see migration user_search_statistics, keep the planner from taking a rare term for a common one).
    const searchText = input.groupId ? Prisma.sql`gm."memberSearchText"` : Prisma.sql`m."searchText"`;
    filters.push(Prisma.sql`${searchText} LIKE lower(${pattern})`);
    filters.push(Prisma.sql`(u.username ILIKE ${pattern} OR u.name ILIKE ${pattern} OR u."firstName" ILIKE ${pattern}
      OR u."lastName" ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
  }
  if (input.role) filters.push(Prisma.sql`m.role = ${input.role}`);
  if (input.access) filters.push(accessFilter(input.access));
  if (input.status) filters.push(input.status === "disabled" ? Prisma.sql`m.banned` : Prisma.sql`NOT m.banned`);
  if (input.kind) filters.push(input.kind === "system" ? Prisma.sql`m.system` : Prisma.sql`NOT m.system`);
  // A group's members are read from the group, in the list's order (its copy of createdAt, id).
  const order = input.groupId ? Prisma.sql`gm."memberCreatedAt", gm."memberId"` : Prisma.sql`m."createdAt", m.id`;
  if (input.groupId) filters.push(Prisma.sql`gm."groupId" = ${input.groupId}`);
  if (input.workspace) {
    const workspace = await findWorkspaceOrThrow(actor.organizationId, input.workspace);
    // Access by any route: administrators, all-workspaces access, a grant, or a group's. The groups
    // that give access are listed once (ARRAY, an InitPlan); with none, no member is probed for them.
    // OFFSET 0 keeps each EXISTS a probe of the row at hand: without it PostgreSQL may hash the
    // workspace's every grant and group membership first (a second at 1,000,000 members).
    const groups = Prisma.sql`ARRAY (SELECT g.id FROM "group" g WHERE g."organizationId" = ${actor.organizationId}
      AND (g."workspaceRole" IS NOT NULL OR EXISTS (SELECT 1 FROM group_workspace_grant gw WHERE gw."groupId" = g.id AND gw."workspaceId" = ${workspace.id})))`;
    filters.push(Prisma.sql`(m.role IN ('owner', 'admin') OR m."allWorkspaces"
      OR EXISTS (SELECT 1 FROM member_workspace_grant w WHERE w."memberId" = m.id AND w."workspaceId" = ${workspace.id} OFFSET 0)
      OR (cardinality(${groups}) > 0
          AND EXISTS (SELECT 1 FROM group_member ga WHERE ga."groupId" = ANY (${groups}) AND ga."memberId" = m.id OFFSET 0)))`);
  }
  if (input.cursor) {
    // Rows after the cursor's (createdAt, id); a cursor from another organization matches nothing.
    filters.push(Prisma.sql`(${order}) > (SELECT c."createdAt", c.id FROM member c
      WHERE c.id = ${input.cursor} AND c."organizationId" = ${actor.organizationId})`);
  }
  const walked = input.groupId ? Prisma.sql`group_member gm JOIN member m ON m.id = gm."memberId"` : Prisma.sql`member m`;
  return Prisma.sql`
    SELECT ${MEMBER_COLUMNS}
    FROM member m JOIN "user" u ON u.id = m."userId"
    WHERE m."organizationId" = ${actor.organizationId} AND m.id = ANY (ARRAY (
      SELECT m.id FROM ${walked} ${input.search ? Prisma.sql`JOIN "user" u ON u.id = m."userId"` : Prisma.empty}
      WHERE ${Prisma.join(filters, " AND ")}
      ORDER BY ${order}
      LIMIT ${input.limit}))
    ORDER BY m."createdAt", m.id`;
}

/** Member rows as the API lists them, their groups and workspaces named (by name, A to Z). */
export async function toListItems(rows: Row[]): Promise<TMemberListItem[]> {
  const names = await groupAndWorkspaceNames(
    rows.flatMap((row) => row.groupIds ?? []),
    rows.flatMap((row) => (row.workspaceGrants ?? []).map(([workspaceId]) => workspaceId)),
  );
  return rows.map((row) => toListItem(row, names));
}

/** One member row as the API lists it, its groups and workspaces named by `names`. */
export function toListItem(row: Row, names: Names): TMemberListItem {
  const role = asRole(row.role);
  const workspaceGrants = (row.workspaceGrants ?? []).flatMap(([id, grantRole]) => {
    const name = names.workspaces.get(id);
    return name === undefined ? [] : [{ id, name, role: asWorkspaceRole(grantRole) }];
  });
  const groups = (row.groupIds ?? [])
    .flatMap((id) => {
      const group = names.groups.get(id);
      return group ? [{ id, ...group }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const access = accessSummary({ role, workspaceRole: asWorkspaceRole(row.workspaceRole), allWorkspaces: row.allWorkspaces, workspaceGrants });
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    name: row.name,
    role,
    createdAt: row.createdAt.toISOString(),
    username: row.username,
    firstName: row.firstName,
    lastName: row.lastName,
    enabled: !row.banned,
    system: row.system,
    groups,
    access,
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      image: row.image,
      username: row.username,
      firstName: row.firstName,
      lastName: row.lastName,
    },
  };
}

export type MemberRow = Row;
