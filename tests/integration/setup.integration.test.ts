import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { getMetricsToken, organizationForMetricsToken } from "@/server/services/metrics/metrics-token";
import { createFirstAdmin, isSetUp } from "@/server/services/setup/create-first-admin";
import { actorFor } from "../support/factories";

// This file's database starts empty (a fresh copy of the migrated template).
describe("first-admin setup", () => {
  it("lets exactly one of ten concurrent calls create the administrator; the others get 403", async () => {
    expect(await isSetUp()).toBe(false);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => createFirstAdmin({ username: `admin${i}`, password: "your-password" })),
    );
    const winners = results.filter((r) => r.status === "fulfilled");
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(9);
    for (const loser of losers) {
      expect(loser.reason).toBeInstanceOf(AppError);
      expect((loser.reason as AppError).code).toBe("FORBIDDEN");
    }
    expect(await db.user.count()).toBe(1);
    expect(await db.organization.count()).toBe(1);
    expect(await isSetUp()).toBe(true);
  });

  it("made the administrator owner of the default organization, with the password stored hashed", async () => {
    const user = await db.user.findFirstOrThrow({ include: { members: true, accounts: true } });
    expect(user.members).toEqual([expect.objectContaining({ role: "owner" })]);
    const [account] = user.accounts;
    expect(account?.providerId).toBe("credential");
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain("your-password");
  });

  it("created the organization with its metrics token, which the owner reads without a write", async () => {
    const user = await db.user.findFirstOrThrow({ include: { members: true } });
    const member = user.members[0]!;
    const before = await db.organization.findUniqueOrThrow({ where: { id: member.organizationId } });
    expect(before.metricsTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const { metricsConfig } = await getMetricsToken({ actor: await actorFor(member) });
    expect(await organizationForMetricsToken(metricsConfig.server.token)).toBe(member.organizationId);
    expect(await db.organization.findUniqueOrThrow({ where: { id: member.organizationId } })).toEqual(before);
  });

  it("refuses any later call, even with other credentials", async () => {
    await expect(createFirstAdmin({ username: "someone", password: "another-password" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("already set up"),
    });
    expect(await db.user.count()).toBe(1);
  });
});
