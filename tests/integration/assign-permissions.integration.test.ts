import { describe, expect, it } from "vitest";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { assignPermissions } from "@/server/services/users/assign-permissions";
import { insertApiKey } from "../support/api-keys";
import { actorFor, createMember, createTeam } from "../support/factories";

const grantsOf = async (memberId: string) => (await db.member.findUniqueOrThrow({ where: { id: memberId } })).grants.sort();

describe("user.assignPermissions", () => {
  it("applies Dokploy's body: role and the three flags, reported back as flags", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const result = await assignPermissions({
      actor: owner,
      input: { id: team.member.user.id, role: "admin", canCreateProjects: true, canDeleteProjects: false, canAccessAuditLog: true },
    });
    expect(result).toMatchObject({
      userId: team.member.user.id,
      role: "admin",
      ownershipTransferred: false,
      flags: { canCreateProjects: true, canDeleteProjects: false, canAccessAuditLog: true, canAccessToDocker: false },
    });
    const stored = await db.member.findUniqueOrThrow({ where: { id: team.member.member.id } });
    expect(stored.role).toBe("admin");
    expect(stored.grants.sort()).toEqual(["audit:read", "project:create"]);
  });

  it("is a partial update: flags left out stay as they were, and the role stays when not given", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    await assignPermissions({ actor: owner, input: { id: team.member.user.id, canCreateProjects: true, canAccessToDocker: true } });
    await assignPermissions({ actor: owner, input: { id: team.member.user.id, canAccessToDocker: false, canAccessToSSHKeys: true } });
    expect(await grantsOf(team.member.member.id)).toEqual(["project:create", "sshKey:access"]);
    expect((await db.member.findUniqueOrThrow({ where: { id: team.member.member.id } })).role).toBe("member");
  });

  it("is for the owner only: admins and members are refused and nothing changes", async () => {
    const team = await createTeam();
    for (const who of [team.admin, team.member]) {
      const actor = await actorFor(who.member);
      await expect(assignPermissions({ actor, input: { id: team.member.user.id, canCreateProjects: true } })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Only the organization owner can assign permissions",
      });
    }
    expect(await grantsOf(team.member.member.id)).toEqual([]);
  });

  it("refuses the owner's read-only key", async () => {
    const team = await createTeam();
    const { key } = await insertApiKey(team.owner.user.id, team.organization.id, { permissions: ["member:read"] });
    const actor = toActor((await resolveIdentity(new Headers({ "x-api-key": key })))!);
    await expect(assignPermissions({ actor, input: { id: team.member.user.id, role: "owner" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.member.findUniqueOrThrow({ where: { id: team.owner.member.id } })).role).toBe("owner");
  });

  it("answers 404 for a user of another organization, even to that organization's owner", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    for (const who of [team.owner, team.admin]) {
      const actor = await actorFor(who.member);
      await expect(assignPermissions({ actor, input: { id: elsewhere.member.user.id, canCreateProjects: true } })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await grantsOf(elsewhere.member.member.id)).toEqual([]);
  });

  it("transfers ownership: the new owner is owner, the old one becomes admin, in one step", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const result = await assignPermissions({ actor: owner, input: { id: team.member.user.id, role: "owner" } });
    expect(result).toMatchObject({ role: "owner", ownershipTransferred: true });
    const roles = await db.member.findMany({ where: { organizationId: team.organization.id }, select: { userId: true, role: true } });
    expect(roles.filter((m) => m.role === "owner")).toEqual([{ userId: team.member.user.id, role: "owner" }]);
    expect(roles.find((m) => m.userId === team.owner.user.id)?.role).toBe("admin");

    // The previous owner, now admin, can no longer assign permissions…
    const previous = await actorFor(team.owner.member);
    await expect(assignPermissions({ actor: previous, input: { id: team.admin.user.id, canCreateProjects: true } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // …and a stale request made as owner before the transfer is refused too.
    await expect(assignPermissions({ actor: owner, input: { id: team.admin.user.id, canCreateProjects: true } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await grantsOf(team.admin.member.id)).toEqual([]);
  });

  it("refuses the owner demoting themselves: the organization always has an owner", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    await expect(assignPermissions({ actor: owner, input: { id: team.owner.user.id, role: "admin" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await db.member.findUniqueOrThrow({ where: { id: team.owner.member.id } })).role).toBe("owner");
  });
});

describe("ownership transfer targets", () => {
  it("refuses to make a disabled user or a system user the owner, and changes nothing", async () => {
    const team = await createTeam();
    const disabled = await createMember(team.organization.id, { banned: true });
    const bot = await createMember(team.organization.id, { system: true });
    const owner = await actorFor(team.owner.member);
    await expect(assignPermissions({ actor: owner, input: { id: disabled.user.id, role: "owner" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(assignPermissions({ actor: owner, input: { id: bot.user.id, role: "owner" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const owners = await db.member.findMany({ where: { organizationId: team.organization.id, role: "owner" } });
    expect(owners.map((m) => m.userId)).toEqual([team.owner.user.id]);
  });
});
