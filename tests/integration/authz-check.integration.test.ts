import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Permission } from "@/lib/permissions";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { checkAccess } from "@/server/services/access/check-access";
import { createGroup } from "@/server/services/groups/create-group";
import { createUser } from "@/server/services/users/create-user";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { updateMemberDetail } from "@/server/services/users/update-member";
import { loadCheckFacts } from "@/server/services/access/load-check-facts";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { actorFor, createTeam, unique } from "../support/factories";

// Counts the statements authz.check runs: the loader is the only place it reads the database.
vi.mock("@/server/services/access/load-check-facts", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/services/access/load-check-facts")>();
  return { ...original, loadCheckFacts: vi.fn(original.loadCheckFacts) };
});

describe("authz.check", () => {
  let team: Awaited<ReturnType<typeof createTeam>>;
  let admin: Actor;
  let bobId: string;
  beforeAll(async () => {
    team = await createTeam();
    admin = await actorFor(team.admin.member);
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    await createWorkspace({ actor: admin, input: { name: "prod" } });
    await createWorkspace({ actor: admin, input: { name: "dev" } });
    const bob = await createUser({
      actor: admin,
      input: {
        username: unique("bob"),
        password: "min-8-chars",
        role: "viewer",
        workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] },
        system: false,
      },
    });
    bobId = bob.userId;
  });

  const ask = (permission: Permission, workspace?: string, userId = bobId) => checkAccess({ actor: admin, input: { permission, workspace, userId } });

  it.each([
    ["workflow:read", undefined, true],
    ["workflow:read", "default", true],
    ["workflow:run", undefined, false],
    ["workflow:edit", "ops", true],
    ["workflow:run", "prod", true],
    ["workflow:edit", "prod", false],
    ["workflow:read", "dev", false],
    ["member:read", undefined, false],
  ] as const)("answers Dagu's bob: %s in %s → %s", async (permission, workspace, allowed) => {
    const answer = await ask(permission, workspace);
    expect(answer).toMatchObject({ allowed, userId: bobId, permission, workspace: workspace === "default" ? null : (workspace ?? null), reason: null });
    expect(answer.sources.length > 0).toBe(allowed);
  });

  it("names the grant that allows it", async () => {
    expect((await ask("workflow:edit", "ops")).sources).toEqual([{ kind: "workspaceRole", role: "developer", via: "member" }]);
  });

  it("includes group grants in the named workspace", async () => {
    const group = await createGroup({ actor: admin, input: { name: unique("oncall"), workspaceGrants: [{ workspace: "dev", role: "operator" }], members: [bobId] } });
    const answer = await ask("workflow:run", "dev");
    expect(answer).toMatchObject({ allowed: true, sources: [{ kind: "workspaceRole", role: "operator", via: { groupId: group.id, groupName: group.name } }] });
  });

  it("answers about yourself without member:read, and refuses asking about others without it", async () => {
    const bobMember = await db.member.findFirstOrThrow({ where: { userId: bobId } });
    const bob = await actorFor(bobMember);
    await expect(checkAccess({ actor: bob, input: { permission: "workflow:edit", workspace: "ops" } })).resolves.toMatchObject({ allowed: true, userId: bobId });
    await expect(checkAccess({ actor: bob, input: { permission: "workflow:read", userId: team.admin.user.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkAccess({ actor: admin, input: { permission: "settings:manage" } })).resolves.toMatchObject({
      allowed: true,
      sources: [{ kind: "role", role: "admin" }],
    });
  });

  it("narrows your own answer to your API key's scope", async () => {
    const scoped: Actor = { ...admin, apiKey: { id: "k", permissions: ["member:read"] } };
    await expect(checkAccess({ actor: scoped, input: { permission: "member:read" } })).resolves.toMatchObject({ allowed: true });
    await expect(checkAccess({ actor: scoped, input: { permission: "member:delete" } })).resolves.toMatchObject({ allowed: false, reason: expect.stringContaining("scope") });
  });

  it("is 404 for another organization's user or workspace, and for an unknown workspace", async () => {
    const other = await createTeam();
    const otherAdmin = await actorFor(other.admin.member);
    await createWorkspace({ actor: otherAdmin, input: { name: "theirs" } });
    await expect(ask("workflow:read", undefined, other.member.user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(ask("workflow:read", "theirs")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkAccess({ actor: otherAdmin, input: { permission: "workflow:read", userId: bobId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads the facts once per second at most, and answers a change at once", async () => {
    const target = await createUser({
      actor: admin,
      input: { username: unique("cached"), password: "min-8-chars", role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }] }, system: false },
    });
    const loads = vi.mocked(loadCheckFacts);
    loads.mockClear();
    expect((await ask("workflow:edit", "ops", target.userId)).allowed).toBe(true);
    expect((await ask("workflow:edit", "ops", target.userId)).allowed).toBe(true);
    expect(loads).toHaveBeenCalledTimes(1);
    await updateMemberDetail({ actor: admin, input: { userId: target.userId, workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "viewer" }] } } });
    expect((await ask("workflow:edit", "ops", target.userId)).allowed).toBe(false);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it("answers no for a disabled user", async () => {
    const target = await createUser({ actor: admin, input: { username: unique("gone"), password: "min-8-chars", role: "manager", workspaceAccess: { all: true }, system: false } });
    expect((await ask("workflow:admin", "ops", target.userId)).allowed).toBe(true);
    await setUserDisabled({ actor: admin, userId: target.userId, disabled: true });
    await expect(ask("workflow:admin", "ops", target.userId)).resolves.toMatchObject({ allowed: false, reason: "This account is disabled" });
  });
});
