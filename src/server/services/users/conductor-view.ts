import { TOP_LEVEL_WORKSPACE_ROLE_EXTRAS, WORKSPACE_ROLE_PERMISSIONS, type Permission } from "@/lib/permissions";
import type { TUpsertUserOutput } from "@/lib/schemas/user-admin";
import { CONDUCTOR_ROLES, userRolePermissions, type ConductorRole } from "@/lib/user-roles";
import { asPermissions, asWorkspaceRole } from "@/server/actor/actor";
import { db } from "@/server/db";

const named = (permissions: Iterable<Permission>) => [...new Set(permissions)].sort().map((name) => ({ name }));

/**
 * A member in Conductor's shape: roles and groups, each expanded to the catalog
 * permissions it grants. The roles are the Conductor roles asked for (each nested in the next,
 * so together they grant what the strongest does, which is what Roster stored).
 */
export async function conductorView(organizationId: string, userId: string, roles: readonly ConductorRole[]) {
  const member = await db.member.findUniqueOrThrow({
    where: { organizationId_userId: { organizationId, userId } },
    select: {
      user: { select: { id: true, email: true, name: true, username: true, system: true } },
      groups: {
        select: { group: { select: { id: true, name: true, gid: true, description: true, grants: true, workspaceRole: true } } },
        orderBy: { group: { name: "asc" } },
      },
    },
  });
  const { user } = member;
  return {
    id: user.email,
    name: user.name,
    uuid: user.id,
    username: user.username,
    roles: [...new Set(roles)].map((role) => ({ name: role, permissions: named(userRolePermissions(CONDUCTOR_ROLES[role])) })),
    groups: member.groups.map(({ group }) => {
      const role = group.workspaceRole ? asWorkspaceRole(group.workspaceRole) : null;
      return {
        id: group.name,
        uuid: group.id,
        gid: group.gid,
        description: group.description,
        roles: role ? [{ name: role, permissions: named([...WORKSPACE_ROLE_PERMISSIONS[role], ...TOP_LEVEL_WORKSPACE_ROLE_EXTRAS[role]]) }] : [],
        permissions: named(asPermissions(group.grants)),
        defaultAccess: {},
        contactInformation: {},
      };
    }),
    contactInformation: {},
    applicationUser: user.system,
  } satisfies Omit<TUpsertUserOutput, "created" | "changed">;
}
