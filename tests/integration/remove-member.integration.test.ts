import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { removeMember } from "@/server/services/users/remove-member";
import { insertApiKey, insertSession } from "../support/api-keys";
import { actorFor, createMember, createOrganization, createTeam } from "../support/factories";

const membershipExists = (organizationId: string, userId: string) =>
  db.member.count({ where: { organizationId, userId } }).then((n) => n === 1);

describe("user.remove: Dokploy's rules", () => {
  it("lets an admin remove a member, and the owner remove an admin", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    expect(await removeMember({ actor: admin, userId: team.member.user.id })).toEqual({
      success: true,
      userId: team.member.user.id,
      accountDeleted: true,
    });
    const owner = await actorFor(team.owner.member);
    await removeMember({ actor: owner, userId: team.admin.user.id });
    expect(await db.member.count({ where: { organizationId: team.organization.id } })).toBe(1);
  });

  it("never removes the owner, not even for another admin", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await expect(removeMember({ actor: admin, userId: team.owner.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "The organization owner cannot be removed",
    });
    expect(await membershipExists(team.organization.id, team.owner.user.id)).toBe(true);
  });

  it("refuses removing yourself, for admins and for the owner", async () => {
    const team = await createTeam();
    for (const who of [team.admin, team.owner]) {
      const actor = await actorFor(who.member);
      await expect(removeMember({ actor, userId: who.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await membershipExists(team.organization.id, who.user.id)).toBe(true);
    }
  });

  it("only the owner removes administrators", async () => {
    const team = await createTeam();
    const otherAdmin = await createMember(team.organization.id, { role: "admin" });
    const admin = await actorFor(team.admin.member);
    await expect(removeMember({ actor: admin, userId: otherAdmin.user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the owner can remove administrators",
    });
    expect(await membershipExists(team.organization.id, otherAdmin.user.id)).toBe(true);
  });

  it("refuses plain members, whoever the target is", async () => {
    const team = await createTeam();
    const other = await createMember(team.organization.id);
    const member = await actorFor(team.member.member);
    await expect(removeMember({ actor: member, userId: other.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipExists(team.organization.id, other.user.id)).toBe(true);
  });

  it("refuses system users: they are read-only through the user endpoints", async () => {
    const team = await createTeam();
    const bot = await createMember(team.organization.id, { system: true });
    const owner = await actorFor(team.owner.member);
    await expect(removeMember({ actor: owner, userId: bot.user.id })).rejects.toMatchObject({ code: "FORBIDDEN", message: /System users/ });
    expect(await membershipExists(team.organization.id, bot.user.id)).toBe(true);
  });

  it("answers 404 for a user of another organization, and for no user at all; nothing changes", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    const owner = await actorFor(team.owner.member);
    await expect(removeMember({ actor: owner, userId: elsewhere.member.user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember({ actor: owner, userId: "no-such-user" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Even a plain member, who may remove no one, learns nothing about other organizations.
    const member = await actorFor(team.member.member);
    await expect(removeMember({ actor: member, userId: elsewhere.member.user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await membershipExists(elsewhere.organization.id, elsewhere.member.user.id)).toBe(true);
  });

  it("ends the user's sessions and deletes their keys for this organization, keeping the account when they belong elsewhere", async () => {
    const team = await createTeam();
    const other = await createOrganization();
    await db.member.create({ data: { id: randomUUID(), organizationId: other.id, userId: team.member.user.id, role: "member" } });
    const here = await insertApiKey(team.member.user.id, team.organization.id);
    const there = await insertApiKey(team.member.user.id, other.id);
    const session = await insertSession(team.member.user.id, team.organization.id);
    // Both keys work before.
    expect(await resolveIdentity(new Headers({ "x-api-key": here.key }))).not.toBeNull();

    const admin = await actorFor(team.admin.member);
    expect(await removeMember({ actor: admin, userId: team.member.user.id })).toMatchObject({ accountDeleted: false });

    expect(await membershipExists(team.organization.id, team.member.user.id)).toBe(false);
    expect(await membershipExists(other.id, team.member.user.id)).toBe(true);
    expect(await db.user.count({ where: { id: team.member.user.id } })).toBe(1);
    expect(await db.apikey.findMany({ where: { referenceId: team.member.user.id }, select: { id: true } })).toEqual([{ id: there.id }]);
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
    // The removed organization's key is refused at once; the other organization's key still works.
    await expect(resolveIdentity(new Headers({ "x-api-key": here.key }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(resolveIdentity(new Headers({ authorization: `Bearer ${session.token}` }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const identity = await resolveIdentity(new Headers({ "x-api-key": there.key }));
    expect(identity?.membership?.organizationId).toBe(other.id);
  });

  it("deletes the account (and its credentials) when it belongs to no other organization", async () => {
    const team = await createTeam();
    await insertApiKey(team.member.user.id, team.organization.id);
    const owner = await actorFor(team.owner.member);
    expect(await removeMember({ actor: owner, userId: team.member.user.id })).toMatchObject({ accountDeleted: true });
    expect(await db.user.count({ where: { id: team.member.user.id } })).toBe(0);
    expect(await db.account.count({ where: { userId: team.member.user.id } })).toBe(0);
    expect(await db.apikey.count({ where: { referenceId: team.member.user.id } })).toBe(0);
  });

  it("refuses a read-only key of an administrator", async () => {
    const team = await createTeam();
    const { key } = await insertApiKey(team.owner.user.id, team.organization.id, { permissions: ["member:read"] });
    const actor = toActor((await resolveIdentity(new Headers({ "x-api-key": key })))!);
    await expect(removeMember({ actor, userId: team.member.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipExists(team.organization.id, team.member.user.id)).toBe(true);
  });
});
