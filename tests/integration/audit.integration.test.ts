import { describe, expect, it } from "vitest";
import { hashApiKey } from "@/server/actor/hash-api-key";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { deleteApiKey } from "@/server/services/api-keys/delete-api-key";
import { CLIENT_IP_HEADER } from "@/server/request-headers";
import { currentAuditKey } from "@/server/services/audit/audit-keys";
import { eventHash } from "@/server/services/audit/event-hash";
import { getMetricsToken, rotateMetricsToken } from "@/server/services/metrics/metrics-token";
import { assignPermissions } from "@/server/services/users/assign-permissions";
import { removeMember } from "@/server/services/users/remove-member";
import { updateSelf } from "@/server/services/users/update-self";
import { insertApiKey } from "../support/api-keys";
import { actorFor, createTeam, DEFAULT_PASSWORD } from "../support/factories";

/** Runs `mutation` and returns the audit events it appended to the organization. */
async function eventsOf(organizationId: string, mutation: () => Promise<unknown>) {
  const before = await db.auditEvent.count({ where: { organizationId } });
  await mutation();
  const events = await db.auditEvent.findMany({ where: { organizationId }, orderBy: { seq: "asc" } });
  return events.slice(before);
}

describe("audit events of the user.* mutations", () => {
  it("user.update writes one event with the changed fields, and never a password", async () => {
    const team = await createTeam();
    const actor = await actorFor(team.member.member);
    const events = await eventsOf(team.organization.id, () =>
      updateSelf({ actor, input: { firstName: "Grace", currentPassword: DEFAULT_PASSWORD, password: "a-brand-new-secret" } }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.update",
      actorUserId: team.member.user.id,
      actorName: team.member.user.username,
      targetType: "user",
      targetId: team.member.user.id,
      before: { firstName: "", name: team.member.user.name },
      after: { firstName: "Grace", name: "Grace", passwordChanged: true },
      ip: "127.0.0.1",
      userAgent: "vitest",
    });
    const text = JSON.stringify(events);
    expect(text).not.toContain("a-brand-new-secret");
    expect(text).not.toContain(DEFAULT_PASSWORD);
    const account = await db.account.findFirstOrThrow({ where: { userId: team.member.user.id } });
    expect(text).not.toContain(account.password!);
  });

  it("user.remove writes one event with the role before and whether the account went", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const events = await eventsOf(team.organization.id, () => removeMember({ actor: admin, userId: team.member.user.id }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.remove",
      actorUserId: team.admin.user.id,
      targetId: team.member.user.id,
      targetName: team.member.user.username,
      before: { role: "member" },
      after: { accountDeleted: true },
    });
  });

  it("user.assignPermissions writes one event with role and grants before and after", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const events = await eventsOf(team.organization.id, () =>
      assignPermissions({ actor: owner, input: { id: team.member.user.id, role: "admin", canCreateProjects: true } }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.assignPermissions",
      targetId: team.member.user.id,
      before: { role: "member", grants: [] },
      after: { role: "admin", grants: ["project:create"] },
    });
  });

  it("an ownership transfer writes one user.transferOwnership event", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const events = await eventsOf(team.organization.id, () => assignPermissions({ actor: owner, input: { id: team.member.user.id, role: "owner" } }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.transferOwnership", targetId: team.member.user.id, before: { role: "member" }, after: { role: "owner" } });
  });

  it("a refused mutation writes nothing", async () => {
    const team = await createTeam();
    const member = await actorFor(team.member.member);
    const events = await eventsOf(team.organization.id, () =>
      removeMember({ actor: member, userId: team.admin.user.id }).catch(() => undefined),
    );
    expect(events).toEqual([]);
  });

  it("user.createApiKey and user.deleteApiKey write one event each, never the key nor its hash, and record the key used", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    let key = "";
    let id = "";
    const created = await eventsOf(team.organization.id, async () => {
      ({ key, id } = await createApiKey({ actor: admin, input: { name: "deploy", prefix: "prod", rateLimitEnabled: true, rateLimitTimeWindow: 60, rateLimitMax: 10 } }));
    });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      action: "user.createApiKey",
      targetType: "apiKey",
      targetId: id,
      targetName: "deploy",
      after: { name: "deploy", prefix: "prod", rateLimitEnabled: true, rateLimitTimeWindow: 60, rateLimitMax: 10 },
    });

    // The admin revokes a member's key using an API key of their own: the event names that key.
    const adminKey = await insertApiKey(team.admin.user.id, team.organization.id);
    const viaKey = toActor((await resolveIdentity(new Headers({ "x-api-key": adminKey.key, [CLIENT_IP_HEADER]: "203.0.113.9" })))!);
    const deleted = await eventsOf(team.organization.id, () => deleteApiKey({ actor: viaKey, apiKeyId: id }));
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({
      action: "user.deleteApiKey",
      targetId: id,
      apiKeyId: adminKey.id,
      ip: "203.0.113.9",
      before: { name: "deploy", ownerId: team.admin.user.id },
    });

    const text = JSON.stringify(await db.auditEvent.findMany({ where: { organizationId: team.organization.id } }));
    for (const secret of [key, hashApiKey(key), adminKey.key, hashApiKey(adminKey.key)]) expect(text).not.toContain(secret);
  });

  it("user.rotateMetricsToken writes one event and never the token", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const old = (await getMetricsToken({ actor: admin })).metricsConfig.server.token;
    let token = "";
    const events = await eventsOf(team.organization.id, async () => {
      token = (await rotateMetricsToken({ actor: admin })).metricsConfig.server.token;
    });
    expect(token).not.toBe(old);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.rotateMetricsToken", targetType: "organization", targetId: team.organization.id });
    const text = JSON.stringify(events);
    expect(text).not.toContain(token);
    expect(text).not.toContain(old);
  });

  it("chains the events: consecutive sequence numbers, each hash covering the previous one", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    await assignPermissions({ actor: owner, input: { id: team.member.user.id, canCreateProjects: true } });
    await assignPermissions({ actor: owner, input: { id: team.admin.user.id, canAccessAuditLog: true } });
    await removeMember({ actor: owner, userId: team.member.user.id });
    const events = await db.auditEvent.findMany({ where: { organizationId: team.organization.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    let prev: string | null = null;
    for (const event of events) {
      expect(event.prevHash).toBe(prev);
      const { id: _id, hash, ...fields } = event;
      expect(fields.keyEra).toBe(currentAuditKey().era);
      expect(eventHash(fields, currentAuditKey().secret)).toBe(hash);
      // A plain hash of the same contents is not the seal: the chain cannot be recomputed without the key.
      expect(eventHash(fields, null)).not.toBe(hash);
      prev = hash;
    }
  });

  it("no audit row of this file holds a password, a password hash, an API key hash or a metrics token", async () => {
    const text = JSON.stringify(await db.auditEvent.findMany());
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain(DEFAULT_PASSWORD);
    const secrets = [
      ...(await db.account.findMany({ select: { password: true } })).map((a) => a.password),
      ...(await db.apikey.findMany({ select: { key: true } })).map((k) => k.key),
      ...(await db.organization.findMany({ select: { metricsTokenHash: true, metricsTokenEncrypted: true } })).flatMap((o) => [o.metricsTokenHash, o.metricsTokenEncrypted]),
    ].filter((s): s is string => Boolean(s));
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});

