// Conductor's roles as its own API presents them, for Roster's Conductor-compatible routes: the
// permission names Conductor lists under each role, and which Conductor roles a Roster member or
// group holds. How a Conductor role becomes a Roster role is CONDUCTOR_ROLES (user-roles.ts).
import { ALL_PERMISSIONS, type Permission, type WorkspaceRole } from "./permissions";
import { CONDUCTOR_ROLES, CONDUCTOR_ROLE_NAMES, userRoleForConductorRoles, userRoleStrength, type ConductorRole, type UserRole } from "./user-roles";

/**
 * The permission names Conductor lists for each of its roles. ADMIN, USER and METADATA_MANAGER are
 * the sets Conductor's API answers with; for WORKFLOW_MANAGER and USER_READ_ONLY Conductor's
 * documentation gives a description only, written here in the names the other roles use
 * (WORKFLOW_MANAGER: view, run and manage every execution, read definitions; USER_READ_ONLY: view
 * metadata and the API gateway, search workflows).
 */
export const CONDUCTOR_ROLE_PERMISSIONS: Record<ConductorRole, readonly string[]> = {
  ADMIN: [
    "METADATA_MANAGEMENT",
    "ADMIN_MANAGEMENT",
    "METADATA_VIEW",
    "PERMISSION_MANAGEMENT",
    "USER_MANAGEMENT",
    "EVENT_HANDLER_MANAGEMENT",
    "PROMPT_MANAGEMENT",
    "WORKFLOW_MANAGEMENT",
    "API_GATEWAY_MANAGEMENT",
    "API_GATEWAY_VIEW",
    "PUBLISHER_MANAGEMENT",
    "WORKFLOW_SEARCH",
    "AUTHORIZATION_MANAGEMENT",
    "SCHEDULE_MANAGEMENT",
    "BULK_MANAGEMENT",
    "APPLICATION_MANAGEMENT",
  ],
  USER: [
    "CREATE_SECRET",
    "API_GATEWAY_VIEW",
    "CREATE_USER_FORM_TEMPLATE",
    "CREATE_WORKFLOW_DEF",
    "CREATE_TASK_DEF",
    "WORKFLOW_SEARCH",
    "CREATE_INTEGRATION",
    "CREATE_APPLICATION",
    "API_GATEWAY_MANAGEMENT",
  ],
  METADATA_MANAGER: ["API_GATEWAY_MANAGEMENT", "CREATE_INTEGRATION", "CREATE_SECRET", "METADATA_VIEW", "METADATA_MANAGEMENT", "API_GATEWAY_VIEW"],
  WORKFLOW_MANAGER: ["WORKFLOW_MANAGEMENT", "WORKFLOW_SEARCH", "METADATA_VIEW"],
  USER_READ_ONLY: ["METADATA_VIEW", "API_GATEWAY_VIEW", "WORKFLOW_SEARCH"],
};

/** A Conductor role with its permissions, as Conductor's API nests them. */
export const conductorRole = (name: ConductorRole) => ({ name, permissions: CONDUCTOR_ROLE_PERMISSIONS[name].map((permission) => ({ name: permission })) });

/**
 * The Conductor roles of a member with this Roster role: every Conductor role that maps to the
 * strongest Roster role theirs covers. A manager holds both METADATA_MANAGER and WORKFLOW_MANAGER
 * (each maps to manager); an operator holds USER_READ_ONLY, the most their role includes.
 */
export function conductorRolesFor(role: UserRole): ConductorRole[] {
  const covered = CONDUCTOR_ROLE_NAMES.filter((name) => userRoleStrength(CONDUCTOR_ROLES[name]) <= userRoleStrength(role));
  const strongest = Math.max(...covered.map((name) => userRoleStrength(CONDUCTOR_ROLES[name])));
  return covered.filter((name) => userRoleStrength(CONDUCTOR_ROLES[name]) === strongest);
}

/** What a group carries for a set of Conductor roles. Groups cannot make administrators: ADMIN grants every permission instead. */
export function groupAccessForConductorRoles(roles: readonly ConductorRole[]): { grants: Permission[]; workspaceRole: WorkspaceRole | null } {
  if (!roles.length) return { grants: [], workspaceRole: null };
  const role = userRoleForConductorRoles(roles);
  if (role === "admin") return { grants: [...ALL_PERMISSIONS].sort(), workspaceRole: "manager" };
  return { grants: [], workspaceRole: role as WorkspaceRole };
}

/** The Conductor roles a group holds: ADMIN when it grants every permission, else those of its workspace role. */
export function conductorRolesOfGroup(group: { grants: readonly Permission[]; workspaceRole: WorkspaceRole | null }): ConductorRole[] {
  if (ALL_PERMISSIONS.every((permission) => group.grants.includes(permission))) return ["ADMIN"];
  return group.workspaceRole ? conductorRolesFor(group.workspaceRole) : [];
}
