import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createGroup } from "@/server/services/groups/create-group";
import { createUser } from "@/server/services/users/create-user";
import { updateMemberDetail } from "@/server/services/users/update-member";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { actorFor, createMember, createOrganization, createTeam, unique } from "../support/factories";

const events = (organizationId: string) => db.auditEvent.findMany({ where: { organizationId, action: "user.updateMember" }, orderBy: { seq: "asc" } });

describe("user.updateMember", () => {
  it("changes profile, role, groups and workspace access, with one event of the changed fields", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    await createGroup({ actor: admin, input: { name: "writers" } });
    const updated = await updateMemberDetail({
      actor: admin,
      input: {
        userId: team.member.user.id,
        firstName: "Grace",
        lastName: "Hopper",
        role: "viewer",
        workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }] },
        groups: ["writers"],
      },
    });
    expect(updated).toMatchObject({ name: "Grace Hopper", role: "member", workspaceAccess: { all: false, role: "viewer", grants: [{ workspace: "ops", role: "developer" }] } });
    expect(updated.groups.map((g) => g.name)).toEqual(["writers"]);
    const [event] = await events(team.organization.id);
    expect(event).toMatchObject({
      targetId: team.member.user.id,
      before: { firstName: "", lastName: "", allWorkspaces: true, workspaceGrants: [], groups: [] },
      after: { firstName: "Grace", lastName: "Hopper", name: "Grace Hopper", allWorkspaces: false, workspaceGrants: [{ workspace: "ops", role: "developer" }], groups: ["writers"] },
    });
    // The same edit again changes nothing and writes nothing.
    await updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, firstName: "Grace", groups: ["writers"] } });
    expect(await events(team.organization.id)).toHaveLength(1);
  });

  it("switching to all workspaces drops the selected grants", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    await updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "manager" }] } } });
    const all = await updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, role: "operator", workspaceAccess: { all: true } } });
    expect(all.workspaceAccess).toEqual({ all: true, role: "operator", grants: [] });
  });

  it("keeps the owner's role, system users, administrators and your own role out of reach", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const owner = await actorFor(team.owner.member);
    await expect(updateMemberDetail({ actor: owner, input: { userId: team.owner.user.id, role: "viewer" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateMemberDetail({ actor: admin, input: { userId: team.owner.user.id, name: "Renamed" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherAdmin = await createMember(team.organization.id, { role: "admin" });
    await expect(updateMemberDetail({ actor: admin, input: { userId: otherAdmin.user.id, role: "viewer" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Only the owner"),
    });
    await expect(updateMemberDetail({ actor: owner, input: { userId: otherAdmin.user.id, role: "viewer" } })).resolves.toMatchObject({ role: "member" });
    await expect(updateMemberDetail({ actor: admin, input: { userId: team.admin.user.id, role: "viewer" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, role: "admin" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const bot = await createMember(team.organization.id, { system: true });
    await expect(updateMemberDetail({ actor: admin, input: { userId: bot.user.id, name: "Bot" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("System users"),
    });
  });

  it("refuses a taken email with 409, another organization's member with 404, and profile edits of shared accounts", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await expect(updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, email: team.owner.user.email } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [expect.any(String)] },
    });
    const other = await createTeam();
    await expect(updateMemberDetail({ actor: admin, input: { userId: other.member.user.id, name: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const second = await createOrganization();
    await db.member.create({ data: { id: crypto.randomUUID(), organizationId: second.id, userId: team.member.user.id, role: "member" } });
    await expect(updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, email: "new@example.test" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("another organization"),
    });
    // Access inside this organization is still this organization's to change.
    await expect(updateMemberDetail({ actor: admin, input: { userId: team.member.user.id, role: "developer" } })).resolves.toMatchObject({
      workspaceAccess: { role: "developer" },
    });
  });

  it("a rename moves a placeholder email to the new username, so the old username is free again", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const base = { role: "viewer" as const, workspaceAccess: { all: true }, system: false, password: "min-8-chars" };
    const old = unique("old").toLowerCase();
    const renamed = unique("new").toLowerCase();
    const created = await createUser({ actor: admin, input: { ...base, username: old } });
    // The edit form sends the email back unchanged: it still follows the username.
    const moved = await updateMemberDetail({ actor: admin, input: { userId: created.userId, username: renamed, email: created.email } });
    expect(moved).toMatchObject({ username: renamed, email: `${renamed}@users.noreply.invalid` });
    await expect(createUser({ actor: admin, input: { ...base, username: old } })).resolves.toMatchObject({ email: `${old}@users.noreply.invalid` });

    // An email of its own is kept as given.
    const third = unique("third").toLowerCase();
    await expect(updateMemberDetail({ actor: admin, input: { userId: created.userId, username: third, email: `${third}@example.test` } })).resolves.toMatchObject({
      username: third,
      email: `${third}@example.test`,
    });
  });

  it("a rename onto a username whose placeholder another account holds is a 409 naming the username", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const input = { role: "viewer" as const, workspaceAccess: { all: true }, system: false, password: "min-8-chars", username: unique("x") };
    const created = await createUser({ actor: admin, input });
    const wanted = unique("held").toLowerCase();
    await createMember(team.organization.id, { email: `${wanted}@users.noreply.invalid` });
    await expect(updateMemberDetail({ actor: admin, input: { userId: created.userId, username: wanted } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { username: ["That username is already taken"] },
    });
  });
});
