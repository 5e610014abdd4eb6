import { describe, expect, it } from "vitest";
import { hashApiKey } from "@/server/actor/hash-api-key";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { deleteApiKey } from "@/server/services/api-keys/delete-api-key";
import { updateSelf } from "@/server/services/users/update-self";
import { insertApiKey } from "../support/api-keys";
import { actorFor, createOrganization, createTeam } from "../support/factories";

const asKey = (key: string) => new Headers({ authorization: `Bearer ${key}` });

describe("user.createApiKey", () => {
  it("creates a key for the caller's organization, shows it once and stores only its hash", async () => {
    const team = await createTeam();
    const actor = await actorFor(team.member.member);
    const created = await createApiKey({ actor, input: { name: "Production API Key", prefix: "prod", expiresIn: 31536000 } });

    expect(created).toMatchObject({ name: "Production API Key", prefix: "prod", organizationId: team.organization.id });
    expect(created.key.startsWith("prod_")).toBe(true);
    const expiresIn = Date.parse(created.expiresAt!) - Date.parse(created.createdAt);
    expect(expiresIn).toBe(31536000 * 1000);

    const row = await db.apikey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.key).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row.start).toBe(created.key.slice(0, row.start!.length));
    expect(created.key.length).toBeGreaterThan(row.start!.length + 20);

    const identity = await resolveIdentity(asKey(created.key));
    expect(identity).toMatchObject({ user: { id: team.member.user.id }, apiKey: { id: created.id }, membership: { organizationId: team.organization.id } });
  });

  it("has no limits by default: no rate limit, no quota, and many calls in a row all work", async () => {
    const team = await createTeam();
    const actor = await actorFor(team.admin.member);
    const created = await createApiKey({ actor, input: { name: "unlimited" } });
    const row = await db.apikey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ rateLimitEnabled: false, rateLimitMax: null, remaining: null, refillAmount: null, expiresAt: null });
    // better-auth's default would refuse the 11th call of the day.
    for (let i = 0; i < 25; i++) expect(await resolveIdentity(new Headers({ "x-api-key": created.key }))).not.toBeNull();
  });

  it("creates a key for another organization the caller belongs to, acting there with their role there", async () => {
    const team = await createTeam();
    const second = await createOrganization();
    await db.member.create({ data: { id: crypto.randomUUID(), organizationId: second.id, userId: team.member.user.id, role: "admin" } });
    const actor = await actorFor(team.member.member);
    const created = await createApiKey({ actor, input: { name: "second", metadata: { organizationId: second.id } } });
    const identity = await resolveIdentity(asKey(created.key));
    expect(identity?.membership).toMatchObject({ organizationId: second.id, role: "admin" });
  });

  it("refuses metadata.organizationId of an organization the caller does not belong to, with 403", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    const actor = await actorFor(team.owner.member);
    await expect(
      createApiKey({ actor, input: { name: "sneaky", metadata: { organizationId: elsewhere.organization.id } } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createApiKey({ actor, input: { name: "sneaky", metadata: { organizationId: "no-such-org" } } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.apikey.count({ where: { referenceId: team.owner.user.id } })).toBe(0);
  });

  it("narrows a key to the permissions asked for, and refuses permissions the caller lacks, naming them", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const readOnly = await createApiKey({ actor: admin, input: { name: "read only", permissions: ["member:read"] } });
    const keyActor = toActor((await resolveIdentity(asKey(readOnly.key)))!);
    expect([...keyActor.permissions]).toEqual(["member:read"]);

    const member = await actorFor(team.member.member);
    await expect(
      createApiKey({ actor: member, input: { name: "escalate", permissions: ["workflow:read", "member:read", "audit:read"] } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "A key cannot have permissions you do not hold: member:read, audit:read",
      fieldErrors: { permissions: ["You do not hold member:read, audit:read"] },
    });
    expect(await db.apikey.count({ where: { referenceId: team.member.user.id } })).toBe(0);
  });

  it("stores the limits asked for, in Dokploy's units (seconds)", async () => {
    const team = await createTeam();
    const actor = await actorFor(team.admin.member);
    const created = await createApiKey({
      actor,
      input: { name: "limited", rateLimitEnabled: true, rateLimitTimeWindow: 3600, rateLimitMax: 1000, remaining: 50, refillAmount: 50, refillInterval: 86400 },
    });
    const row = await db.apikey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ rateLimitEnabled: true, rateLimitTimeWindow: 3_600_000, rateLimitMax: 1000, remaining: 50, refillAmount: 50, refillInterval: 86_400_000 });
  });
});

describe("user.deleteApiKey", () => {
  it("deletes your own key, and the key is refused at once", async () => {
    const team = await createTeam();
    const own = await insertApiKey(team.member.user.id, team.organization.id);
    // Warm the per-instance cache: revocation must still take effect before the call returns.
    expect(await resolveIdentity(asKey(own.key))).not.toBeNull();
    const actor = await actorFor(team.member.member);
    expect(await deleteApiKey({ actor, apiKeyId: own.id })).toEqual({ success: true, apiKeyId: own.id });
    expect(await db.apikey.count({ where: { id: own.id } })).toBe(0);
    await expect(resolveIdentity(asKey(own.key))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(resolveIdentity(new Headers({ "x-api-key": own.key }))).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Invalid API key" });
  });

  it("lets an admin (and the owner) revoke any member's key of the organization", async () => {
    const team = await createTeam();
    for (const who of [team.admin, team.owner]) {
      const key = await insertApiKey(team.member.user.id, team.organization.id);
      expect(await resolveIdentity(asKey(key.key))).not.toBeNull();
      const actor = await actorFor(who.member);
      await deleteApiKey({ actor, apiKeyId: key.id });
      await expect(resolveIdentity(asKey(key.key))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });

  it("refuses a member revoking someone else's key with 403; the key keeps working", async () => {
    const team = await createTeam();
    const adminKey = await insertApiKey(team.admin.user.id, team.organization.id);
    const actor = await actorFor(team.member.member);
    await expect(deleteApiKey({ actor, apiKeyId: adminKey.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await resolveIdentity(asKey(adminKey.key))).not.toBeNull();
  });

  it("answers 404 for another organization's key, even to admins; the key keeps working", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    const theirs = await insertApiKey(elsewhere.member.user.id, elsewhere.organization.id);
    for (const who of [team.owner, team.admin, team.member]) {
      const actor = await actorFor(who.member);
      await expect(deleteApiKey({ actor, apiKeyId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(deleteApiKey({ actor: await actorFor(team.admin.member), apiKeyId: "no-such-key" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await resolveIdentity(asKey(theirs.key))).not.toBeNull();
  });

  it("refuses a read-only key deleting keys, even its owner's own", async () => {
    const team = await createTeam();
    const other = await insertApiKey(team.admin.user.id, team.organization.id);
    const readOnly = await insertApiKey(team.admin.user.id, team.organization.id, { permissions: ["member:read"] });
    const actor = toActor((await resolveIdentity(asKey(readOnly.key)))!);
    await expect(deleteApiKey({ actor, apiKeyId: other.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.apikey.count({ where: { id: other.id } })).toBe(1);
  });

  it("lets a key whose scope includes apiKey:manage revoke keys", async () => {
    const team = await createTeam();
    const member = await insertApiKey(team.member.user.id, team.organization.id);
    const scoped = await insertApiKey(team.admin.user.id, team.organization.id, { permissions: ["apiKey:manage"] });
    const actor = toActor((await resolveIdentity(asKey(scoped.key)))!);
    await deleteApiKey({ actor, apiKeyId: member.id });
    expect(await db.apikey.count({ where: { id: member.id } })).toBe(0);
  });
});

describe("read-only keys", () => {
  it("cannot change their owner's profile; a full key can", async () => {
    const team = await createTeam();
    const readOnly = await insertApiKey(team.member.user.id, team.organization.id, { permissions: [] });
    const full = await insertApiKey(team.member.user.id, team.organization.id);
    const scopedActor = toActor((await resolveIdentity(asKey(readOnly.key)))!);
    await expect(updateSelf({ actor: scopedActor, input: { email: "taken-over@example.test" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: team.member.user.id } })).email).toBe(team.member.user.email);
    const fullActor = toActor((await resolveIdentity(asKey(full.key)))!);
    expect(await updateSelf({ actor: fullActor, input: { firstName: "Ada" } })).toMatchObject({ firstName: "Ada" });
  });
});
