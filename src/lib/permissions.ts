// The permission catalog: the one source of truth for what can be granted. Every check in the
// services names a permission from here; nothing else spells permission strings.

export const PERMISSIONS = {
  // Administration
  "member:read": "See the organization's members and their access",
  "member:create": "Create members directly and invite people",
  "member:update": "Change members' profiles, roles, flags and access",
  "member:delete": "Remove members from the organization",
  "group:read": "See groups and their members",
  "group:manage": "Create, rename and delete groups and change their members and grants",
  "workspace:read": "See the organization's workspaces",
  "workspace:manage": "Create, rename and delete workspaces",
  "apiKey:manage": "List and revoke other members' API keys",
  "audit:read": "Read and export the audit log",
  "settings:manage": "Change organization settings (email provider, metrics)",
  "monitoring:read": "Read the metrics token and Roster's metrics",
  // Platform flags (Dokploy's)
  "project:create": "Create projects",
  "project:delete": "Delete projects",
  "service:create": "Create services",
  "service:delete": "Delete services",
  "environment:create": "Create environments",
  "environment:delete": "Delete environments",
  "docker:access": "Use Docker",
  "api:access": "Use the platform API",
  "sshKey:access": "Manage SSH keys",
  "gitProvider:access": "Manage git providers",
  "traefikFiles:access": "Edit Traefik files",
  // Workspace actions (Dagu's)
  "workflow:read": "See workflows, runs and documents",
  "workflow:run": "Run, stop and retry workflows",
  "workflow:edit": "Create and edit workflows",
  "workflow:admin": "Administer workflows, including the workspace's audit events",
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (value: string): value is Permission => Object.hasOwn(PERMISSIONS, value);

export const MEMBER_ROLES = ["owner", "admin", "member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

const ADMINISTRATION: Permission[] = [
  "member:read",
  "member:create",
  "member:update",
  "member:delete",
  "group:read",
  "group:manage",
  "workspace:read",
  "workspace:manage",
  "apiKey:manage",
  "audit:read",
  "settings:manage",
  "monitoring:read",
];

/** Dagu's workspace roles, weakest first. */
export const WORKSPACE_ROLES = ["viewer", "operator", "developer", "manager"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** What a workspace role allows inside a workspace. */
export const WORKSPACE_ROLE_PERMISSIONS: Record<WorkspaceRole, readonly Permission[]> = {
  viewer: ["workflow:read"],
  operator: ["workflow:read", "workflow:run"],
  developer: ["workflow:read", "workflow:run", "workflow:edit"],
  manager: ["workflow:read", "workflow:run", "workflow:edit", "workflow:admin"],
};

/** Organization-wide extras of a role held across the organization (not in selected workspaces only). */
export const TOP_LEVEL_WORKSPACE_ROLE_EXTRAS: Record<WorkspaceRole, readonly Permission[]> = {
  viewer: [],
  operator: [],
  developer: [],
  // Dagu: managers administer workflows and see audit events.
  manager: ["audit:read"],
};

export const WORKSPACE_PERMISSIONS: readonly Permission[] = ["workflow:read", "workflow:run", "workflow:edit", "workflow:admin"];
export const isWorkspacePermission = (permission: Permission) => WORKSPACE_PERMISSIONS.includes(permission);

/**
 * Dokploy's member flags (user.assignPermissions) and the catalog permission each one grants.
 * The flags are names for grants; the member row stores the permissions.
 */
export const MEMBER_FLAGS = {
  canCreateProjects: "project:create",
  canDeleteProjects: "project:delete",
  canCreateServices: "service:create",
  canDeleteServices: "service:delete",
  canCreateEnvironments: "environment:create",
  canDeleteEnvironments: "environment:delete",
  canAccessToDocker: "docker:access",
  canAccessToAPI: "api:access",
  canAccessToSSHKeys: "sshKey:access",
  canAccessToGitProviders: "gitProvider:access",
  canAccessToTraefikFiles: "traefikFiles:access",
  canAccessAuditLog: "audit:read",
} as const satisfies Record<string, Permission>;
export type MemberFlag = keyof typeof MEMBER_FLAGS;
export const MEMBER_FLAG_NAMES = Object.keys(MEMBER_FLAGS) as MemberFlag[];

/** What each organization role grants by itself, before flags, groups and workspace grants. */
export const MEMBER_ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  owner: ALL_PERMISSIONS,
  admin: ALL_PERMISSIONS,
  member: [],
};

export const isAdministration = (permission: Permission) => ADMINISTRATION.includes(permission);
