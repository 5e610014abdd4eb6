import type { TDaguUser } from "@/lib/schemas/dagu";
import { daguRoleOf } from "@/lib/user-roles";
import type { MemberAccess } from "@/server/services/users/list-member-access";

/**
 * A member as Dagu's API presents a user: Dagu's top-level role, and workspace access as all
 * workspaces or selected ones with their grants. Administrators reach every workspace, whatever
 * their stored workspace access says.
 */
export function toDaguUser(member: MemberAccess): TDaguUser {
  const role = daguRoleOf(member);
  const all = role === "admin" || member.allWorkspaces;
  return {
    id: member.userId,
    username: member.username,
    role,
    workspaceAccess: { all, grants: all ? [] : member.workspaceGrants },
    authProvider: "builtin",
    isDisabled: member.disabled,
    createdAt: member.createdAt.toISOString(),
    updatedAt: member.updatedAt.toISOString(),
  };
}
