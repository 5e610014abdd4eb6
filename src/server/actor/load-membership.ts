import { db } from "@/server/db";
import { asPermissions, asRole, asWorkspaceRole, type ActorUser, type Membership } from "./actor";

const MEMBERSHIP_SELECT = {
  id: true,
  organizationId: true,
  role: true,
  grants: true,
  workspaceRole: true,
  groups: { select: { group: { select: { grants: true, workspaceRole: true } } } },
} as const;

type Row = {
  id: string;
  organizationId: string;
  role: string;
  grants: string[];
  workspaceRole: string;
  groups: { group: { grants: string[]; workspaceRole: string | null } }[];
};

export function toMembership(row: Row): Membership {
  return {
    id: row.id,
    organizationId: row.organizationId,
    role: asRole(row.role),
    grants: asPermissions(row.grants),
    workspaceRole: asWorkspaceRole(row.workspaceRole),
    groups: row.groups.map(({ group }) => ({
      grants: asPermissions(group.grants),
      workspaceRole: group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null,
    })),
  };
}

/** The user's membership in `organizationId`, or in their oldest organization when it is not given or gone. */
export async function loadMembership(userId: string, organizationId: string | null | undefined): Promise<Membership | null> {
  const rows = await db.member.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: MEMBERSHIP_SELECT,
    relationLoadStrategy: "join",
  });
  const row = rows.find((m) => m.organizationId === organizationId) ?? rows[0];
  return row ? toMembership(row) : null;
}

/**
 * The columns the one-statement key and session lookups select for the caller: their user, and
 * their member row with the groups' grants (`MEMBER_GROUPS`), null when they are no member.
 */
export type IdentityColumns = {
  userId: string;
  name: string;
  email: string;
  username: string;
  system: boolean;
  banned: boolean;
  memberId: string | null;
  organizationId: string | null;
  role: string | null;
  grants: string[] | null;
  workspaceRole: string | null;
  groups: { grants: string[]; workspaceRole: string | null }[] | null;
};

/** The groups' grants of the member row aliased `m`, as one JSON column. */
export const MEMBER_GROUPS = `(SELECT coalesce(json_agg(json_build_object('grants', g.grants, 'workspaceRole', g."workspaceRole")), '[]'::json)
              FROM group_member gm JOIN "group" g ON g.id = gm."groupId" WHERE gm."memberId" = m.id) AS groups`;

export const identityUser = (row: IdentityColumns): ActorUser => ({ id: row.userId, name: row.name, email: row.email, username: row.username ?? "", system: row.system });

/** The member row of the lookup, or null when the caller is no member. */
export function identityMembership(row: IdentityColumns): Membership | null {
  if (!row.memberId || !row.organizationId || !row.role) return null;
  return toMembership({
    id: row.memberId,
    organizationId: row.organizationId,
    role: row.role,
    grants: row.grants ?? [],
    workspaceRole: row.workspaceRole ?? "viewer",
    groups: (row.groups ?? []).map((group) => ({ group })),
  });
}
