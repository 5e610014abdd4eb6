import { describe, expect, it, vi } from "vitest";
import { httpClient } from "../support/http";
import type { RosterServer } from "../support/roster-server";
import { twoInstancesOfOneDatabase } from "../support/two-instances";

// Both instances keep a signed-in session for two minutes: the instance that makes a change forgets
// it at once, and only its notification can make the other one forget sooner.
describe("a signed-in session, kept by two instances of one database", () => {
  const pair = twoInstancesOfOneDatabase();

  const me = (server: RosterServer, cookie: string) => httpClient(server.url).get("user.get", {}, { cookie });
  /** A cookie-authenticated write, from Roster's own page (the origin policy). */
  const postAs = (server: RosterServer, cookie: string, path: string, body: unknown) => httpClient(server.url).post(path, body, { cookie }, { origin: server.url });
  const signedIn = async (m: { user: { username: string }; password: string }) => {
    const session = await httpClient(pair.first.url).signIn(m.user.username, m.password);
    expect(session.status).toBe(200);
    return session.cookie;
  };
  /** Signed in, and the session cached by both instances (each has answered it once). */
  const cachedEverywhere = async (m: { user: { username: string }; password: string }) => {
    const cookie = await signedIn(m);
    expect((await me(pair.first, cookie)).status).toBe(200);
    expect((await me(pair.second, cookie)).status).toBe(200);
    return cookie;
  };
  const refusedBySecond = (cookie: string) =>
    vi.waitFor(async () => expect((await me(pair.second, cookie)).status).toBe(401), { timeout: 10_000, interval: 20 });

  it("keeps a session behind Roster's back: only Roster's own changes make an instance forget it", async () => {
    // The premise of the tests below: a session deleted straight in the database still works where
    // it is cached, so each refusal below is the cache being told, not the cache running out.
    const m = await pair.fx.createMember(pair.organizationId);
    const cookie = await cachedEverywhere(m);
    await pair.fx.db.session.deleteMany({ where: { userId: m.user.id } });
    expect((await me(pair.first, cookie)).status).toBe(200);
    expect((await me(pair.second, cookie)).status).toBe(200);
  });

  it("after signing out, the cookie is refused on the very next request, and by the other instance", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const cookie = await cachedEverywhere(m);
    const res = await fetch(`${pair.first.url}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: pair.first.url, "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(200);
    expect((await me(pair.first, cookie)).status).toBe(401);
    await refusedBySecond(cookie);
  });

  it("a disabled user's cookie is refused at once, and by the other instance", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const cookie = await cachedEverywhere(m);
    expect((await httpClient(pair.first.url).post("user.disable", { userId: m.user.id }, pair.owner)).status).toBe(200);
    expect((await me(pair.first, cookie)).status).toBe(401);
    await refusedBySecond(cookie);
  });

  it("a session ended from another of the person's sessions is refused at once, and by the other instance", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const ended = await cachedEverywhere(m);
    const other = await signedIn(m);
    const [target] = await pair.fx.db.session.findMany({ where: { userId: m.user.id }, orderBy: { createdAt: "asc" }, take: 1 });
    expect((await postAs(pair.first, other, "session.revoke", { sessionId: target!.id })).status).toBe(200);
    expect((await me(pair.first, ended)).status).toBe(401);
    await refusedBySecond(ended);
    expect((await me(pair.first, other)).status).toBe(200);
  });

  it("an administrator signing a member out everywhere ends their cookie at once, and on the other instance", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const cookie = await cachedEverywhere(m);
    const res = await httpClient(pair.first.url).post("user.revokeSessions", { userId: m.user.id }, pair.owner);
    expect(res.status).toBe(200);
    expect(res.body.sessionsRevoked).toBe(1);
    expect((await me(pair.first, cookie)).status).toBe(401);
    await refusedBySecond(cookie);
  });

  it("a role change is seen at once by the member's cached session, and by the other instance", async () => {
    const m = await pair.fx.createMember(pair.organizationId, { role: "member" });
    const cookie = await cachedEverywhere(m);
    expect((await me(pair.first, cookie)).body.role).toBe("member");
    expect((await httpClient(pair.first.url).post("user.assignPermissions", { id: m.user.id, role: "admin" }, pair.owner)).status).toBe(200);
    expect((await me(pair.first, cookie)).body.role).toBe("admin");
    await vi.waitFor(async () => expect((await me(pair.second, cookie)).body.role).toBe("admin"), { timeout: 10_000, interval: 20 });
  });

  it("switching organization is seen on the next request, and by the other instance", async () => {
    const m = await pair.fx.createMember(pair.organizationId);
    const otherOrganization = await pair.fx.createOrganization();
    await pair.fx.db.member.create({ data: { id: `${m.member.id}-2`, organizationId: otherOrganization.id, userId: m.user.id, role: "member" } });
    const cookie = await cachedEverywhere(m);
    expect((await me(pair.first, cookie)).body.organization.id).toBe(pair.organizationId);
    expect((await postAs(pair.first, cookie, "organization.setActive", { organizationId: otherOrganization.id })).status).toBe(200);
    expect((await me(pair.first, cookie)).body.organization.id).toBe(otherOrganization.id);
    await vi.waitFor(async () => expect((await me(pair.second, cookie)).body.organization.id).toBe(otherOrganization.id), { timeout: 10_000, interval: 20 });
  });

  it("a cached session is not used past its expiry", async () => {
    // Signed in without "remember me": better-auth does not extend such a session as it is used.
    const m = await pair.fx.createMember(pair.organizationId);
    const res = await fetch(`${pair.first.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: pair.first.url },
      body: JSON.stringify({ username: m.user.username, password: m.password, rememberMe: false }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    // The session ends a moment from now, before either instance has read it.
    await pair.fx.db.session.updateMany({ where: { userId: m.user.id }, data: { expiresAt: new Date(Date.now() + 1500) } });
    expect((await me(pair.first, cookie)).status).toBe(200);
    await vi.waitFor(async () => expect((await me(pair.first, cookie)).status).toBe(401), { timeout: 10_000, interval: 100 });
  });
});
