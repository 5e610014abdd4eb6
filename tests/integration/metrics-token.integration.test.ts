import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { fillMissingMetricsTokens, getMetricsToken, organizationForMetricsToken, rotateMetricsToken } from "@/server/services/metrics/metrics-token";
import { actorFor, createTeam } from "../support/factories";

describe("the metrics token", () => {
  it("is for administrators: plain members are refused", async () => {
    const team = await createTeam();
    await expect(getMetricsToken({ actor: await actorFor(team.member.member) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rotateMetricsToken({ actor: await actorFor(team.member.member) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is stored encrypted and hashed, never in clear, and identifies its organization", async () => {
    const team = await createTeam();
    const { metricsConfig } = await getMetricsToken({ actor: await actorFor(team.admin.member) });
    const row = await db.organization.findUniqueOrThrow({ where: { id: team.organization.id } });
    expect(JSON.stringify(row)).not.toContain(metricsConfig.server.token);
    expect(await organizationForMetricsToken(metricsConfig.server.token)).toBe(team.organization.id);
    expect(await organizationForMetricsToken("rmt_not-a-token")).toBeNull();
  });

  it("exists from the organization's creation: reading it writes nothing (row unchanged, no audit event)", async () => {
    const team = await createTeam();
    const before = await db.organization.findUniqueOrThrow({ where: { id: team.organization.id } });
    const [owner, admin] = await Promise.all([actorFor(team.owner.member), actorFor(team.admin.member)]);
    const tokens = (await Promise.all(Array.from({ length: 6 }, (_, i) => getMetricsToken({ actor: i % 2 ? owner : admin })))).map(
      (t) => t.metricsConfig.server.token,
    );
    expect(new Set(tokens).size).toBe(1);
    expect(await organizationForMetricsToken(tokens[0]!)).toBe(team.organization.id);
    expect(await db.organization.findUniqueOrThrow({ where: { id: team.organization.id } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id } })).toBe(0);
  });

  it("an organization without one: the read answers 404 and writes nothing; start-up gives it one, once", async () => {
    const team = await createTeam();
    const where = { id: team.organization.id };
    await db.organization.update({ where, data: { metricsTokenEncrypted: null, metricsTokenHash: null } });
    const admin = await actorFor(team.admin.member);
    await expect(getMetricsToken({ actor: admin })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("user.rotateMetricsToken") });
    expect(await db.organization.findUniqueOrThrow({ where })).toMatchObject({ metricsTokenEncrypted: null, metricsTokenHash: null });

    // Two instances starting together: one token is written, the other finds nothing missing.
    const filled = await Promise.all([fillMissingMetricsTokens(), fillMissingMetricsTokens()]);
    expect(filled.reduce((a, b) => a + b, 0)).toBe(1);
    const { metricsConfig } = await getMetricsToken({ actor: admin });
    expect(await organizationForMetricsToken(metricsConfig.server.token)).toBe(team.organization.id);
    const stored = await db.organization.findUniqueOrThrow({ where });
    expect(await fillMissingMetricsTokens()).toBe(0);
    expect(await db.organization.findUniqueOrThrow({ where })).toEqual(stored);
  });

  it("is its ciphertext and its hash together, or neither (the database refuses half a token)", async () => {
    const team = await createTeam();
    await expect(db.organization.update({ where: { id: team.organization.id }, data: { metricsTokenEncrypted: null } })).rejects.toThrow(
      /organization_metrics_token_pair/,
    );
  });

  it("rotation replaces it: the old token stops identifying the organization", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const old = (await getMetricsToken({ actor: admin })).metricsConfig.server.token;
    const fresh = (await rotateMetricsToken({ actor: admin })).metricsConfig.server.token;
    expect(fresh).not.toBe(old);
    expect(await organizationForMetricsToken(old)).toBeNull();
    expect(await organizationForMetricsToken(fresh)).toBe(team.organization.id);
    expect((await getMetricsToken({ actor: admin })).metricsConfig.server.token).toBe(fresh);
  });
});
