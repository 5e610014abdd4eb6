import { describe, expect, it, vi } from "vitest";
import { ZCreateInvitationInput } from "@/lib/schemas/invitation";
import { db } from "@/server/db";
import { startEmailWorker } from "@/server/services/email/email-worker";
import { createInvitations } from "@/server/services/invitations/create-invitations";
import { getMetricsSummary } from "@/server/services/metrics/get-metrics-summary";
import { organizationSample, takeSnapshot } from "@/server/services/metrics/metrics-history";
import { recordKeyVerification, recordRateLimited, recordRequest } from "@/server/metrics-registry";
import { actorFor, createMember, createTeam, unique } from "../support/factories";
import { startSmtpSink } from "../support/smtp-sink";

describe("user.getMetricsSummary", () => {
  it("shows an organization its own requests with latency quantiles, and its member counts", async () => {
    const team = await createTeam();
    const other = await createTeam();
    await createMember(team.organization.id, { banned: true });
    for (let i = 0; i < 10; i++) recordRequest(team.organization.id, "user.all", 200, 0.004);
    recordRequest(team.organization.id, "user.all", 403, 0.2);
    recordRequest(other.organization.id, "user.secret", 200, 0.001);
    recordKeyVerification("ok", team.organization.id);
    recordKeyVerification("ok", team.organization.id);
    recordKeyVerification("refused", team.organization.id);
    recordKeyVerification("ok", other.organization.id);
    recordKeyVerification("invalid", null);
    recordRateLimited("quota", team.organization.id);
    recordRateLimited("rate_limit", other.organization.id);

    const summary = await getMetricsSummary({ actor: await actorFor(team.admin.member) });
    expect(summary.requests).toEqual([
      { procedure: "user.all", status: 200, count: 10 },
      { procedure: "user.all", status: 403, count: 1 },
    ]);
    const [latency] = summary.latency;
    expect(latency).toMatchObject({ procedure: "user.all", count: 11 });
    expect(latency!.sumSeconds).toBeCloseTo(0.24);
    // 10 of 11 observations are in the (0.0025, 0.005] bucket: the median lies inside it.
    expect(latency!.p50Seconds).toBeGreaterThan(0.0025);
    expect(latency!.p50Seconds).toBeLessThanOrEqual(0.005);
    expect(latency!.p95Seconds).toBeGreaterThan(0.1);
    expect(summary.latencyBuckets.at(-1)).toEqual({ le: null, count: 11 });
    expect(summary.members).toEqual({ total: 4, enabled: 3, disabled: 1 });
    // Key and rate-limit counters are the organization's own, like its requests.
    expect(summary.keyVerifications).toEqual([
      { result: "ok", count: 2 },
      { result: "refused", count: 1 },
    ]);
    expect(summary.rateLimitRejections).toEqual([
      { reason: "rate_limit", count: 0 },
      { reason: "quota", count: 1 },
    ]);
    expect(JSON.stringify(summary)).not.toContain("user.secret");
  });

  it("counts the organization's emails: queued, then sent by the worker to the SMTP server", async () => {
    const sink = await startSmtpSink();
    const stopWorker = await startEmailWorker();
    try {
      const team = await createTeam();
      const other = await createTeam();
      for (const t of [team, other]) {
        await db.emailProvider.create({
          data: { organizationId: t.organization.id, name: "local", host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Acme", fromAddress: "noreply@acme.test", isDefault: true },
        });
      }
      const admin = await actorFor(team.admin.member);
      const emails = [`${unique("m1")}@example.test`, `${unique("m2")}@example.test`];
      await createInvitations({ actor: admin, input: ZCreateInvitationInput.parse({ emails, send: true }) });
      await createInvitations({ actor: await actorFor(other.admin.member), input: ZCreateInvitationInput.parse({ emails: [`${unique("o")}@example.test`], send: true }) });
      // Once the worker has recorded both as sent, the other organization's email is not counted.
      await vi.waitFor(
        async () =>
          expect((await getMetricsSummary({ actor: admin })).emails).toEqual([
            { event: "queued", count: 2 },
            { event: "sent", count: 2 },
            { event: "failed", count: 0 },
            { event: "retried", count: 0 },
          ]),
        { timeout: 20_000, interval: 200 },
      );
      expect(sink.messages.map((m) => m.to[0]).filter((to) => emails.includes(to!)).sort()).toEqual([...emails].sort());
    } finally {
      await stopWorker();
      await sink.stop();
    }
  });

  it("refuses members without monitoring:read", async () => {
    const team = await createTeam();
    await expect(getMetricsSummary({ actor: await actorFor(team.member.member) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("samples each organization's request counters apart, cumulative, for the charts' history", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const first = await takeSnapshot(1_000);
    expect(organizationSample(first, team.organization.id)).toEqual({
      at: new Date(1_000).toISOString(),
      requests: 0,
      failed: 0,
      latencyCount: 0,
      latencySumSeconds: 0,
      latencyBuckets: [],
    });
    recordRequest(team.organization.id, "user.all", 200, 0.004);
    recordRequest(team.organization.id, "user.all", 200, 0.004);
    recordRequest(team.organization.id, "group.all", 404, 0.3);
    recordRequest(other.organization.id, "user.all", 200, 0.001);
    const second = organizationSample(await takeSnapshot(2_000), team.organization.id);
    expect(second).toMatchObject({ requests: 3, failed: 1, latencyCount: 3 });
    expect(second.latencySumSeconds).toBeCloseTo(0.308);
    // Cumulative buckets over both procedures: 2 at or under 5 ms, all 3 at +Inf.
    expect(second.latencyBuckets.find((b) => b.le === 0.005)).toEqual({ le: 0.005, count: 2 });
    expect(second.latencyBuckets.at(-1)).toEqual({ le: null, count: 3 });
    expect(organizationSample(await takeSnapshot(), other.organization.id)).toMatchObject({ requests: 1, failed: 0 });
  });

  it("serves the history with the summary, oldest first, ending at or below the current counters", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    recordRequest(team.organization.id, "user.all", 200, 0.01);
    await expect.poll(async () => (await getMetricsSummary({ actor: admin })).history.length, { timeout: 20_000, interval: 200 }).toBeGreaterThan(0);
    const summary = await getMetricsSummary({ actor: admin });
    const times = summary.history.map((h) => Date.parse(h.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const total = summary.requests.reduce((n, r) => n + r.count, 0);
    expect(summary.history.at(-1)!.requests).toBeLessThanOrEqual(total);
  });
});
