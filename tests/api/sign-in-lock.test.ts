import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, sendRequest } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// The per-account limit on failed password checks, over HTTP: it holds whichever address the guesses
// come from, and better-auth's per-IP limit is set high here so that only the account's limit acts.
const THRESHOLD = 4;
const ENV = { ROSTER_LOCKOUT_THRESHOLD: String(THRESHOLD), ROSTER_LOCKOUT_MINUTES: "15", ROSTER_SIGN_IN_RATE_LIMIT: "1000" };

type Team = Awaited<ReturnType<Fixtures["createTeam"]>>;

const signInFrom = (server: RosterServer, forwardedFor: string, body: { username?: string; email?: string; password: string }) =>
  sendRequest(`${server.url}/api/auth/sign-in/${body.email ? "email" : "username"}`, "POST", {
    headers: { "x-forwarded-for": forwardedFor },
    body,
  });

/**
 * THRESHOLD wrong passwords, each from another X-Forwarded-For address: for an account, alternating
 * its username and its email address (they count together); for a bare name, the name.
 */
async function guess(server: RosterServer, who: { username: string; email?: string }) {
  for (let i = 0; i < THRESHOLD; i++) {
    const body = who.email && i % 2 ? { email: who.email, password: `wrong-${i}` } : { username: who.username, password: `wrong-${i}` };
    expect((await signInFrom(server, `198.51.100.${i + 1}`, body)).status).toBe(401);
  }
}

describe("the per-account sign-in lock over HTTP", () => {
  // The default edge, which believes no X-Forwarded-For; and a second instance on the same database
  // behind a trusted proxy, where each guess really comes from another address.
  let server: RosterServer;
  let proxied: RosterServer;
  let fx: Fixtures;
  let api: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    server = await startRoster({ env: ENV });
    proxied = await startRoster({ env: { ...ENV, TRUSTED_PROXIES: "loopback" }, databaseUrl: server.databaseUrl });
    fx = await fixturesFor(server);
    api = httpClient(server.url);
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await Promise.all([server?.stop(), proxied?.stop()]);
  });

  it(`locks an account after ${THRESHOLD} wrong passwords from different X-Forwarded-For addresses; the right one then gets 429 with Retry-After`, async () => {
    const team: Team = await fx.createTeam();
    const { user, password } = team.member;
    await guess(server, user);

    for (const body of [{ username: user.username, password }, { email: user.email, password }]) {
      const refused = await signInFrom(server, "203.0.113.99", body);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
      expect(refused.body).toMatchObject({ code: "ACCOUNT_LOCKED", message: "Too many failed password attempts for this account. Try again in 15 minutes, or ask an administrator to unlock it." });
      expect(refused.body?.token).toBeUndefined();
    }
    const events = await fx.db.auditEvent.findMany({ where: { action: "user.locked", targetId: user.id } });
    // The address is the socket's, whatever the client claimed.
    expect(events).toEqual([expect.objectContaining({ organizationId: team.organization.id, actorName: "system", ip: "127.0.0.1" })]);
  });

  it("answers a name no account has exactly as a locked account", async () => {
    const team: Team = await fx.createTeam();
    const nobody = { username: fx.unique("nobody") };
    await guess(server, team.member.user);
    await guess(server, nobody);
    const known = await signInFrom(server, "203.0.113.1", { username: team.member.user.username, password: "anything-at-all" });
    const unknown = await signInFrom(server, "203.0.113.1", { username: nobody.username, password: "anything-at-all" });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
  });

  it("restores sign-in when an administrator unlocks the account (user.unlock)", async () => {
    const team: Team = await fx.createTeam();
    const { user, password } = team.member;
    await guess(server, user);
    const admin = await api.signIn(team.admin.user.username, team.admin.password);
    expect(admin.status).toBe(200);

    const unlocked = await api.post("user.unlock", { userId: user.id }, { bearer: admin.token! });
    expect(unlocked).toMatchObject({ status: 200, body: { success: true, userId: user.id, unlocked: true } });
    expect((await api.signIn(user.username, password)).status).toBe(200);
    expect(await fx.db.auditEvent.count({ where: { action: "user.unlock", targetId: user.id } })).toBe(1);
  });

  it("counts user.update's wrong currentPassword: after that, sign-in and the right current password are refused", async () => {
    const team: Team = await fx.createTeam();
    const { user, password } = team.member;
    const session = await api.signIn(user.username, password);
    const change = (currentPassword: string) => api.post("user.update", { currentPassword, password: "a-brand-new-password" }, { bearer: session.token! });
    for (let i = 0; i < THRESHOLD; i++) {
      expect(await change(`wrong-${i}`)).toMatchObject({ status: 400, body: { data: { fieldErrors: { currentPassword: ["Current password is incorrect"] } } } });
    }
    const refused = await change(password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await api.signIn(user.username, password)).status).toBe(429);
  });

  it("holds on another instance behind a trusted proxy, where each guess comes from another address; the event records the last one", async () => {
    const team: Team = await fx.createTeam();
    await guess(proxied, team.member.user);
    expect((await signInFrom(server, "203.0.113.50", { username: team.member.user.username, password: team.member.password })).status).toBe(429);
    expect((await signInFrom(proxied, "203.0.113.50", { username: team.member.user.username, password: team.member.password })).status).toBe(429);
    const event = await fx.db.auditEvent.findFirstOrThrow({ where: { action: "user.locked", targetId: team.member.user.id } });
    expect(event.ip).toBe(`198.51.100.${THRESHOLD}`);
  });

  it("counts Dagu's login and change-password (/api/v1) as well, which answer 429 with the same words while locked", async () => {
    const dagu = (path: string, body: unknown, token?: string) =>
      sendRequest(`${server.url}/api/v1/auth/${path}`, "POST", { body, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const team: Team = await fx.createTeam();
    const { user, password } = team.member;
    // Signed in first: a correct password starts the count again.
    const session = await api.signIn(user.username, password);
    for (let i = 0; i < THRESHOLD / 2; i++) expect((await dagu("login", { username: user.username, password: `wrong-${i}` })).status).toBe(401);
    for (let i = 0; i < THRESHOLD / 2; i++) {
      expect((await dagu("change-password", { currentPassword: `wrong-${i}`, newPassword: "a-brand-new-password" }, session.token)).status).toBe(401);
    }
    const refused = await dagu("login", { username: user.username, password });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect(refused.body.message).toMatch(/^Too many failed password attempts for this account/);
    expect((await dagu("change-password", { currentPassword: password, newPassword: "a-brand-new-password" }, session.token)).status).toBe(429);
  });
});
