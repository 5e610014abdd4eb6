// Effective permissions: member role + member grants + groups + workspace grants, each permission
// with where it came from. Pure functions over facts loaded by the services, shared with the UI.
import {
  MEMBER_FLAGS,
  MEMBER_ROLE_PERMISSIONS,
  TOP_LEVEL_WORKSPACE_ROLE_EXTRAS,
  WORKSPACE_ROLE_PERMISSIONS,
  isWorkspacePermission,
  type MemberRole,
  type Permission,
  type WorkspaceRole,
} from "./permissions";

export type WorkspaceGrantFact = { workspaceId: string; workspaceName: string; role: WorkspaceRole };

export type GroupFact = {
  id: string;
  name: string;
  grants: Permission[];
  workspaceRole: WorkspaceRole | null;
  workspaceGrants: WorkspaceGrantFact[];
};

export type AccessFacts = {
  role: MemberRole;
  grants: Permission[];
  workspaceRole: WorkspaceRole;
  allWorkspaces: boolean;
  workspaceGrants: WorkspaceGrantFact[];
  groups: GroupFact[];
};

export type PermissionSource =
  | { kind: "role"; role: MemberRole }
  | { kind: "grant"; flag: string | null }
  | { kind: "group"; groupId: string; groupName: string }
  | { kind: "workspaceRole"; role: WorkspaceRole; via: "member" | { groupId: string; groupName: string } };

/** Where a permission holds: the whole organization, every workspace, the default one, or one. */
export type PermissionScope =
  | { type: "organization" }
  | { type: "allWorkspaces" }
  | { type: "defaultWorkspace" }
  | { type: "workspace"; workspaceId: string; workspaceName: string };

export type EffectivePermission = { permission: Permission; scope: PermissionScope; sources: PermissionSource[] };

const FLAG_BY_PERMISSION = new Map(Object.entries(MEMBER_FLAGS).map(([flag, permission]) => [permission as Permission, flag]));

const isElevated = (role: MemberRole) => role === "owner" || role === "admin";

class Collector {
  readonly byKey = new Map<string, EffectivePermission>();
  add(permission: Permission, scope: PermissionScope, source: PermissionSource) {
    const key = `${permission}@${scopeKey(scope)}`;
    const entry = this.byKey.get(key) ?? { permission, scope, sources: [] };
    entry.sources.push(source);
    this.byKey.set(key, entry);
  }
  addRole(role: WorkspaceRole, scope: PermissionScope, source: PermissionSource) {
    for (const permission of WORKSPACE_ROLE_PERMISSIONS[role]) this.add(permission, scope, source);
  }
}

const scopeKey = (scope: PermissionScope) => (scope.type === "workspace" ? `ws:${scope.workspaceId}` : scope.type);

const ORGANIZATION: PermissionScope = { type: "organization" };
const ALL: PermissionScope = { type: "allWorkspaces" };
const DEFAULT: PermissionScope = { type: "defaultWorkspace" };
const inWorkspace = (g: WorkspaceGrantFact): PermissionScope => ({ type: "workspace", workspaceId: g.workspaceId, workspaceName: g.workspaceName });

/** Every permission the facts grant, once per scope, with all of its sources. */
export function expandAccess(facts: AccessFacts): EffectivePermission[] {
  const c = new Collector();
  for (const permission of MEMBER_ROLE_PERMISSIONS[facts.role]) {
    c.add(permission, isWorkspacePermission(permission) ? ALL : ORGANIZATION, { kind: "role", role: facts.role });
  }
  for (const permission of facts.grants) {
    c.add(permission, isWorkspacePermission(permission) ? ALL : ORGANIZATION, { kind: "grant", flag: FLAG_BY_PERMISSION.get(permission) ?? null });
  }
  const memberVia = { kind: "workspaceRole", role: facts.workspaceRole, via: "member" } as const;
  c.addRole(facts.workspaceRole, facts.allWorkspaces ? ALL : DEFAULT, memberVia);
  for (const extra of TOP_LEVEL_WORKSPACE_ROLE_EXTRAS[facts.workspaceRole]) c.add(extra, ORGANIZATION, memberVia);
  for (const grant of facts.workspaceGrants) {
    c.addRole(grant.role, inWorkspace(grant), { kind: "workspaceRole", role: grant.role, via: "member" });
  }
  for (const group of facts.groups) {
    const via = { groupId: group.id, groupName: group.name };
    for (const permission of group.grants) {
      c.add(permission, isWorkspacePermission(permission) ? ALL : ORGANIZATION, { kind: "group", ...via });
    }
    if (group.workspaceRole) {
      const source = { kind: "workspaceRole", role: group.workspaceRole, via } as const;
      c.addRole(group.workspaceRole, ALL, source);
      for (const extra of TOP_LEVEL_WORKSPACE_ROLE_EXTRAS[group.workspaceRole]) c.add(extra, ORGANIZATION, source);
    }
    for (const grant of group.workspaceGrants) {
      c.addRole(grant.role, inWorkspace(grant), { kind: "workspaceRole", role: grant.role, via });
    }
  }
  return [...c.byKey.values()];
}

/**
 * The permissions that hold organization-wide and in the default workspace: what an actor may do
 * when no workspace is named. Needs no per-workspace grants, so a request can compute it cheaply.
 */
export function baseline(facts: Omit<AccessFacts, "workspaceGrants" | "groups"> & { groups: Pick<GroupFact, "grants" | "workspaceRole">[] }): Set<Permission> {
  const granted = new Set<Permission>(MEMBER_ROLE_PERMISSIONS[facts.role]);
  const addRole = (role: WorkspaceRole) => {
    for (const p of WORKSPACE_ROLE_PERMISSIONS[role]) granted.add(p);
    for (const p of TOP_LEVEL_WORKSPACE_ROLE_EXTRAS[role]) granted.add(p);
  };
  for (const p of facts.grants) granted.add(p);
  addRole(facts.workspaceRole);
  for (const group of facts.groups) {
    for (const p of group.grants) granted.add(p);
    if (group.workspaceRole) addRole(group.workspaceRole);
  }
  return granted;
}

/** May these facts do `permission`, in `workspaceId` if given (else organization-wide / default workspace)? */
export function allows(facts: AccessFacts, permission: Permission, workspaceId?: string | null): { allowed: boolean; sources: PermissionSource[] } {
  if (isElevated(facts.role)) return { allowed: true, sources: [{ kind: "role", role: facts.role }] };
  const matching = expandAccess(facts).filter((e) => {
    if (e.permission !== permission) return false;
    if (!isWorkspacePermission(permission) || e.scope.type === "organization" || e.scope.type === "allWorkspaces") return true;
    if (!workspaceId) return e.scope.type === "defaultWorkspace";
    return e.scope.type === "workspace" && e.scope.workspaceId === workspaceId;
  });
  return { allowed: matching.length > 0, sources: matching.flatMap((e) => e.sources) };
}
