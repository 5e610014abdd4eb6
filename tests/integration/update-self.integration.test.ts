import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { updateSelf } from "@/server/services/users/update-self";
import { actorFor, createMember, createOrganization, createTeam, DEFAULT_PASSWORD } from "../support/factories";

async function addSession(userId: string) {
  return db.session.create({
    data: { id: randomUUID(), userId, token: randomUUID(), expiresAt: new Date(Date.now() + 3_600_000) },
  });
}

describe("user.update on yourself", () => {
  let team: Awaited<ReturnType<typeof createTeam>>;
  beforeEach(async () => {
    team = await createTeam();
  });

  it("changes names and email; a first/last name change updates the display name", async () => {
    const actor = await actorFor(team.member.member);
    const profile = await updateSelf({ actor, input: { firstName: "Grace", lastName: "Hopper", email: "Grace@Example.test" } });
    expect(profile).toMatchObject({ firstName: "Grace", lastName: "Hopper", name: "Grace Hopper", email: "grace@example.test" });
    const stored = await db.user.findUniqueOrThrow({ where: { id: actor.user.id } });
    expect(stored.name).toBe("Grace Hopper");
  });

  it("refuses an email another user has with 409 naming the field, and changes nothing", async () => {
    const actor = await actorFor(team.member.member);
    await expect(updateSelf({ actor, input: { name: "New", email: team.admin.user.email } })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [expect.any(String)] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.user.id } })).name).toBe(team.member.user.name);
  });

  it("refuses a wrong current password with 400 on currentPassword; the password stays", async () => {
    const actor = await actorFor(team.member.member);
    await expect(
      updateSelf({ actor, input: { currentPassword: "not-it", password: "brand-new-password" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { currentPassword: ["Current password is incorrect"] } });
    const account = await db.account.findFirstOrThrow({ where: { userId: actor.user.id } });
    expect(await verifyPassword({ hash: account.password!, password: DEFAULT_PASSWORD })).toBe(true);
  });

  it("changes the password with the current one and signs out every other session, keeping this one", async () => {
    const current = await addSession(team.member.user.id);
    const other = await addSession(team.member.user.id);
    const someoneElse = await addSession(team.admin.user.id);
    const actor = await actorFor(team.member.member, current.id);
    await updateSelf({ actor, input: { currentPassword: DEFAULT_PASSWORD, password: "brand-new-password" } });

    const account = await db.account.findFirstOrThrow({ where: { userId: actor.user.id } });
    expect(await verifyPassword({ hash: account.password!, password: "brand-new-password" })).toBe(true);
    const remaining = await db.session.findMany({ where: { id: { in: [current.id, other.id, someoneElse.id] } } });
    expect(remaining.map((s) => s.id).sort()).toEqual([current.id, someoneElse.id].sort());
  });

  it("refuses system users: they are read-only", async () => {
    const organization = await createOrganization();
    const bot = await createMember(organization.id, { system: true });
    const actor = await actorFor(bot.member);
    await expect(updateSelf({ actor, input: { name: "Renamed" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
