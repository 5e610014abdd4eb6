import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { OWNER, withOwner } from "../support/owner";

type Sample = { at: string; requests: number; failed: number; latencyCount: number; latencyBuckets: { le: number | null; count: number }[] };

// The Metrics page opens with the instance's last hour: user.getMetricsSummary serves the samples
// the instance took of the organization's counters. One sample a second here, so several exist soon.
describe("user.getMetricsSummary's history", () => {
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  let cookie: string;
  beforeAll(async () => {
    server = await startRoster({ env: { ROSTER_METRICS_SAMPLE_SECONDS: "1" } });
    seeded = await withOwner(server);
    cookie = (await seeded.api.signIn(OWNER.username, OWNER.password)).cookie;
  });
  afterAll(() => server?.stop());

  const summary = async () => {
    const res = await seeded.api.get("user.getMetricsSummary", {}, { cookie });
    expect(res.status).toBe(200);
    return res.body as { requests: { status: number; count: number }[]; history: Sample[] };
  };

  it("holds the instance's samples of the organization's requests, oldest first, growing as they come", async () => {
    await seeded.api.get("user.get", {}, { cookie });
    let history: Sample[] = [];
    await expect
      .poll(async () => {
        history = (await summary()).history;
        return history.filter((s) => s.requests > 0).length;
      }, { timeout: 20_000, interval: 500 })
      .toBeGreaterThanOrEqual(3);

    const times = history.map((s) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    // Cumulative counters: never falling from one sample to the next.
    for (let i = 1; i < history.length; i++) expect(history[i]!.requests).toBeGreaterThanOrEqual(history[i - 1]!.requests);
    const last = history.at(-1)!;
    expect(last.failed).toBeLessThanOrEqual(last.requests);
    expect(last.latencyCount).toBe(last.requests);
    expect(last.latencyBuckets.at(-1)).toEqual({ le: null, count: last.latencyCount });
    // The current counters are at least where the last sample saw them.
    const now = await summary();
    expect(now.requests.reduce((n, r) => n + r.count, 0)).toBeGreaterThanOrEqual(last.requests);
  });

  it("is the caller's organization's own: requests that belong to no organization are not counted", async () => {
    // Unauthenticated calls are counted under no organization.
    for (let i = 0; i < 30; i++) await fetch(`${server.url}/api/user.get`);
    const after = Date.now();
    let latest = await summary();
    await expect
      .poll(async () => {
        latest = await summary();
        return Date.parse(latest.history.at(-1)!.at);
      }, { timeout: 20_000, interval: 500 })
      .toBeGreaterThan(after);
    // A sample taken after those 30 calls counts no more than the organization's own requests.
    expect(latest.history.at(-1)!.requests).toBeLessThanOrEqual(latest.requests.reduce((n, r) => n + r.count, 0));
  });
});
