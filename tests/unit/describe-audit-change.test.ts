import { describe, expect, it } from "vitest";
import { describeAuditChange, describeAuditValue } from "@/lib/describe-audit-change";

describe("audit changes in words", () => {
  it("pairs each field's old and new value, by field name", () => {
    expect(describeAuditChange({ role: "member", workspaceRole: "viewer" }, { role: "member", workspaceRole: "developer", allWorkspaces: false })).toEqual([
      { field: "allWorkspaces", after: "no" },
      { field: "role", before: "member", after: "member" },
      { field: "workspaceRole", before: "viewer", after: "developer" },
    ]);
  });

  it("shows a creation as the values set and a deletion as old values only", () => {
    expect(describeAuditChange(null, { name: "ops", description: "", groups: [], system: false })).toEqual([
      { field: "name", after: "ops" },
      { field: "system", after: "no" },
    ]);
    expect(describeAuditChange({ name: "ops", memberGrants: 2 }, null)).toEqual([
      { field: "memberGrants", before: "2" },
      { field: "name", before: "ops" },
    ]);
    expect(describeAuditChange(null, null)).toEqual([]);
  });

  it("reads workspace grants, lists, nothing and booleans as a person would", () => {
    expect(describeAuditValue([{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }])).toBe("ops as developer, prod as operator");
    expect(describeAuditValue([])).toBe("none");
    expect(describeAuditValue(null)).toBe("none");
    expect(describeAuditValue(true)).toBe("yes");
    expect(describeAuditValue("")).toBe("(empty)");
    expect(describeAuditValue({ a: 1, b: ["x"] })).toBe("a: 1; b: x");
  });
});
