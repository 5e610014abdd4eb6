import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BURST, distinct, expectOutcome, identical } from "../support/bursts";
import { startBusyOrganization, type BusyOrganization } from "../support/busy-organization";

// Twenty parallel calls of every Roster mutation in one organization, over HTTP with the owner's API
// key: distinct calls all succeed; identical ones succeed once and get a meaningful 4xx after (or all
// succeed, where the call is idempotent), and a call that changes nothing writes no audit event,
// however the calls interleave. Never a 5xx, never a hang; the audit chain verifies afterwards.

describe(`${BURST} parallel writes of each Roster procedure in one organization`, () => {
  let org: BusyOrganization;
  beforeAll(async () => {
    org = await startBusyOrganization();
  });
  afterAll(() => org?.stop());

  const post = (path: string, body: unknown) => ({ method: "POST", path: `/${path}`, body });

  describe("people", () => {
    it("user.create: distinct usernames all succeed; one username twenty times succeeds once, then 409 naming the username", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => post("user.create", { username: `burst${i}`, password: "burst-password-1" }))));
        const same = await org.fire(identical(post("user.create", { username: "burst-same", password: "burst-password-1" })));
        expectOutcome(same, { ok: 1, refusals: [409] });
        for (const r of same.filter((x) => x.status === 409)) expect(r.body.data.fieldErrors).toHaveProperty("username");
      });
      expect(events).toEqual({ "user.create": BURST + 1 });
    });

    it("user.upsert: distinct emails all succeed; one email twenty times all succeed and create one account", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => post("user.upsert", { id: `upsert${i}@example.test`, name: `Upsert ${i}`, roles: ["USER"] }))));
        expectOutcome(await org.fire(identical(post("user.upsert", { id: "upsert-same@example.test", name: "Same", roles: ["USER"] }))));
      });
      expect(events).toEqual({ "user.upsert": BURST + 1 });
    });

    it("user.updateMember: twenty members at once each change; one identical change twenty times writes one event", async () => {
      const members = await org.members(BURST, "update");
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(members.map((m) => post("user.updateMember", { userId: m.user.id, firstName: "Changed", role: "developer" }))));
        expectOutcome(await org.fire(identical(post("user.updateMember", { userId: members[0]!.user.id, lastName: "Once", role: "operator" }))));
      });
      expect(events).toEqual({ "user.updateMember": BURST + 1 });
    });

    it("user.update of oneself: one identical change twenty times writes one event", async () => {
      const events = await org.eventsOf(async () => expectOutcome(await org.fire(identical(post("user.update", { firstName: "Owner", lastName: "Busy" })))));
      expect(events).toEqual({ "user.update": 1 });
    });

    it("user.assignPermissions: twenty members each change; one identical change twenty times writes one event", async () => {
      const members = await org.members(BURST, "flags");
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(members.map((m) => post("user.assignPermissions", { id: m.user.id, canAccessToDocker: true }))));
        expectOutcome(await org.fire(identical(post("user.assignPermissions", { id: members[0]!.user.id, canAccessToAPI: true, canAccessToDocker: true }))));
      });
      expect(events).toEqual({ "user.assignPermissions": BURST + 1 });
    });

    it("user.disable and user.enable: twenty times each change once", async () => {
      const [member] = await org.members(1, "toggle");
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(identical(post("user.disable", { userId: member!.user.id }))));
        expectOutcome(await org.fire(identical(post("user.enable", { userId: member!.user.id }))));
      });
      expect(events).toEqual({ "user.disable": 1, "user.enable": 1 });
    });

    it("user.remove: twenty members at once all go; one member twenty times goes once, then 404", async () => {
      const members = await org.members(BURST + 1, "remove");
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(members.slice(1).map((m) => post("user.remove", { userId: m.user.id }))));
        expectOutcome(await org.fire(identical(post("user.remove", { userId: members[0]!.user.id }))), { ok: 1, refusals: [404] });
      });
      expect(events).toEqual({ "user.remove": BURST + 1 });
    });

    it("user.resetPassword, user.revokeSessions and user.unlock: twenty at once, never a 5xx; a lock is lifted once", async () => {
      const [member] = await org.members(1, "reset");
      const userId = member!.user.id;
      await org.fx.insertSession(userId, org.organizationId);
      const lockedUntil = new Date(Date.now() + 15 * 60_000);
      await org.fx.db.signInLock.create({ data: { key: `user:${userId}`, userId, failures: 10, windowStart: new Date(), lockedAt: new Date(), lockedUntil } });
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(identical(post("user.unlock", { userId }))));
        expectOutcome(await org.fire(identical(post("user.revokeSessions", { userId }))));
        expectOutcome(await org.fire(distinct((i) => post("user.resetPassword", { userId, password: `new-password-${i}` }))));
      });
      expect(events).toMatchObject({ "user.unlock": 1, "user.resetPassword": BURST });
      expect(events["user.revokeSessions"] ?? 0).toBeLessThanOrEqual(1);
    });
  });

  describe("keys, sessions and metrics", () => {
    it("user.createApiKey and user.deleteApiKey: twenty at once all succeed; one key deleted twenty times goes once, then 404", async () => {
      const events = await org.eventsOf(async () => {
        const created = await org.fire(distinct((i) => post("user.createApiKey", { name: `burst-${i % 3}` })));
        expectOutcome(created);
        const ids = created.map((r) => r.body.id as string);
        expectOutcome(await org.fire(ids.slice(1).map((apiKeyId) => post("user.deleteApiKey", { apiKeyId }))));
        expectOutcome(await org.fire(identical(post("user.deleteApiKey", { apiKeyId: ids[0] }))), { ok: 1, refusals: [404] });
      });
      expect(events).toEqual({ "user.createApiKey": BURST, "user.deleteApiKey": BURST });
    });

    it("session.revoke: one session twenty times ends once, then 404; session.revokeOthers twenty times never fails", async () => {
      const session = await org.fx.insertSession(org.ownerId, org.organizationId);
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(identical(post("session.revoke", { sessionId: session.id }))), { ok: 1, refusals: [404] });
        expectOutcome(await org.fire(identical(post("session.revokeOthers", {}))));
      });
      expect(events["session.revoke"]).toBe(1);
    });

    it("user.rotateMetricsToken: twenty rotations all succeed, and the last token is the one that works", async () => {
      const events = await org.eventsOf(async () => expectOutcome(await org.fire(identical(post("user.rotateMetricsToken", {})))));
      expect(events).toEqual({ "user.rotateMetricsToken": BURST });
      const { body } = (await org.fire([{ method: "GET", path: "/user.getMetricsToken" }]))[0]!;
      const scrape = await fetch(`${org.server.url}/api/metrics`, { headers: { authorization: `Bearer ${body.metricsConfig.server.token}` } });
      expect(scrape.status).toBe(200);
    });
  });

  describe("workspaces", () => {
    it("workspace.create: distinct names all succeed; one name twenty times succeeds once, then 409", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => post("workspace.create", { name: `ws${i}` }))));
        expectOutcome(await org.fire(identical(post("workspace.create", { name: "ws-same" }))), { ok: 1, refusals: [409] });
      });
      expect(events).toEqual({ "workspace.create": BURST + 1 });
    });

    it("workspace.update: twenty renames at once; one rename twenty times happens once, then 404 or no change", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => post("workspace.update", { workspaceId: `ws${i}`, name: `renamed${i}` }))));
        const same = await org.fire(identical(post("workspace.update", { workspaceId: "ws-same", name: "ws-renamed" })));
        expectOutcome(same, { ok: same.filter((r) => r.status === 200).length, refusals: [404] });
        expect(same.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
        expectOutcome(await org.fire(identical(post("workspace.update", { workspaceId: "ws-renamed", description: "Once" }))));
      });
      expect(events).toEqual({ "workspace.rename": BURST + 1, "workspace.update": 1 });
    });

    it("workspace.delete: twenty at once all go; one twenty times goes once, then 404", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => post("workspace.delete", { workspaceId: `renamed${i}` }))));
        expectOutcome(await org.fire(identical(post("workspace.delete", { workspaceId: "ws-renamed" }))), { ok: 1, refusals: [404] });
      });
      expect(events).toEqual({ "workspace.delete": BURST + 1 });
    });
  });

  describe("groups", () => {
    it("group.create: distinct names all succeed with distinct GIDs; one name twenty times succeeds once, then 409", async () => {
      const events = await org.eventsOf(async () => {
        const created = await org.fire(distinct((i) => post("group.create", { name: `grp${i}` })));
        expectOutcome(created);
        expect(new Set(created.map((r) => r.body.gid)).size).toBe(BURST);
        expectOutcome(await org.fire(identical(post("group.create", { name: "grp-same", gid: 7000 }))), { ok: 1, refusals: [409] });
        // Twenty names, one GID: one wins, the rest are told the GID is taken.
        const gid = await org.fire(distinct((i) => post("group.create", { name: `gid-clash${i}`, gid: 7001 })));
        expectOutcome(gid, { ok: 1, refusals: [409] });
        for (const r of gid.filter((x) => x.status === 409)) expect(r.body.data.fieldErrors).toHaveProperty("gid");
      });
      expect(events).toEqual({ "group.create": BURST + 2 });
    });

    it("group.upsert and group.update: identical calls twenty times change once (an upsert that creates is a group.create)", async () => {
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(distinct((i) => post("group.upsert", { name: `up${i}`, description: "made" }))));
        expectOutcome(await org.fire(identical(post("group.upsert", { name: "up-same", grants: ["docker:access"] }))));
        expectOutcome(await org.fire(identical(post("group.update", { groupId: "up-same", description: "Once" }))));
      });
      expect(events).toEqual({ "group.create": BURST + 1, "group.update": 1 });
    });

    it("group.addUsers and group.removeUsers: one user twenty times is one event each; twenty users at once are twenty", async () => {
      const members = await org.members(BURST, "grouped");
      const events = await org.eventsOf(async () => {
        expectOutcome(await org.fire(identical(post("group.addUsers", { groupId: "up-same", users: [members[0]!.user.username] }))));
        expectOutcome(await org.fire(identical(post("group.removeUsers", { groupId: "up-same", users: [members[0]!.user.username] }))));
        expectOutcome(await org.fire(members.map((m) => post("group.addUsers", { groupId: "grp0", users: [m.user.id] }))));
      });
      expect(events).toEqual({ "group.addUsers": BURST + 1, "group.removeUsers": 1 });
      const group = (await org.fire([{ method: "GET", path: "/group.get?groupId=grp0" }]))[0]!;
      expect(group.body.members).toHaveLength(BURST);
    });

    it("group.update renames and group.delete: one twenty times happens once, then 404", async () => {
      const events = await org.eventsOf(async () => {
        const renamed = await org.fire(identical(post("group.update", { groupId: "grp1", name: "grp1-renamed" })));
        expectOutcome(renamed, { ok: renamed.filter((r) => r.status === 200).length, refusals: [404] });
        expectOutcome(await org.fire(identical(post("group.delete", { groupId: "grp2" }))), { ok: 1, refusals: [404] });
        expectOutcome(await org.fire(distinct((i) => post("group.delete", { groupId: `up${i}` }))));
      });
      expect(events).toEqual({ "group.rename": 1, "group.delete": BURST + 1 });
    });
  });

  it("any mix of writes at once: each call its own success, one event each, never a 5xx", async () => {
    const members = await org.members(10, "mix");
    await org.fire([post("group.create", { name: "mix" })]);
    const calls = [
      ...distinct((i) => post("user.create", { username: `mix-new${i}`, password: "burst-password-1" }), 4),
      ...distinct((i) => post("workspace.create", { name: `mix${i}` }), 6),
      ...distinct((i) => post("group.create", { name: `mix${i}` }), 6),
      ...members.slice(0, 6).map((m) => post("group.addUsers", { groupId: "mix", users: [m.user.id] })),
      ...distinct((i) => post("user.createApiKey", { name: `mix${i}` }), 6),
      ...members.slice(6).map((m) => post("user.updateMember", { userId: m.user.id, role: "manager" })),
      ...members.slice(0, 6).map((m) => post("user.assignPermissions", { id: m.user.id, canAccessToSSHKeys: true })),
    ];
    const events = await org.eventsOf(async () => expectOutcome(await org.fire(calls)));
    expect(Object.values(events).reduce((a, b) => a + b, 0)).toBe(calls.length);
  });

  it("leaves the audit chain valid, with no gap", async () => {
    await org.expectChainValid();
  });
});
