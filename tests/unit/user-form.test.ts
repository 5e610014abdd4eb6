import { describe, expect, it } from "vitest";
import { ZCreateUserInput, ZUpdateMemberInput } from "@/lib/schemas/user-admin";
import { CREATE_USER_DEFAULTS, toCreateUserInput, toUpdateMemberInput, ZCreateUserForm, ZResetPasswordForm, type TCreateUserForm } from "@/lib/schemas/user-form";

const form = (patch: Partial<TCreateUserForm>): TCreateUserForm => ({ ...CREATE_USER_DEFAULTS, username: "bob", password: "min-8-chars", ...patch });

describe("the Create User form", () => {
  it("sends Dagu's selected-workspaces body, which user.create accepts", () => {
    const input = toCreateUserInput(
      form({ role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] } }),
    );
    expect(input).toEqual({
      username: "bob",
      password: "min-8-chars",
      role: "viewer",
      system: false,
      workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] },
    });
    expect(ZCreateUserInput.safeParse(input).success).toBe(true);
  });

  it("leaves out empty boxes and, for all workspaces, the grants", () => {
    const input = toCreateUserInput(form({ firstName: " Ada ", email: "", groups: ["g1"], workspaceAccess: { all: true, grants: [] } }));
    expect(input).toMatchObject({ firstName: "Ada", groups: ["g1"], workspaceAccess: { all: true } });
    expect(input).not.toHaveProperty("email");
    expect(input).not.toHaveProperty("lastName");
  });

  it("needs a password of 8 or more for people and none for system users", () => {
    expect(ZCreateUserForm.safeParse(form({ password: "short" })).error?.issues[0]?.path).toEqual(["password"]);
    const system = form({ system: true, password: "typed before the switch" });
    expect(ZCreateUserForm.safeParse(system).success).toBe(true);
    const input = toCreateUserInput(system);
    expect(input).not.toHaveProperty("password");
    expect(ZCreateUserInput.safeParse(input).success).toBe(true);
  });

  it("refuses a workspace granted twice", () => {
    const twice = form({ workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "viewer" }, { workspace: "ops", role: "manager" }] } });
    expect(ZCreateUserForm.safeParse(twice).success).toBe(false);
  });
});

describe("the Edit access and Reset password forms", () => {
  it("sends only the parts that changed", () => {
    const values = { role: "developer" as const, groups: ["g1"], workspaceAccess: { all: true, grants: [] } };
    expect(toUpdateMemberInput("u1", values, { groups: true })).toEqual({ userId: "u1", groups: ["g1"] });
    const all = toUpdateMemberInput("u1", values, { role: true, groups: true, workspaceAccess: true });
    expect(all).toEqual({ userId: "u1", role: "developer", groups: ["g1"], workspaceAccess: { all: true } });
    expect(ZUpdateMemberInput.safeParse(all).success).toBe(true);
  });

  it("asks for the new password twice", () => {
    expect(ZResetPasswordForm.safeParse({ password: "new-password", confirmPassword: "new-password" }).success).toBe(true);
    expect(ZResetPasswordForm.safeParse({ password: "new-password", confirmPassword: "new-passwort" }).error?.issues[0]?.path).toEqual(["confirmPassword"]);
  });
});
