import { describe, expect, it } from "vitest";
import { ACCESS_KINDS, accessSummary, type AccessInput } from "@/lib/access-summary";
import { WORKSPACE_ROLES } from "@/lib/permissions";

const ops = { id: "ws-ops", name: "ops", role: "developer" } as const;
const prod = { id: "ws-prod", name: "prod", role: "viewer" } as const;

const member = (over: Partial<AccessInput> = {}): AccessInput => ({
  role: "member",
  workspaceRole: "viewer",
  allWorkspaces: true,
  workspaceGrants: [],
  ...over,
});

describe("the headline access label", () => {
  it.each(["owner", "admin"] as const)("an %s has full access to every workspace, whatever their workspace fields say", (role) => {
    const summary = accessSummary(member({ role, workspaceRole: "viewer", allWorkspaces: false, workspaceGrants: [prod] }));
    expect(summary).toEqual({
      kind: role,
      label: role === "owner" ? "Owner" : "Admin",
      scope: "All workspaces, full access",
      workspaces: [],
    });
  });

  it.each(WORKSPACE_ROLES)("a member who is %s in all workspaces is labelled with that role", (role) => {
    const summary = accessSummary(member({ workspaceRole: role }));
    expect(summary.kind).toBe(role);
    expect(summary.label).toBe(role[0]!.toUpperCase() + role.slice(1));
    expect(summary.scope).toBe(`All workspaces as ${role}`);
    expect(summary.workspaces).toEqual([]);
  });

  it("a member with selected workspaces is 'Per workspace', the grants listed by name", () => {
    const summary = accessSummary(member({ allWorkspaces: false, workspaceRole: "manager", workspaceGrants: [prod, ops] }));
    expect(summary).toEqual({ kind: "per-workspace", label: "Per workspace", scope: "ops as developer, prod as viewer", workspaces: [ops, prod] });
  });

  it("a member with neither all workspaces nor any grant has no access", () => {
    expect(accessSummary(member({ allWorkspaces: false, workspaceRole: "manager" }))).toEqual({
      kind: "none",
      label: "No access",
      scope: "No workspace",
      workspaces: [],
    });
  });

  it("every kind the filter offers is a label some member gets", () => {
    const kinds = new Set([
      accessSummary(member({ role: "owner" })).kind,
      accessSummary(member({ role: "admin" })).kind,
      ...WORKSPACE_ROLES.map((workspaceRole) => accessSummary(member({ workspaceRole })).kind),
      accessSummary(member({ allWorkspaces: false, workspaceGrants: [ops] })).kind,
      accessSummary(member({ allWorkspaces: false })).kind,
    ]);
    expect([...kinds].sort()).toEqual([...ACCESS_KINDS].sort());
  });
});
