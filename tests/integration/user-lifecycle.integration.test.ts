import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { resolveIdentity } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { revokeUserSessions } from "@/server/services/users/revoke-user-sessions";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { insertApiKey, insertSession } from "../support/api-keys";
import { actorFor, createMember, createOrganization, createTeam } from "../support/factories";

const headers = (values: Record<string, string>) => new Headers(values);

describe("user.disable and user.enable", () => {
  it("refuses the disabled user's live session and API key on the next request, and enable restores the key", async () => {
    const team = await createTeam();
    const session = await insertSession(team.member.user.id, team.organization.id);
    const { key } = await insertApiKey(team.member.user.id, team.organization.id);
    // Both work, and the key is now in this instance's cache.
    await expect(resolveIdentity(headers({ authorization: `Bearer ${session.token}` }))).resolves.toMatchObject({ user: { id: team.member.user.id } });
    await expect(resolveIdentity(headers({ "x-api-key": key }))).resolves.toMatchObject({ user: { id: team.member.user.id } });

    const admin = await actorFor(team.admin.member);
    const result = await setUserDisabled({ actor: admin, userId: team.member.user.id, disabled: true });
    expect(result).toEqual({ success: true, userId: team.member.user.id, enabled: false, changed: true, sessionsRevoked: 1 });
    await expect(resolveIdentity(headers({ authorization: `Bearer ${session.token}` }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(resolveIdentity(headers({ "x-api-key": key }))).rejects.toMatchObject({ code: "UNAUTHORIZED", message: expect.stringContaining("disabled") });
    // History and ownership stay: the membership and the key are still there.
    expect(await db.member.count({ where: { userId: team.member.user.id } })).toBe(1);
    expect(await db.apikey.count({ where: { referenceId: team.member.user.id } })).toBe(1);

    await expect(setUserDisabled({ actor: admin, userId: team.member.user.id, disabled: true })).resolves.toMatchObject({ changed: false });
    await setUserDisabled({ actor: admin, userId: team.member.user.id, disabled: false });
    await expect(resolveIdentity(headers({ "x-api-key": key }))).resolves.toMatchObject({ user: { id: team.member.user.id } });
    const events = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: { in: ["user.disable", "user.enable"] } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["user.disable", { enabled: true }, { enabled: false, sessionsRevoked: 1 }],
      ["user.enable", { enabled: false }, { enabled: true }],
    ]);
  });

  it("lets nobody disable themselves or the owner; only the owner disables admins; members never", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const owner = await actorFor(team.owner.member);
    await expect(setUserDisabled({ actor: admin, userId: team.admin.user.id, disabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserDisabled({ actor: owner, userId: team.owner.user.id, disabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserDisabled({ actor: admin, userId: team.owner.user.id, disabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const otherAdmin = await createMember(team.organization.id, { role: "admin" });
    await expect(setUserDisabled({ actor: admin, userId: otherAdmin.user.id, disabled: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setUserDisabled({ actor: owner, userId: otherAdmin.user.id, disabled: true })).resolves.toMatchObject({ enabled: false });
    await expect(setUserDisabled({ actor: await actorFor(team.member.member), userId: team.admin.user.id, disabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses to disable an account that also belongs to another organization", async () => {
    const team = await createTeam();
    const second = await createOrganization();
    await db.member.create({ data: { id: crypto.randomUUID(), organizationId: second.id, userId: team.member.user.id, role: "member" } });
    await expect(setUserDisabled({ actor: await actorFor(team.admin.member), userId: team.member.user.id, disabled: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("another organization"),
    });
  });
});

describe("user.resetPassword", () => {
  it("sets the password and ends every session of the user", async () => {
    const team = await createTeam();
    await insertSession(team.member.user.id);
    await insertSession(team.member.user.id);
    const result = await resetUserPassword({ actor: await actorFor(team.admin.member), userId: team.member.user.id, password: "a-new-password" });
    expect(result).toEqual({ success: true, userId: team.member.user.id, sessionsRevoked: 2 });
    expect(await db.session.count({ where: { userId: team.member.user.id } })).toBe(0);
    const account = await db.account.findFirstOrThrow({ where: { userId: team.member.user.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: "a-new-password" })).toBe(true);
    const [event] = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "user.resetPassword" } });
    expect(event?.after).toEqual({ passwordReset: true, sessionsRevoked: 2 });
    expect(JSON.stringify(event)).not.toContain("a-new-password");
    expect(JSON.stringify(event)).not.toContain(account.password!);
  });

  it("refuses yourself, system users, the owner and (for admins) other admins", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const bot = await createMember(team.organization.id, { system: true });
    const otherAdmin = await createMember(team.organization.id, { role: "admin" });
    for (const userId of [team.admin.user.id, bot.user.id, team.owner.user.id, otherAdmin.user.id]) {
      await expect(resetUserPassword({ actor: admin, userId, password: "a-new-password" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await createTeam();
    await expect(resetUserPassword({ actor: admin, userId: other.member.user.id, password: "a-new-password" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("user.revokeSessions", () => {
  it("ends all of a member's sessions with one event; none open writes none", async () => {
    const team = await createTeam();
    await insertSession(team.member.user.id);
    const admin = await actorFor(team.admin.member);
    await expect(revokeUserSessions({ actor: admin, userId: team.member.user.id })).resolves.toMatchObject({ sessionsRevoked: 1 });
    await expect(revokeUserSessions({ actor: admin, userId: team.member.user.id })).resolves.toMatchObject({ sessionsRevoked: 0 });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: "user.revokeSessions" } })).toBe(1);
    await expect(revokeUserSessions({ actor: admin, userId: team.owner.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeUserSessions({ actor: await actorFor(team.member.member), userId: team.admin.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("user.createApiKey for a system user", () => {
  it("lets an admin create a key that acts as the system user, within the system user's permissions", async () => {
    const team = await createTeam();
    const bot = await createMember(team.organization.id, { system: true });
    await db.member.update({ where: { id: bot.member.id }, data: { workspaceRole: "operator" } });
    const admin = await actorFor(team.admin.member);
    const created = await createApiKey({ actor: admin, input: { name: "ci", userId: bot.user.id } });
    const identity = await resolveIdentity(headers({ authorization: `Bearer ${created.key}` }));
    expect(identity).toMatchObject({ user: { id: bot.user.id, system: true }, membership: { organizationId: team.organization.id } });
    await expect(createApiKey({ actor: admin, input: { name: "too wide", userId: bot.user.id, permissions: ["member:read"] } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const [event] = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "user.createApiKey" } });
    expect(event).toMatchObject({ actorUserId: team.admin.user.id, after: { ownerId: bot.user.id, owner: bot.user.username } });
  });

  it("refuses keys for people, for other organizations' system users, and from non-admins", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const bot = await createMember(team.organization.id, { system: true });
    const theirBot = await createMember(other.organization.id, { system: true });
    const admin = await actorFor(team.admin.member);
    await expect(createApiKey({ actor: admin, input: { name: "x", userId: team.member.user.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createApiKey({ actor: admin, input: { name: "x", userId: theirBot.user.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createApiKey({ actor: await actorFor(team.member.member), input: { name: "x", userId: bot.user.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // Without userId (or with your own), nothing changes for existing callers.
    await expect(createApiKey({ actor: admin, input: { name: "mine", userId: team.admin.user.id } })).resolves.toMatchObject({ name: "mine" });
    expect(await db.apikey.count({ where: { referenceId: team.admin.user.id } })).toBe(1);
  });
});
