import { describe, expect, it } from "vitest";
import { allows, baseline, expandAccess, type AccessFacts, type WorkspaceGrantFact } from "@/lib/access";
import { ALL_PERMISSIONS, WORKSPACE_PERMISSIONS, WORKSPACE_ROLES, WORKSPACE_ROLE_PERMISSIONS, type Permission } from "@/lib/permissions";

const ops: WorkspaceGrantFact = { workspaceId: "ws-ops", workspaceName: "ops", role: "developer" };
const prod: WorkspaceGrantFact = { workspaceId: "ws-prod", workspaceName: "prod", role: "operator" };

const member = (facts: Partial<AccessFacts> = {}): AccessFacts => ({
  role: "member",
  grants: [],
  workspaceRole: "viewer",
  allWorkspaces: true,
  workspaceGrants: [],
  groups: [],
  ...facts,
});

/** What `facts` may do among the workflow permissions, in a workspace or the default one. */
const workflowIn = (facts: AccessFacts, workspaceId?: string) => WORKSPACE_PERMISSIONS.filter((p) => allows(facts, p, workspaceId).allowed);

describe("workspace roles (Dagu's)", () => {
  it.each([
    ["viewer", ["workflow:read"]],
    ["operator", ["workflow:read", "workflow:run"]],
    ["developer", ["workflow:read", "workflow:run", "workflow:edit"]],
    ["manager", ["workflow:read", "workflow:run", "workflow:edit", "workflow:admin"]],
  ] as const)("%s with all workspaces may do %j in the default workspace and in every named one", (role, expected) => {
    const facts = member({ workspaceRole: role });
    expect(workflowIn(facts)).toEqual(expected);
    expect(workflowIn(facts, "ws-anything")).toEqual(expected);
    expect(WORKSPACE_ROLE_PERMISSIONS[role]).toEqual(expected);
  });

  it("gives managers the audit log organization-wide, and no other role any administration", () => {
    for (const role of WORKSPACE_ROLES) {
      const administration = ALL_PERMISSIONS.filter((p) => !WORKSPACE_PERMISSIONS.includes(p) && allows(member({ workspaceRole: role }), p).allowed);
      expect(administration).toEqual(role === "manager" ? ["audit:read"] : []);
    }
  });

  it("keeps a manager granted in one selected workspace out of the audit log", () => {
    const facts = member({ allWorkspaces: false, workspaceGrants: [{ ...ops, role: "manager" }] });
    expect(allows(facts, "workflow:admin", "ws-ops").allowed).toBe(true);
    expect(allows(facts, "audit:read").allowed).toBe(false);
  });

  it("lets owners and admins do everything, everywhere", () => {
    for (const role of ["owner", "admin"] as const) {
      for (const permission of ALL_PERMISSIONS) {
        expect(allows(member({ role }), permission, "ws-any")).toEqual({ allowed: true, sources: [{ kind: "role", role }] });
      }
    }
  });
});

describe("Dagu's selected-workspaces pattern: viewer top-level, developer in ops, operator in prod", () => {
  const bob = member({ workspaceRole: "viewer", allWorkspaces: false, workspaceGrants: [ops, prod] });

  it.each([
    ["the default workspace", undefined, ["workflow:read"]],
    ["ops", "ws-ops", ["workflow:read", "workflow:run", "workflow:edit"]],
    ["prod", "ws-prod", ["workflow:read", "workflow:run"]],
    ["a workspace he was not given", "ws-dev", []],
  ] as const)("in %s he may do %j", (_name, workspaceId, expected) => {
    expect(workflowIn(bob, workspaceId)).toEqual(expected);
  });

  it("says where each permission comes from", () => {
    expect(allows(bob, "workflow:edit", "ws-ops").sources).toEqual([{ kind: "workspaceRole", role: "developer", via: "member" }]);
    expect(allows(bob, "workflow:read").sources).toEqual([{ kind: "workspaceRole", role: "viewer", via: "member" }]);
    const scopes = expandAccess(bob).map((e) => `${e.permission}@${e.scope.type === "workspace" ? e.scope.workspaceName : e.scope.type}`);
    expect(scopes.sort()).toEqual(
      ["workflow:read@defaultWorkspace", "workflow:read@ops", "workflow:run@ops", "workflow:edit@ops", "workflow:read@prod", "workflow:run@prod"].sort(),
    );
  });

  it("gives him no administration at all", () => {
    expect([...baseline(bob)].sort()).toEqual(["workflow:read"]);
  });
});

describe("grants and groups", () => {
  it("names the Dokploy flag a member grant comes from", () => {
    const facts = member({ grants: ["project:create", "member:read"] });
    expect(allows(facts, "project:create").sources).toEqual([{ kind: "grant", flag: "canCreateProjects" }]);
    expect(allows(facts, "member:read").sources).toEqual([{ kind: "grant", flag: null }]);
    expect(allows(facts, "member:delete").allowed).toBe(false);
  });

  it("passes a group's permissions, workspace role and workspace grants on to its members", () => {
    const group = {
      id: "g1",
      name: "TechWriters",
      grants: ["member:read"] as Permission[],
      workspaceRole: "operator" as const,
      workspaceGrants: [{ ...ops, role: "manager" as const }],
    };
    const facts = member({ allWorkspaces: false, groups: [group] });
    expect(allows(facts, "member:read").sources).toEqual([{ kind: "group", groupId: "g1", groupName: "TechWriters" }]);
    // The group's workspace role holds in every workspace, even for a member limited to selected ones.
    expect(workflowIn(facts, "ws-prod")).toEqual(["workflow:read", "workflow:run"]);
    expect(workflowIn(facts, "ws-ops")).toEqual(["workflow:read", "workflow:run", "workflow:edit", "workflow:admin"]);
    expect(allows(facts, "workflow:admin", "ws-ops").sources).toEqual([{ kind: "workspaceRole", role: "manager", via: { groupId: "g1", groupName: "TechWriters" } }]);
    // A group granting manager in one workspace does not open the audit log.
    expect(allows(facts, "audit:read").allowed).toBe(false);
  });

  it("lists every source when several grant the same permission", () => {
    const group = { id: "g2", name: "ops-team", grants: [] as Permission[], workspaceRole: "developer" as const, workspaceGrants: [] };
    const facts = member({ workspaceRole: "developer", groups: [group] });
    expect(allows(facts, "workflow:edit", "ws-x").sources).toEqual([
      { kind: "workspaceRole", role: "developer", via: "member" },
      { kind: "workspaceRole", role: "developer", via: { groupId: "g2", groupName: "ops-team" } },
    ]);
  });

  it("computes the same organization-wide answers in baseline() as in allows()", () => {
    const group = { id: "g3", name: "auditors", grants: ["audit:read"] as Permission[], workspaceRole: "manager" as const, workspaceGrants: [] };
    const facts = member({ workspaceRole: "operator", grants: ["docker:access"], groups: [group] });
    const fromBaseline = [...baseline(facts)].sort();
    const fromAllows = ALL_PERMISSIONS.filter((p) => allows(facts, p).allowed).sort();
    expect(fromBaseline).toEqual(fromAllows);
  });
});
