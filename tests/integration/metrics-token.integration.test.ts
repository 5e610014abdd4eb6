import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getMetricsToken, organizationForMetricsToken, rotateMetricsToken } from "@/server/services/metrics/metrics-token";
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

  it("concurrent first reads all get the same token, and it works", async () => {
    const team = await createTeam();
    const [owner, admin] = await Promise.all([actorFor(team.owner.member), actorFor(team.admin.member)]);
    const tokens = (await Promise.all(Array.from({ length: 6 }, (_, i) => getMetricsToken({ actor: i % 2 ? owner : admin })))).map(
      (t) => t.metricsConfig.server.token,
    );
    expect(new Set(tokens).size).toBe(1);
    expect(await organizationForMetricsToken(tokens[0]!)).toBe(team.organization.id);
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
