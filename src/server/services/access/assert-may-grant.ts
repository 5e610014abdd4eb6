import { AppError } from "@/lib/errors";
import {
  TOP_LEVEL_WORKSPACE_ROLE_EXTRAS,
  WORKSPACE_ROLE_PERMISSIONS,
  type MemberRole,
  type Permission,
  type WorkspaceRole,
} from "@/lib/permissions";
import type { Actor } from "@/server/actor/actor";

export type Grantable = {
  memberRole?: MemberRole | null;
  permissions?: readonly Permission[];
  workspaceRoles?: readonly (WorkspaceRole | null | undefined)[];
};

/**
 * Nobody hands out more than they hold: a member allowed to manage people or groups (through a
 * grant, not as admin) must not raise anyone, themselves included, above their own permissions.
 * Making an administrator is the owner's alone, as assigning roles is (Dokploy's rule).
 * Workspace roles are checked against what the actor holds organization-wide.
 */
export function assertMayGrant(actor: Actor, { memberRole, permissions = [], workspaceRoles = [] }: Grantable): void {
  if ((memberRole === "admin" || memberRole === "owner") && actor.membership.role !== "owner") {
    throw new AppError("FORBIDDEN", "Only the organization owner can make administrators");
  }
  const wanted = new Set<Permission>(permissions);
  for (const role of workspaceRoles) {
    if (!role) continue;
    for (const p of WORKSPACE_ROLE_PERMISSIONS[role]) wanted.add(p);
    for (const p of TOP_LEVEL_WORKSPACE_ROLE_EXTRAS[role]) wanted.add(p);
  }
  const beyond = [...wanted].filter((p) => !actor.permissions.has(p));
  if (beyond.length) throw new AppError("FORBIDDEN", `You cannot grant permissions you do not hold: ${beyond.sort().join(", ")}`);
}
