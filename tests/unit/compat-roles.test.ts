import { describe, expect, it } from "vitest";
import { CONDUCTOR_ROLE_PERMISSIONS, conductorRolesFor, conductorRolesOfGroup, groupAccessForConductorRoles } from "@/lib/conductor-roles";
import { ALL_PERMISSIONS } from "@/lib/permissions";
import { ZDaguCreateUserRequest, ZDaguUpdateUserRequest } from "@/lib/schemas/dagu";
import { CONDUCTOR_ROLE_NAMES, daguRoleOf, userRoleForConductorRoles } from "@/lib/user-roles";

describe("Dagu's role of a member", () => {
  it("is admin for owners and administrators, the workspace role with all workspaces, viewer with selected ones", () => {
    expect(daguRoleOf({ role: "owner", allWorkspaces: false, workspaceRole: "viewer" })).toBe("admin");
    expect(daguRoleOf({ role: "admin", allWorkspaces: true, workspaceRole: "operator" })).toBe("admin");
    expect(daguRoleOf({ role: "member", allWorkspaces: true, workspaceRole: "developer" })).toBe("developer");
    expect(daguRoleOf({ role: "member", allWorkspaces: false, workspaceRole: "developer" })).toBe("viewer");
  });

  it("accepts Dagu's documented bodies and refuses a scoped role other than viewer, or scoped access without grants", () => {
    expect(ZDaguCreateUserRequest.safeParse({ username: "alice", password: "min-8-chars", role: "developer", workspaceAccess: { all: true } }).success).toBe(true);
    const scoped = { all: false, grants: [{ workspace: "ops", role: "developer" }] };
    expect(ZDaguCreateUserRequest.safeParse({ username: "bob", password: "min-8-chars", role: "viewer", workspaceAccess: scoped }).success).toBe(true);
    expect(ZDaguCreateUserRequest.safeParse({ username: "bob", password: "min-8-chars", role: "operator", workspaceAccess: scoped }).error?.issues[0]?.path).toEqual(["role"]);
    expect(ZDaguCreateUserRequest.safeParse({ username: "bob", password: "min-8-chars", role: "viewer", workspaceAccess: { all: false } }).error?.issues[0]?.path).toEqual([
      "workspaceAccess",
      "grants",
    ]);
    expect(ZDaguCreateUserRequest.safeParse({ username: "bob", password: "min-8-chars", role: "member" }).success).toBe(false);
    expect(ZDaguUpdateUserRequest.safeParse({ isDisabled: true }).success).toBe(true);
    expect(ZDaguUpdateUserRequest.safeParse({ workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "admin" }] } }).success).toBe(false);
  });
});

describe("Conductor's roles", () => {
  it("lists ADMIN's sixteen permissions, and a set for every role", () => {
    expect(CONDUCTOR_ROLE_PERMISSIONS.ADMIN).toHaveLength(16);
    for (const role of CONDUCTOR_ROLE_NAMES) expect(CONDUCTOR_ROLE_PERMISSIONS[role].length, role).toBeGreaterThan(0);
  });

  it("are read back from a Roster role as every Conductor role that maps to the strongest it covers", () => {
    expect(conductorRolesFor("admin")).toEqual(["ADMIN"]);
    expect(conductorRolesFor("manager")).toEqual(["METADATA_MANAGER", "WORKFLOW_MANAGER"]);
    expect(conductorRolesFor("developer")).toEqual(["USER"]);
    expect(conductorRolesFor("operator")).toEqual(["USER_READ_ONLY"]);
    expect(conductorRolesFor("viewer")).toEqual(["USER_READ_ONLY"]);
    // Reading back what a role was mapped to gives that role back.
    for (const role of CONDUCTOR_ROLE_NAMES) expect(conductorRolesFor(userRoleForConductorRoles([role]))).toContain(role);
  });

  it("become a group's workspace role, or every permission for ADMIN, and are read back from it", () => {
    expect(groupAccessForConductorRoles([])).toEqual({ grants: [], workspaceRole: null });
    expect(groupAccessForConductorRoles(["USER_READ_ONLY", "USER"])).toEqual({ grants: [], workspaceRole: "developer" });
    const admin = groupAccessForConductorRoles(["ADMIN", "USER"]);
    expect(admin.grants.sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect(conductorRolesOfGroup(admin)).toEqual(["ADMIN"]);
    expect(conductorRolesOfGroup({ grants: ["member:read"], workspaceRole: "manager" })).toEqual(["METADATA_MANAGER", "WORKFLOW_MANAGER"]);
    expect(conductorRolesOfGroup({ grants: [], workspaceRole: null })).toEqual([]);
  });
});
