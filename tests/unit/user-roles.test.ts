import { describe, expect, it } from "vitest";
import { accessForUserRole, userRoleForConductorRoles, userRolePermissions } from "@/lib/user-roles";
import { ALL_PERMISSIONS } from "@/lib/permissions";
import { ZCreateUserInput, ZWorkspaceAccessInput } from "@/lib/schemas/user-admin";
import { ZWorkspaceName } from "@/lib/schemas/workspace";

describe("user roles", () => {
  it("maps Dagu's roles: admin is the organization role, the others a member's workspace role", () => {
    expect(accessForUserRole("admin")).toEqual({ memberRole: "admin", workspaceRole: null });
    expect(accessForUserRole("developer")).toEqual({ memberRole: "member", workspaceRole: "developer" });
    expect(accessForUserRole("member")).toEqual({ memberRole: "member", workspaceRole: null });
  });

  it("maps Conductor's roles to the strongest Roster role", () => {
    expect(userRoleForConductorRoles(["ADMIN"])).toBe("admin");
    expect(userRoleForConductorRoles(["USER"])).toBe("developer");
    expect(userRoleForConductorRoles(["METADATA_MANAGER"])).toBe("manager");
    expect(userRoleForConductorRoles(["WORKFLOW_MANAGER"])).toBe("manager");
    expect(userRoleForConductorRoles(["USER_READ_ONLY"])).toBe("viewer");
    expect(userRoleForConductorRoles(["USER_READ_ONLY", "USER", "WORKFLOW_MANAGER"])).toBe("manager");
    expect(userRoleForConductorRoles(["USER", "ADMIN"])).toBe("admin");
  });

  it("expands each role to catalog permissions", () => {
    expect(userRolePermissions("admin").sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect(userRolePermissions("viewer")).toEqual(["workflow:read"]);
    expect(userRolePermissions("manager").sort()).toEqual(["audit:read", "workflow:admin", "workflow:edit", "workflow:read", "workflow:run"]);
  });
});

describe("user.create input (Dagu's bodies)", () => {
  it("accepts Dagu's two bodies as written", () => {
    const alice = ZCreateUserInput.parse({ username: "alice", password: "min-8-chars", role: "developer", workspaceAccess: { all: true } });
    expect(alice).toMatchObject({ role: "developer", workspaceAccess: { all: true }, system: false });
    const bob = ZCreateUserInput.parse({
      username: "bob",
      password: "min-8-chars",
      role: "viewer",
      workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] },
    });
    expect(bob.workspaceAccess.grants).toHaveLength(2);
  });

  it("needs a password of 8+ for people and none for system users", () => {
    const short = ZCreateUserInput.safeParse({ username: "carol", password: "1234567" });
    expect(short.error?.issues[0]).toMatchObject({ path: ["password"], message: "Password must be at least 8 characters" });
    expect(ZCreateUserInput.safeParse({ username: "carol" }).error?.issues[0]?.path).toEqual(["password"]);
    expect(ZCreateUserInput.safeParse({ username: "ci-bot", system: true }).success).toBe(true);
    expect(ZCreateUserInput.safeParse({ username: "ci-bot", system: true, password: "min-8-chars" }).success).toBe(false);
  });

  it("refuses grants with all workspaces, the same workspace twice, and an unknown role", () => {
    expect(ZWorkspaceAccessInput.safeParse({ all: true, grants: [{ workspace: "ops", role: "developer" }] }).success).toBe(false);
    const twice = { all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "ops", role: "viewer" }] };
    expect(ZWorkspaceAccessInput.safeParse(twice).success).toBe(false);
    expect(ZCreateUserInput.safeParse({ username: "dave", password: "min-8-chars", role: "superuser" }).success).toBe(false);
  });

  it('reserves "default" for the implicit workspace', () => {
    expect(ZWorkspaceName.safeParse("Default").success).toBe(false);
    expect(ZWorkspaceName.safeParse("ops").success).toBe(true);
  });
});
