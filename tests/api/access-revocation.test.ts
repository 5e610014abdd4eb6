import { describe, expect, it, vi } from "vitest";
import { httpClient } from "../support/http";
import type { RosterServer } from "../support/roster-server";
import { twoInstancesOfOneDatabase } from "../support/two-instances";

// Both instances trust cached access facts for two minutes: only the notification from the instance
// that made a change can make the other one see it sooner.
describe("revocation across two instances of one database", () => {
  const pair = twoInstancesOfOneDatabase();

  const seenBy = (server: RosterServer, apiKey: string, status: number) =>
    vi.waitFor(async () => expect((await httpClient(server.url).get("user.get", {}, { apiKey })).status).toBe(status), { timeout: 10_000, interval: 20 });

  it("an instance that hears notifications trusts its cache: a key deleted behind Roster's back still works there", async () => {
    // The premise of the tests below: without a notification, the second instance would go on
    // accepting a key it cached, well past the one-second bound of an instance that does not listen.
    const m = await pair.fx.createMember(pair.organizationId);
    const key = await pair.fx.insertApiKey(m.user.id, pair.organizationId);
    expect((await httpClient(pair.second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    await pair.fx.db.apikey.delete({ where: { id: key.id } });
    await new Promise((r) => setTimeout(r, 2000));
    expect((await httpClient(pair.second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
  });

  it("a key deleted on one instance is refused by the other at once, although it cached the key", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const key = await pair.fx.insertApiKey(m.user.id, pair.organizationId);
    expect((await httpClient(pair.second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    expect((await httpClient(pair.first.url).post("user.deleteApiKey", { apiKeyId: key.id }, pair.owner)).status).toBe(200);
    await seenBy(pair.second, key.key, 401);
  });

  it("a person disabled on one instance is refused by the other at once", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const key = await pair.fx.insertApiKey(m.user.id, pair.organizationId);
    expect((await httpClient(pair.second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    expect((await httpClient(pair.first.url).post("user.disable", { userId: m.user.id }, pair.owner)).status).toBe(200);
    await vi.waitFor(async () => expect((await httpClient(pair.second.url).get("user.get", {}, { apiKey: key.key })).status).not.toBe(200), { timeout: 10_000, interval: 20 });
  });

  it("a group or workspace renamed on one instance is shown by its new name in the other's user.all at once", async () => {
    const [first, second] = [httpClient(pair.first.url), httpClient(pair.second.url)];
    const m = await pair.fx.createMember(pair.organizationId);
    const suffix = m.user.id.slice(-8);
    const workspace = (await first.post("workspace.create", { name: `stage-${suffix}` }, pair.owner)).body;
    const group = (await first.post("group.create", { name: `before-${suffix}`, members: [m.user.id] }, pair.owner)).body;
    const set = await first.post("user.updateMember", { userId: m.user.id, workspaceAccess: { all: false, grants: [{ workspace: workspace.name, role: "viewer" }] } }, pair.owner);
    expect(set.status).toBe(200);
    const shown = async () => {
      const res = await second.get("user.all", { search: m.user.username }, pair.owner);
      const [item] = res.body as { groups: { name: string }[]; access: { scope: string } }[];
      return { groups: item!.groups.map((g) => g.name), scope: item!.access.scope };
    };
    expect(await shown()).toEqual({ groups: [`before-${suffix}`], scope: `stage-${suffix} as viewer` });
    expect((await first.post("group.update", { groupId: group.id, name: `after-${suffix}` }, pair.owner)).status).toBe(200);
    await vi.waitFor(async () => expect((await shown()).groups).toEqual([`after-${suffix}`]), { timeout: 10_000, interval: 20 });
    expect((await first.post("workspace.update", { workspaceId: workspace.id, name: `live-${suffix}` }, pair.owner)).status).toBe(200);
    await vi.waitFor(async () => expect((await shown()).scope).toBe(`live-${suffix} as viewer`), { timeout: 10_000, interval: 20 });
  });

  it("after its notification connection is cut, an instance listens again and keeps hearing revocations", async () => {
    const cut = await pair.listenerPids();
    await pair.fx.db.$queryRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1::int[])`, cut);
    await pair.bothListening(cut);
    const m = await pair.fx.createMember(pair.organizationId);
    const key = await pair.fx.insertApiKey(m.user.id, pair.organizationId);
    expect((await httpClient(pair.second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    expect((await httpClient(pair.first.url).post("user.deleteApiKey", { apiKeyId: key.id }, pair.owner)).status).toBe(200);
    await seenBy(pair.second, key.key, 401);
  });
});
