import type { AccessFacts, WorkspaceGrantFact } from "@/lib/access";
import { asPermissions, asRole, asWorkspaceRole } from "@/server/actor/actor";
import { db } from "@/server/db";

type Row = {
  role: string;
  grants: string[] | null;
  workspaceRole: string;
  allWorkspaces: boolean;
  banned: boolean;
  workspaceId: string | null;
  workspaceName: string | null;
  memberWorkspaceRole: string | null;
  groups: { id: string; name: string; grants: string[] | null; workspaceRole: string | null; grantRole: string | null }[];
};

export type CheckFacts = { access: AccessFacts; banned: boolean; workspaceId: string | null };

/**
 * Everything `allows` needs to answer for one member and at most one workspace, in ONE indexed
 * statement (authz.check runs on every request of the embedding platform): the member, their
 * account's state, the named workspace, their grant in it, and their groups with each group's
 * grant in it. Null when the user is not a member of the organization.
 */
export async function loadCheckFacts(organizationId: string, userId: string, workspace: string | null): Promise<CheckFacts | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT m.role, m.grants, m."workspaceRole", m."allWorkspaces", u.banned,
           w.id AS "workspaceId", w.name AS "workspaceName", mwg.role AS "memberWorkspaceRole",
           (SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name, 'grants', g.grants,
                                                       'workspaceRole', g."workspaceRole", 'grantRole', gwg.role)), '[]'::json)
              FROM group_member gm JOIN "group" g ON g.id = gm."groupId"
              LEFT JOIN group_workspace_grant gwg ON gwg."groupId" = g.id AND gwg."workspaceId" = w.id
              WHERE gm."memberId" = m.id) AS groups
    FROM member m
    JOIN "user" u ON u.id = m."userId"
    LEFT JOIN workspace w ON w."organizationId" = m."organizationId" AND w.name = ${workspace}
    LEFT JOIN member_workspace_grant mwg ON mwg."memberId" = m.id AND mwg."workspaceId" = w.id
    WHERE m."organizationId" = ${organizationId} AND m."userId" = ${userId}`;
  if (!row) return null;
  const grantIn = (role: string | null): WorkspaceGrantFact[] =>
    role && row.workspaceId ? [{ workspaceId: row.workspaceId, workspaceName: row.workspaceName!, role: asWorkspaceRole(role) }] : [];
  return {
    banned: row.banned,
    workspaceId: row.workspaceId,
    access: {
      role: asRole(row.role),
      grants: asPermissions(row.grants),
      workspaceRole: asWorkspaceRole(row.workspaceRole),
      allWorkspaces: row.allWorkspaces,
      workspaceGrants: grantIn(row.memberWorkspaceRole),
      groups: row.groups.map((g) => ({
        id: g.id,
        name: g.name,
        grants: asPermissions(g.grants),
        workspaceRole: g.workspaceRole ? asWorkspaceRole(g.workspaceRole) : null,
        workspaceGrants: grantIn(g.grantRole),
      })),
    },
  };
}
