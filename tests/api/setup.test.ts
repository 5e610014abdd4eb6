import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";

// Dagu's first-admin setup endpoint, exactly as its documentation's curl line sends it.
describe("POST /api/auth.setup on a fresh install", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
  });
  afterAll(() => server?.stop());

  it("sends a fresh install's home page to /setup", async () => {
    const res = await fetch(`${server.url}/`, { redirect: "manual" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toMatch(/\/setup$/);
    const setupPage = await fetch(`${server.url}/setup`);
    expect(setupPage.status).toBe(200);
    expect(await setupPage.text()).toContain("Create administrator");
  });

  it("refuses a 7-character password with 400 and a message naming the rule; nothing is created", async () => {
    const res = await api.post("auth.setup", { username: "admin", password: "1234567" });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("Password must be at least 8 characters");
    expect(res.body.data.fieldErrors).toEqual({ password: ["Password must be at least 8 characters"] });
    expect((await api.get("auth.setupStatus")).body).toEqual({ setupRequired: true });
  });

  it("refuses a blank organization name with 400 naming the field; nothing is created", async () => {
    const res = await api.post("auth.setup", { username: "admin", password: "your-password", organizationName: "   " });
    expect(res.status).toBe(400);
    expect(res.body.data.fieldErrors).toEqual({ organizationName: ["Organization name cannot be blank"] });
    expect((await api.get("auth.setupStatus")).body).toEqual({ setupRequired: true });
  });

  it("creates the admin with Dagu's body, then answers 403 to any second call", async () => {
    const res = await api.post("auth.setup", '{"username":"admin","password":"your-password"}');
    expect(res.status).toBe(200);
    // No organization name given: the configured default.
    expect(res.body).toMatchObject({ username: "admin", organization: { name: "My organization", slug: "my-organization" } });
    expect(JSON.stringify(res.body)).not.toContain("your-password");

    const again = await api.post("auth.setup", { username: "other", password: "another-password" });
    expect(again.status).toBe(403);
    expect(again.body.message).toMatch(/already set up/);
    expect((await api.get("auth.setupStatus")).body).toEqual({ setupRequired: false });
  });

  it("lets the new admin sign in, as owner, and sends / to the dashboard instead of /setup", async () => {
    const session = await api.signIn("admin", "your-password");
    expect(session.status).toBe(200);
    const me = await api.get("user.get", {}, { cookie: session.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: "owner", user: { username: "admin" } });
    const home = await fetch(`${server.url}/`, { redirect: "manual", headers: { cookie: session.cookie } });
    expect(home.headers.get("location")).not.toMatch(/\/setup$/);
    const setupPage = await fetch(`${server.url}/setup`, { redirect: "manual" });
    expect(setupPage.headers.get("location")).toMatch(/\/sign-in$/);
  });
});

describe("ten concurrent setup calls on a fresh database", () => {
  let server: RosterServer;
  beforeAll(async () => {
    server = await startRoster();
  });
  afterAll(() => server?.stop());

  it("create exactly one admin, owner of the organization it named: one 200, nine 403", async () => {
    const api = httpClient(server.url);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => api.post("auth.setup", { username: `admin${i}`, password: "your-password", organizationName: `Acme Labs ${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 403, 403, 403, 403, 403, 403, 403, 403, 403]);
    const winner = results.find((r) => r.status === 200)!;
    const index = winner.body.username.replace("admin", "");
    expect(winner.body.organization).toMatchObject({ name: `Acme Labs ${index}`, slug: `acme-labs-${index}` });
    const signIn = await api.signIn(winner.body.username, "your-password");
    expect(signIn.status).toBe(200);
    const me = await api.get("user.get", {}, { cookie: signIn.cookie });
    expect(me.body).toMatchObject({ role: "owner", organization: { name: `Acme Labs ${index}` } });
    const losers = results.filter((r) => r.status === 403).map((r) => r.body.message);
    expect(new Set(losers).size).toBe(1);
  });
});
