import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";

describe("one router, three surfaces, every credential", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let cookie: string;
  let token: string;
  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    await api.post("auth.setup", { username: "owner", password: "owner-password", email: "owner@example.test" });
    const session = await api.signIn("owner", "owner-password");
    cookie = session.cookie;
    token = session.token!;
  });
  afterAll(() => server?.stop());

  it("signs in by username or by email, and refuses a wrong password", async () => {
    expect((await api.signIn("owner@example.test", "owner-password")).status).toBe(200);
    const wrong = await api.signIn("owner", "wrong-password");
    expect(wrong.status).toBe(401);
    expect(wrong.cookie).toBe("");
  });

  it("serves user.get to a session cookie, and to the session token as a bearer", async () => {
    for (const credentials of [{ cookie }, { bearer: token }]) {
      const res = await api.get("user.get", {}, credentials);
      expect(res.status).toBe(200);
      expect(res.body.user.username).toBe("owner");
      expect(res.body.user).not.toHaveProperty("password");
    }
  });

  it("answers 401 with a clear message to no credentials and to unknown ones", async () => {
    const none = await api.get("user.get");
    expect(none.status).toBe(401);
    expect(none.body.message).toMatch(/Sign in/);
    expect((await api.get("user.get", {}, { bearer: "not-a-real-token" })).status).toBe(401);
    const badKey = await api.get("user.get", {}, { apiKey: "rst_not-a-real-key" });
    expect(badKey.status).toBe(401);
    expect(badKey.body.message).toBe("Invalid API key");
  });

  it("serves the same procedure over tRPC", async () => {
    const res = await fetch(`${server.url}/api/trpc/user.get`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.result.data.user.username).toBe("owner");
  });

  it("answers 415 to a mutation whose body is not JSON, and 404 to an unknown procedure", async () => {
    const res = await fetch(`${server.url}/api/user.update`, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie },
      body: "name=x",
    });
    expect(res.status).toBe(415);
    expect((await api.get("user.nope", {}, { cookie })).status).toBe(404);
  });

  it("does not expose better-auth's sign-up or admin routes", async () => {
    const signUp = await api.post("auth/sign-up/email", { email: "x@example.test", password: "password123", name: "x" });
    expect(signUp.status).toBe(404);
    const ban = await api.post("auth/admin/ban-user", { userId: "x" }, { cookie });
    expect(ban.status).toBe(404);
  });

  it("has no benchmark baseline routes in the production build", async () => {
    for (const kind of ["bare", "better-auth"]) expect((await api.get(`bench/${kind}`, {}, { cookie })).status).toBe(404);
  });

  it("publishes an OpenAPI 3.1 document with input and output schemas, and a docs page", async () => {
    const res = await api.get("openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1/);
    const setup = res.body.paths["/auth.setup"].post;
    expect(setup.requestBody.content["application/json"].schema.properties).toHaveProperty("password");
    expect(setup.responses["200"].content["application/json"].schema.properties).toHaveProperty("organization");
    const get = res.body.paths["/user.get"].get;
    expect(get.responses["200"].content["application/json"].schema.properties).toHaveProperty("user");
    // Each procedure carries its call through the TypeScript SDK for the reference at /docs.
    const [sample] = get["x-codeSamples"];
    expect(sample).toMatchObject({ lang: "TypeScript", label: "TypeScript SDK" });
    expect(sample.source).toContain("await roster.user.get.query()");
    expect(res.body.paths["/user.createApiKey"].post["x-codeSamples"][0].source).toContain('roster.user.createApiKey.mutate({ name: "…" })');
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
  });

  it("reports health 200 with the database reachable", async () => {
    const res = await api.get("health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ok", database: { up: true } });
  });
});

describe("/api/health without a database", () => {
  let server: RosterServer;
  beforeAll(async () => {
    // A port nothing listens on: Roster starts, but its database is unreachable.
    server = await startRoster({ databaseUrl: "postgresql://postgres@127.0.0.1:9/roster", expectStatus: 503 });
  });
  afterAll(() => server?.stop());

  it("answers 503 and says the database is down", async () => {
    const res = await httpClient(server.url).get("health");
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: "unavailable", database: { up: false } });
  });
});
