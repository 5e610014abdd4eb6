import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { allows } from "@/lib/access";
import { db } from "@/server/db";
import { loadAccessFacts } from "@/server/services/access/load-access-facts";
import { createGroup } from "@/server/services/groups/create-group";
import { createUser } from "@/server/services/users/create-user";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { actorFor, createMember, createTeam, unique } from "../support/factories";

describe("user.create (Dagu's and the data platform's Create User)", () => {
  it("creates alice with developer in all workspaces, hashed password and a placeholder email", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const username = unique("alice");
    const alice = await createUser({
      actor: admin,
      input: { username, password: "min-8-chars", role: "developer", workspaceAccess: { all: true }, system: false },
    });
    expect(alice).toMatchObject({ username, role: "member", email: `${username}@users.noreply.invalid`, enabled: true, system: false });
    expect(alice.workspaceAccess).toEqual({ all: true, role: "developer", grants: [] });
    const account = await db.account.findFirstOrThrow({ where: { userId: alice.userId } });
    expect(await verifyPassword({ hash: account.password!, password: "min-8-chars" })).toBe(true);
    const [event] = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "user.create" } });
    expect(event).toMatchObject({ targetId: alice.userId, after: { username, role: "member", workspaceRole: "developer", allWorkspaces: true, emailPlaceholder: true } });
    expect(JSON.stringify(event)).not.toContain("min-8-chars");
  });

  it("creates bob with viewer top-level, developer in ops and operator in prod", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const ops = await createWorkspace({ actor: admin, input: { name: "ops" } });
    const prod = await createWorkspace({ actor: admin, input: { name: "prod" } });
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
    expect(bob.workspaceAccess).toMatchObject({ all: false, role: "viewer", grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] });
    const facts = await loadAccessFacts(bob.id);
    expect(allows(facts, "workflow:edit", ops.id).allowed).toBe(true);
    expect(allows(facts, "workflow:edit", prod.id).allowed).toBe(false);
    expect(allows(facts, "workflow:run", prod.id).allowed).toBe(true);
    expect(allows(facts, "workflow:run").allowed).toBe(false);
    expect(allows(facts, "workflow:read").allowed).toBe(true);
  });

  it("takes names, email and groups (by name or id)", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const devs = await createGroup({ actor: admin, input: { name: "developers" } });
    await createGroup({ actor: admin, input: { name: "admins" } });
    const username = unique("john");
    const john = await createUser({
      actor: admin,
      input: { username, password: "min-8-chars", firstName: "John", lastName: "Doe", email: `${username}@Example.com`, groups: ["admins", devs.id], role: "viewer", workspaceAccess: { all: true }, system: false },
    });
    expect(john).toMatchObject({ name: "John Doe", firstName: "John", lastName: "Doe", email: `${username}@example.com` });
    expect(john.groups.map((g) => g.name)).toEqual(["admins", "developers"]);
  });

  it("refuses a taken username or email with 409 naming the field, and unknown workspaces or groups with 400 naming them", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const base = { password: "min-8-chars", role: "viewer" as const, workspaceAccess: { all: true }, system: false };
    await expect(createUser({ actor: admin, input: { ...base, username: team.member.user.username.toUpperCase() } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { username: [expect.any(String)] },
    });
    await expect(createUser({ actor: admin, input: { ...base, username: unique("x"), email: team.member.user.email } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [expect.any(String)] },
    });
    // Another organization's member: the same 409, saying nothing of where the address lives.
    const other = await createTeam();
    const elsewhere = createUser({ actor: admin, input: { ...base, username: unique("x"), email: other.member.user.email } });
    await expect(elsewhere).rejects.toMatchObject({ code: "CONFLICT", message: "That email address is not available", fieldErrors: { email: ["That email address is not available"] } });
    await expect(
      createUser({ actor: admin, input: { ...base, username: unique("x"), workspaceAccess: { all: false, grants: [{ workspace: "prdo", role: "viewer" }] } } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining('"prdo"'), fieldErrors: { "workspaceAccess.grants.0.workspace": [expect.any(String)] } });
    await expect(createUser({ actor: admin, input: { ...base, username: unique("x"), groups: ["ghosts"] } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ghosts"),
    });
  });

  it("answers 20 concurrent creations of one username with one user and nineteen 409s naming the username", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const username = unique("race");
    // No email: each gets the username's placeholder address, which collides too; the username is what is taken.
    const input = { username, role: "viewer" as const, workspaceAccess: { all: true }, system: true };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => createUser({ actor: admin, input })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: "CONFLICT", fieldErrors: { username: ["That username is already taken"] } });
    }
    expect(await db.user.count({ where: { username } })).toBe(1);
  });

  it("names the username when another account holds the username's placeholder address", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const username = unique("held").toLowerCase();
    await createMember(team.organization.id, { email: `${username}@users.noreply.invalid` });
    await expect(
      createUser({ actor: admin, input: { username, password: "min-8-chars", role: "viewer", workspaceAccess: { all: true }, system: false } }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { username: ["That username is already taken"] } });
  });

  it("creates a system user without a password or a credential account", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const bot = await createUser({ actor: admin, input: { username: unique("ci-bot"), system: true, role: "operator", workspaceAccess: { all: true } } });
    expect(bot.system).toBe(true);
    expect(await db.account.count({ where: { userId: bot.userId } })).toBe(0);
  });

  it("lets only the owner create administrators, and members create nobody", async () => {
    const team = await createTeam();
    const input = { username: unique("boss"), password: "min-8-chars", role: "admin" as const, workspaceAccess: { all: true }, system: false };
    await expect(createUser({ actor: await actorFor(team.admin.member), input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createUser({ actor: await actorFor(team.owner.member), input })).resolves.toMatchObject({ role: "admin" });
    await expect(createUser({ actor: await actorFor(team.member.member), input: { ...input, username: unique("x"), role: "viewer" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
