// The roles a person is given when created or edited directly (Dagu's roles, plus
// Roster's plain `member`), and Conductor's roles mapped onto them. Shared with the UI.
import { baseline } from "./access";
import { WORKSPACE_ROLES, type MemberRole, type Permission, type WorkspaceRole } from "./permissions";

export const USER_ROLES = ["admin", "manager", "developer", "operator", "viewer", "member"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * What a user role means in the access model: `admin` is the organization role (workspace role
 * untouched); Dagu's workspace roles make a plain member with that role in the default workspace
 * (and everywhere with "all workspaces"); `member` is a plain member whose workspace role is kept
 * (on creation: viewer, the least).
 */
export function accessForUserRole(role: UserRole): { memberRole: Exclude<MemberRole, "owner">; workspaceRole: WorkspaceRole | null } {
  if (role === "admin") return { memberRole: "admin", workspaceRole: null };
  if (role === "member") return { memberRole: "member", workspaceRole: null };
  return { memberRole: "member", workspaceRole: role };
}

/**
 * Conductor's roles and the Roster role each becomes. Conductor's roles are nested for
 * our purposes, so a user given several gets the strongest:
 * - ADMIN: superuser, manages users and groups → organization admin.
 * - USER: creates and runs workflow definitions → member, developer.
 * - METADATA_MANAGER: manages every definition, whoever owns it → member, manager.
 * - WORKFLOW_MANAGER: views, runs and manages every execution → member, manager.
 * - USER_READ_ONLY: views only → member, viewer.
 */
export const CONDUCTOR_ROLES = {
  ADMIN: "admin",
  USER: "developer",
  METADATA_MANAGER: "manager",
  WORKFLOW_MANAGER: "manager",
  USER_READ_ONLY: "viewer",
} as const satisfies Record<string, UserRole>;
export type ConductorRole = keyof typeof CONDUCTOR_ROLES;
export const CONDUCTOR_ROLE_NAMES = Object.keys(CONDUCTOR_ROLES) as ConductorRole[];

/** How much a role allows, for comparing roles: viewer < operator < developer < manager < admin. */
export const userRoleStrength = (role: UserRole) => (role === "admin" ? WORKSPACE_ROLES.length : WORKSPACE_ROLES.indexOf(role as WorkspaceRole));

/** The Roster role for a set of Conductor roles: the strongest of them. */
export function userRoleForConductorRoles(roles: readonly ConductorRole[]): UserRole {
  return roles.map((r) => CONDUCTOR_ROLES[r] as UserRole).reduce((a, b) => (userRoleStrength(b) > userRoleStrength(a) ? b : a), "viewer");
}

/** Every catalog permission a user role grants organization-wide and in the default workspace. */
export function userRolePermissions(role: UserRole): Permission[] {
  const { memberRole, workspaceRole } = accessForUserRole(role);
  return [...baseline({ role: memberRole, grants: [], workspaceRole: workspaceRole ?? "viewer", allWorkspaces: true, groups: [] })];
}

/** What each role is for, in Dagu's words (the forms show it beside the choice). */
export const USER_ROLE_HINTS: Record<UserRole, string> = {
  admin: "Full control, including users, API keys and settings",
  manager: "Workflow administration plus audit log visibility",
  developer: "Build, edit, run and troubleshoot workflows",
  operator: "Run and monitor workflows without editing them",
  viewer: "Read-only access",
  member: "A plain member: groups and flags grant the rest",
};

/** A member's role as the user forms speak of it: admin, or the workspace role of a plain member. */
export function userRoleOf(member: { role: MemberRole; workspaceAccess: { role: WorkspaceRole } }): UserRole {
  return member.role === "owner" || member.role === "admin" ? "admin" : member.workspaceAccess.role;
}

/** Dagu's top-level roles: `admin` and its workspace roles (Roster's plain `member` is not one). */
export const DAGU_ROLES = ["admin", "manager", "developer", "operator", "viewer"] as const;
export type DaguRole = (typeof DAGU_ROLES)[number];

/**
 * A member's role as Dagu's API states it: owners and administrators are `admin`; a member with
 * access to all workspaces has that workspace role; a member with selected workspaces is `viewer`,
 * their roles being in the per-workspace grants (Dagu's rule for scoped access).
 */
export function daguRoleOf(member: { role: MemberRole; allWorkspaces: boolean; workspaceRole: WorkspaceRole }): DaguRole {
  if (member.role === "owner" || member.role === "admin") return "admin";
  return member.allWorkspaces ? member.workspaceRole : "viewer";
}
