import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedMembers } from "../bench/seed-members";
import { BURST, distinct, expectOutcome, identical } from "../support/bursts";
import { startBusyOrganization, type BusyOrganization } from "../support/busy-organization";
import { httpClient } from "../support/http";

// The User Manager's settings (user.settings, user.updateSettings) and the member total
// (user.count), over HTTP as a script or the dashboard calls them.

describe("the User Manager's settings and total", () => {
  let org: BusyOrganization;
  let api: ReturnType<typeof httpClient>;
  let memberKey: string;
  let adminKey: string;
  const owner = () => ({ bearer: org.key });
  const post = (path: string, body: unknown) => ({ method: "POST", path: `/${path}`, body });

  beforeAll(async () => {
    org = await startBusyOrganization();
    api = httpClient(org.server.url);
    const member = await org.fx.createMember(org.organizationId, { username: "plain", role: "member" });
    memberKey = (await org.fx.insertApiKey(member.user.id, org.organizationId)).key;
    const admin = await org.fx.createMember(org.organizationId, { username: "boss", role: "admin" });
    adminKey = (await org.fx.insertApiKey(admin.user.id, org.organizationId)).key;
    expect((await api.post("group.create", { name: "ops" }, owner())).status).toBe(200);
  });
  afterAll(() => org?.stop());

  it("starts with no group required: user.create without groups succeeds", async () => {
    expect((await api.get("user.settings", {}, owner())).body).toEqual({ requireGroup: false });
    const created = await api.post("user.create", { username: "loner", password: "loner-password" }, owner());
    expect(created.status).toBe(200);
    expect(created.body.groups).toEqual([]);
  });

  it("a plain member reads the setting but cannot change it (403), and nothing changes", async () => {
    expect((await api.get("user.settings", {}, { bearer: memberKey })).body).toEqual({ requireGroup: false });
    const refused = await api.post("user.updateSettings", { requireGroup: true }, { bearer: memberKey });
    expect(refused.status).toBe(403);
    expect((await api.get("user.settings", {}, owner())).body).toEqual({ requireGroup: false });
  });

  it("refuses a value that is not a boolean with a 400 naming requireGroup", async () => {
    const res = await api.post("user.updateSettings", { requireGroup: "yes" }, owner());
    expect(res.status).toBe(400);
    expect(res.body.data.fieldErrors).toHaveProperty("requireGroup");
  });

  it("once required, user.create without a group is a 400 naming groups; with one it succeeds", async () => {
    const events = await org.eventsOf(async () => {
      const on = await api.post("user.updateSettings", { requireGroup: true }, { bearer: adminKey });
      expect(on.status).toBe(200);
      expect(on.body).toEqual({ requireGroup: true, changed: true });
    });
    expect(events).toEqual({ "user.updateSettings": 1 });
    expect((await api.get("user.settings", {}, { bearer: memberKey })).body).toEqual({ requireGroup: true });

    const refused = await api.post("user.create", { username: "groupless", password: "groupless-password" }, owner());
    expect(refused.status).toBe(400);
    expect(refused.body.data.fieldErrors).toHaveProperty("groups");
    expect((await api.get("user.all", { search: "groupless" }, owner())).body).toEqual([]);
    // A system user is a user too.
    expect((await api.post("user.create", { username: "bot-groupless", system: true }, owner())).status).toBe(400);

    const created = await api.post("user.create", { username: "grouped", password: "grouped-password", groups: ["ops"] }, owner());
    expect(created.status).toBe(200);
    expect(created.body.groups.map((g: { name: string }) => g.name)).toEqual(["ops"]);

    // Turned off again, a user without groups is fine once more.
    expect((await api.post("user.updateSettings", { requireGroup: false }, owner())).body).toEqual({ requireGroup: false, changed: true });
    expect((await api.post("user.create", { username: "groupless", password: "groupless-password" }, owner())).status).toBe(200);
  });

  it(`${BURST} identical calls change it once and write one event; ${BURST} alternating calls write one event per real change`, async () => {
    const same = await org.eventsOf(async () => {
      const results = await org.fire(identical(post("user.updateSettings", { requireGroup: true })));
      expectOutcome(results);
      expect(results.filter((r) => (r.body as { changed: boolean }).changed)).toHaveLength(1);
    });
    expect(same).toEqual({ "user.updateSettings": 1 });

    let changes = 0;
    const mixed = await org.eventsOf(async () => {
      const results = await org.fire(distinct((i) => post("user.updateSettings", { requireGroup: i % 2 === 0 })));
      expectOutcome(results);
      changes = results.filter((r) => (r.body as { changed: boolean }).changed).length;
    });
    expect(changes).toBeGreaterThan(0);
    expect(mixed).toEqual({ "user.updateSettings": changes });
    await org.expectChainValid();
  });

  describe("user.count: the Users page's total", () => {
    it("is exact for a small organization, and needs member:read", async () => {
      const everyone = await api.get("user.all", { limit: 1000 }, owner());
      expect(everyone.body.length).toBeLessThan(20);
      expect((await api.get("user.count", {}, owner())).body).toEqual({ total: everyone.body.length, exact: true });
      expect((await api.get("user.count", {}, { bearer: memberKey })).status).toBe(403);
    });

    it("is an estimate, rounded, for a large organization, and counts only its own members", async () => {
      // Another organization's members must not be counted in.
      const other = await org.fx.db.organization.create({ data: { id: "other-org", name: "Other", slug: "other" } });
      await seedMembers(org.server.databaseUrl, other.id, 3000, "elsewhere");
      await seedMembers(org.server.databaseUrl, org.organizationId, 1500, "crowd");
      const res = await api.get("user.count", {}, owner());
      expect(res.status).toBe(200);
      expect(res.body.exact).toBe(false);
      // About 1,510 members: the planner's estimate, at two significant digits.
      expect(res.body.total).toBeGreaterThanOrEqual(1200);
      expect(res.body.total).toBeLessThanOrEqual(1800);
      expect(res.body.total % 100).toBe(0);
    });
  });
});
