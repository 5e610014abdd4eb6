import type { AccessFacts } from "@/lib/access";
import { asPermissions, asRole, asWorkspaceRole } from "@/server/actor/actor";
import { db } from "@/server/db";

const grantSelect = { role: true, workspace: { select: { id: true, name: true } } } as const;

type GrantRow = { role: string; workspace: { id: string; name: string } };
const toGrant = (g: GrantRow) => ({ workspaceId: g.workspace.id, workspaceName: g.workspace.name, role: asWorkspaceRole(g.role) });

/** Everything that decides what a member may do: role, grants, workspace access and groups. */
export async function loadAccessFacts(memberId: string): Promise<Omit<AccessFacts, "groups"> & { groups: (AccessFacts["groups"][number] & { gid: number })[] }> {
  const member = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      role: true,
      grants: true,
      workspaceRole: true,
      allWorkspaces: true,
      workspaceGrants: { select: grantSelect, orderBy: { workspace: { name: "asc" } } },
      groups: {
        select: {
          group: {
            select: { id: true, name: true, gid: true, grants: true, workspaceRole: true, workspaceGrants: { select: grantSelect } },
          },
        },
        orderBy: { group: { name: "asc" } },
      },
    },
  });
  return {
    role: asRole(member.role),
    grants: asPermissions(member.grants),
    workspaceRole: asWorkspaceRole(member.workspaceRole),
    allWorkspaces: member.allWorkspaces,
    workspaceGrants: member.workspaceGrants.map(toGrant),
    groups: member.groups.map(({ group }) => ({
      id: group.id,
      name: group.name,
      gid: group.gid,
      grants: asPermissions(group.grants),
      workspaceRole: group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null,
      workspaceGrants: group.workspaceGrants.map(toGrant),
    })),
  };
}
