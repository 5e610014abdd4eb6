import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Both instances trust cached access facts for two minutes: only the notification from the instance
// that made a change can make the other one see it sooner.
const LONG_CACHE = { ROSTER_ACCESS_CACHE_SECONDS: "120" };

describe("revocation across two instances of one database", () => {
  let first: RosterServer;
  let second: RosterServer;
  let fx: Fixtures;
  let organizationId: string;
  let owner: { apiKey: string };

  // The backends of the instances' listening connections.
  const listeners = async () =>
    (await fx.db.$queryRawUnsafe<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN roster_access_changed'`)).map((r) => r.pid);
  const bothListening = (notAmong: number[] = []) =>
    vi.waitFor(async () => expect((await listeners()).filter((pid) => !notAmong.includes(pid))).toHaveLength(2), { timeout: 15_000, interval: 100 });
  const seenBy = (server: RosterServer, apiKey: string, status: number) =>
    vi.waitFor(async () => expect((await httpClient(server.url).get("user.get", {}, { apiKey })).status).toBe(status), { timeout: 10_000, interval: 20 });

  beforeAll(async () => {
    first = await startRoster({ env: LONG_CACHE });
    second = await startRoster({ databaseUrl: first.databaseUrl, env: LONG_CACHE });
    fx = await fixturesFor(first);
    organizationId = (await fx.createOrganization()).id;
    const o = await fx.createMember(organizationId, { role: "owner" });
    owner = { apiKey: (await fx.insertApiKey(o.user.id, organizationId)).key };
    await bothListening();
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it("an instance that hears notifications trusts its cache: a key deleted behind Roster's back still works there", async () => {
    // The premise of the tests below: without a notification, the second instance would go on
    // accepting a key it cached, well past the one-second bound of an instance that does not listen.
    const m = await fx.createMember(organizationId);
    const key = await fx.insertApiKey(m.user.id, organizationId);
    expect((await httpClient(second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    await fx.db.apikey.delete({ where: { id: key.id } });
    await new Promise((r) => setTimeout(r, 2000));
    expect((await httpClient(second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
  });

  it("a key deleted on one instance is refused by the other at once, although it cached the key", async () => {
    const m = await fx.createMember(organizationId);
    const key = await fx.insertApiKey(m.user.id, organizationId);
    expect((await httpClient(second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    expect((await httpClient(first.url).post("user.deleteApiKey", { apiKeyId: key.id }, owner)).status).toBe(200);
    await seenBy(second, key.key, 401);
  });

  it("a person disabled on one instance is refused by the other at once", async () => {
    const m = await fx.createMember(organizationId);
    const key = await fx.insertApiKey(m.user.id, organizationId);
    expect((await httpClient(second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    expect((await httpClient(first.url).post("user.disable", { userId: m.user.id }, owner)).status).toBe(200);
    await vi.waitFor(async () => expect((await httpClient(second.url).get("user.get", {}, { apiKey: key.key })).status).not.toBe(200), { timeout: 10_000, interval: 20 });
  });

  it("after its notification connection is cut, an instance listens again and keeps hearing revocations", async () => {
    const cut = await listeners();
    await fx.db.$queryRawUnsafe(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1::int[])`, cut);
    await bothListening(cut);
    const m = await fx.createMember(organizationId);
    const key = await fx.insertApiKey(m.user.id, organizationId);
    expect((await httpClient(second.url).get("user.get", {}, { apiKey: key.key })).status).toBe(200);
    expect((await httpClient(first.url).post("user.deleteApiKey", { apiKeyId: key.id }, owner)).status).toBe(200);
    await seenBy(second, key.key, 401);
  });
});
