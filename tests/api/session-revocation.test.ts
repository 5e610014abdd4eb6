import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Both instances keep a signed-in session for two minutes: the instance that makes a change forgets
// it at once, and only its notification can make the other one forget sooner.
const LONG_CACHE = { ROSTER_ACCESS_CACHE_SECONDS: "120" };

describe("a signed-in session, kept by two instances of one database", () => {
  let first: RosterServer;
  let second: RosterServer;
  let fx: Fixtures;
  let organizationId: string;
  let owner: { apiKey: string };

  const listeners = async () =>
    (await fx.db.$queryRawUnsafe<{ pid: number }[]>(`SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN roster_access_changed' AND datname = current_database()`)).length;
  const me = (server: RosterServer, cookie: string) => httpClient(server.url).get("user.get", {}, { cookie });
  /** A cookie-authenticated write, from Roster's own page (the origin policy). */
  const postAs = (server: RosterServer, cookie: string, path: string, body: unknown) => httpClient(server.url).post(path, body, { cookie }, { origin: server.url });
  const signedIn = async (m: { user: { username: string }; password: string }) => {
    const session = await httpClient(first.url).signIn(m.user.username, m.password);
    expect(session.status).toBe(200);
    return session.cookie;
  };
  /** Signed in, and the session cached by both instances (each has answered it once). */
  const cachedEverywhere = async (m: { user: { username: string }; password: string }) => {
    const cookie = await signedIn(m);
    expect((await me(first, cookie)).status).toBe(200);
    expect((await me(second, cookie)).status).toBe(200);
    return cookie;
  };
  const refusedBySecond = (cookie: string) =>
    vi.waitFor(async () => expect((await me(second, cookie)).status).toBe(401), { timeout: 10_000, interval: 20 });

  beforeAll(async () => {
    first = await startRoster({ env: LONG_CACHE });
    second = await startRoster({ databaseUrl: first.databaseUrl, env: LONG_CACHE });
    fx = await fixturesFor(first);
    organizationId = (await fx.createOrganization()).id;
    const o = await fx.createMember(organizationId, { role: "owner" });
    owner = { apiKey: (await fx.insertApiKey(o.user.id, organizationId)).key };
    await vi.waitFor(async () => expect(await listeners()).toBe(2), { timeout: 15_000, interval: 100 });
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it("keeps a session behind Roster's back: only Roster's own changes make an instance forget it", async () => {
    // The premise of the tests below: a session deleted straight in the database still works where
    // it is cached, so each refusal below is the cache being told, not the cache running out.
    const m = await fx.createMember(organizationId);
    const cookie = await cachedEverywhere(m);
    await fx.db.session.deleteMany({ where: { userId: m.user.id } });
    expect((await me(first, cookie)).status).toBe(200);
    expect((await me(second, cookie)).status).toBe(200);
  });

  it("after signing out, the cookie is refused on the very next request, and by the other instance", async () => {
    const m = await fx.createMember(organizationId);
    const cookie = await cachedEverywhere(m);
    const res = await fetch(`${first.url}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: first.url, "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(200);
    expect((await me(first, cookie)).status).toBe(401);
    await refusedBySecond(cookie);
  });

  it("a disabled user's cookie is refused at once, and by the other instance", async () => {
    const m = await fx.createMember(organizationId);
    const cookie = await cachedEverywhere(m);
    expect((await httpClient(first.url).post("user.disable", { userId: m.user.id }, owner)).status).toBe(200);
    expect((await me(first, cookie)).status).toBe(401);
    await refusedBySecond(cookie);
  });

  it("a session ended from another of the person's sessions is refused at once, and by the other instance", async () => {
    const m = await fx.createMember(organizationId);
    const ended = await cachedEverywhere(m);
    const other = await signedIn(m);
    const [target] = await fx.db.session.findMany({ where: { userId: m.user.id }, orderBy: { createdAt: "asc" }, take: 1 });
    expect((await postAs(first, other, "session.revoke", { sessionId: target!.id })).status).toBe(200);
    expect((await me(first, ended)).status).toBe(401);
    await refusedBySecond(ended);
    expect((await me(first, other)).status).toBe(200);
  });

  it("an administrator signing a member out everywhere ends their cookie at once, and on the other instance", async () => {
    const m = await fx.createMember(organizationId);
    const cookie = await cachedEverywhere(m);
    const res = await httpClient(first.url).post("user.revokeSessions", { userId: m.user.id }, owner);
    expect(res.status).toBe(200);
    expect(res.body.sessionsRevoked).toBe(1);
    expect((await me(first, cookie)).status).toBe(401);
    await refusedBySecond(cookie);
  });

  it("a role change is seen at once by the member's cached session, and by the other instance", async () => {
    const m = await fx.createMember(organizationId, { role: "member" });
    const cookie = await cachedEverywhere(m);
    expect((await me(first, cookie)).body.role).toBe("member");
    expect((await httpClient(first.url).post("user.assignPermissions", { id: m.user.id, role: "admin" }, owner)).status).toBe(200);
    expect((await me(first, cookie)).body.role).toBe("admin");
    await vi.waitFor(async () => expect((await me(second, cookie)).body.role).toBe("admin"), { timeout: 10_000, interval: 20 });
  });

  it("switching organization is seen on the next request, and by the other instance", async () => {
    const m = await fx.createMember(organizationId);
    const otherOrganization = await fx.createOrganization();
    await fx.db.member.create({ data: { id: `${m.member.id}-2`, organizationId: otherOrganization.id, userId: m.user.id, role: "member" } });
    const cookie = await cachedEverywhere(m);
    expect((await me(first, cookie)).body.organization.id).toBe(organizationId);
    expect((await postAs(first, cookie, "organization.setActive", { organizationId: otherOrganization.id })).status).toBe(200);
    expect((await me(first, cookie)).body.organization.id).toBe(otherOrganization.id);
    await vi.waitFor(async () => expect((await me(second, cookie)).body.organization.id).toBe(otherOrganization.id), { timeout: 10_000, interval: 20 });
  });

  it("a cached session is not used past its expiry", async () => {
    // Signed in without "remember me": better-auth does not extend such a session as it is used.
    const m = await fx.createMember(organizationId);
    const res = await fetch(`${first.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: first.url },
      body: JSON.stringify({ username: m.user.username, password: m.password, rememberMe: false }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    // The session ends a moment from now, before either instance has read it.
    await fx.db.session.updateMany({ where: { userId: m.user.id }, data: { expiresAt: new Date(Date.now() + 1500) } });
    expect((await me(first, cookie)).status).toBe(200);
    await vi.waitFor(async () => expect((await me(first, cookie)).status).toBe(401), { timeout: 10_000, interval: 100 });
  });
});
