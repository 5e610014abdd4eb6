import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, sendRequest } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { OWNER, withOwner } from "../support/owner";
import type { Fixtures } from "../support/server-fixtures";

// What a browser on another site could make a signed-in browser send: one origin policy for
// better-auth's sign-in routes and every cookie-authenticated write.

const EVIL = "https://evil.example";

const refusedFrom = (origin: string, home: string) =>
  `This request came from ${origin}, which is not Roster's address (${home}). Open Roster at ${home} and try again; if that is not the address people use, set BETTER_AUTH_URL to it.`;

describe("one origin policy (production)", () => {
  let server: RosterServer;
  let fx: Fixtures;
  let cookie: string;
  let token: string;
  let apiKey: string;
  let userId: string;

  beforeAll(async () => {
    server = await startRoster();
    const seeded = await withOwner(server);
    fx = seeded.fx;
    userId = seeded.ownerId;
    const session = await seeded.api.signIn(OWNER.username, OWNER.password);
    cookie = session.cookie;
    token = session.token!;
    apiKey = (await fx.insertApiKey(userId, seeded.organizationId)).key;
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  const signIn = (by: "username" | "email", headers: Record<string, string>) =>
    sendRequest(`${server.url}/api/auth/sign-in/${by}`, "POST", { headers, body: by === "email" ? { email: OWNER.email, password: OWNER.password } : { username: OWNER.username, password: OWNER.password } });

  it("refuses sign-in from another origin, by username and by email, with a 403 that says why and sets no cookie", async () => {
    for (const by of ["username", "email"] as const) {
      const refused = await signIn(by, { origin: EVIL });
      expect(refused.status, by).toBe(403);
      expect(refused.body).toMatchObject({ code: "FORBIDDEN", message: refusedFrom(EVIL, server.url) });
      expect(refused.headers.getSetCookie()).toEqual([]);
    }
  });

  it("accepts sign-in from Roster's own origin and from clients that send no Origin; refuses one the browser marks cross-site", async () => {
    for (const by of ["username", "email"] as const) {
      expect((await signIn(by, { origin: server.url })).status, by).toBe(200);
      expect((await signIn(by, {})).status, by).toBe(200);
      expect((await signIn(by, { "sec-fetch-site": "cross-site" })).status, by).toBe(403);
    }
  });

  it("accepts only the public URL itself in production: its loopback forms are other origins", async () => {
    const port = new URL(server.url).port;
    expect((await signIn("email", { origin: `http://localhost:${port}` })).status).toBe(403);
  });

  it("refuses cookie-authenticated writes from another origin through tRPC and dot-style HTTP, and changes nothing", async () => {
    const trpc = await sendRequest(`${server.url}/api/trpc/user.update`, "POST", { headers: { cookie, origin: EVIL }, body: { firstName: "Mallory" } });
    expect(trpc.status).toBe(403);
    expect(trpc.body.error).toMatchObject({ message: refusedFrom(EVIL, server.url), data: { code: "FORBIDDEN" } });
    const dot = await sendRequest(`${server.url}/api/user.update`, "POST", { headers: { cookie, origin: EVIL }, body: { firstName: "Mallory" } });
    expect(dot).toMatchObject({ status: 403, body: { code: "FORBIDDEN", message: refusedFrom(EVIL, server.url) } });
    const crossSite = await sendRequest(`${server.url}/api/user.update`, "POST", { headers: { cookie, "sec-fetch-site": "cross-site" }, body: { firstName: "Mallory" } });
    expect(crossSite.status).toBe(403);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: userId } })).firstName).not.toBe("Mallory");
  });

  it("accepts cookie-authenticated writes from Roster's origin and without an Origin", async () => {
    expect((await sendRequest(`${server.url}/api/trpc/user.update`, "POST", { headers: { cookie, origin: server.url, "sec-fetch-site": "same-origin" }, body: { firstName: "Ada" } })).status).toBe(200);
    expect((await sendRequest(`${server.url}/api/user.update`, "POST", { headers: { cookie, origin: server.url }, body: { lastName: "Lovelace" } })).status).toBe(200);
    expect((await sendRequest(`${server.url}/api/user.update`, "POST", { headers: { cookie }, body: { name: "Ada Lovelace" } })).status).toBe(200);
    expect(await fx.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ firstName: "Ada", lastName: "Lovelace", name: "Ada Lovelace" });
  });

  it("lets cookie-authenticated reads through whatever their Origin (a read sends nothing anywhere)", async () => {
    expect((await sendRequest(`${server.url}/api/user.get`, "GET", { headers: { cookie, origin: EVIL } })).status).toBe(200);
  });

  it("does not hold bearer session tokens and API keys to it: a browser never sends them on its own", async () => {
    const credentials: Record<string, string>[] = [{ authorization: `Bearer ${token}` }, { authorization: `Bearer ${apiKey}` }, { "x-api-key": apiKey }];
    for (const headers of credentials) {
      const withEvil = { ...headers, origin: EVIL, "sec-fetch-site": "cross-site" };
      expect((await sendRequest(`${server.url}/api/user.update`, "POST", { headers: withEvil, body: { firstName: "Grace" } })).status).toBe(200);
      expect((await sendRequest(`${server.url}/api/trpc/user.update`, "POST", { headers: withEvil, body: { firstName: "Grace" } })).status).toBe(200);
    }
  });

  it("refuses sign-out from another origin: the session stays", async () => {
    expect((await sendRequest(`${server.url}/api/auth/sign-out`, "POST", { headers: { cookie, origin: EVIL }, body: {} })).status).toBe(403);
    expect((await sendRequest(`${server.url}/api/user.get`, "GET", { headers: { cookie } })).status).toBe(200);
  });
});

describe("the origin policy in development", () => {
  let server: RosterServer;

  beforeAll(async () => {
    server = await startRoster({ env: { NODE_ENV: "development" } });
    // Over HTTP only: this file's fixtures already point at the first server's database.
    expect((await httpClient(server.url).post("auth.setup", OWNER)).status).toBe(200);
  });
  afterAll(() => server?.stop());

  it("also accepts the public URL's loopback forms, and better-auth agrees (email sign-in)", async () => {
    const port = new URL(server.url).port;
    for (const origin of [server.url, `http://localhost:${port}`, `http://[::1]:${port}`]) {
      const res = await sendRequest(`${server.url}/api/auth/sign-in/email`, "POST", { headers: { origin }, body: { email: OWNER.email, password: OWNER.password } });
      expect(res.status, origin).toBe(200);
    }
    const refused = await sendRequest(`${server.url}/api/auth/sign-in/email`, "POST", { headers: { origin: `http://localhost:${Number(port) + 1}` }, body: { email: OWNER.email, password: OWNER.password } });
    expect(refused.status).toBe(403);
  });
});
