import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Sdk from "@/sdk";
import { SDK_DIST } from "../support/global-build-sdk";
import { freePort } from "../support/free-port";
import { withOwner } from "../support/owner";
import { startRoster, type RosterServer } from "../support/roster-server";
import type { Fixtures } from "../support/server-fixtures";

// The built SDK (dist/sdk) against a live server: one call of every router family, and each
// error a caller must tell apart arriving as a RosterError with its code, status and fields.
describe("roster/sdk against a running server", () => {
  let sdk: typeof Sdk;
  let server: RosterServer;
  let fx: Fixtures;
  let organizationId: string;
  let ownerId: string;
  let roster: Sdk.RosterClient;
  let ownerKey: string;

  /** The RosterError a call rejects with. */
  const failure = async (call: Promise<unknown>) => {
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sdk.RosterError);
    return error as Sdk.RosterError;
  };

  beforeAll(async () => {
    sdk = (await import(SDK_DIST.js)) as typeof Sdk;
    server = await startRoster();
    ({ fx, organizationId, ownerId } = await withOwner(server));
    ownerKey = (await fx.insertApiKey(ownerId, organizationId)).key;
    roster = sdk.createRosterClient({ baseUrl: `${server.url}/`, apiKey: ownerKey });
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  it("auth, user, group, workspace, session, authz and audit each answer with typed data", async () => {
    expect(await roster.auth.setupStatus.query()).toEqual({ setupRequired: false });
    const me = await roster.user.get.query();
    expect(me).toMatchObject({ role: "owner", user: { username: "owner" } });

    const workspace = await roster.workspace.create.mutate({ name: "ops" });
    const group = await roster.group.create.mutate({ name: "developers", workspaceGrants: [{ workspace: "ops", role: "developer" }] });
    const john = await roster.user.create.mutate({ username: "john", password: "johns-password", firstName: "John", groups: ["developers"] });
    expect(john).toMatchObject({ username: "john", groups: [{ id: group.id, name: "developers" }] });

    const found = await roster.user.all.query({ search: "jo" });
    expect(found.map((m) => m.username)).toEqual(["john"]);
    expect((await roster.user.one.query({ userId: john.userId })).workspaceAccess).toMatchObject({ all: true });
    expect((await roster.workspace.list.query()).map((w) => w.id)).toEqual([workspace.id]);
    expect((await roster.group.get.query({ groupId: "developers" })).members.map((m) => m.username)).toEqual(["john"]);
    expect(await roster.session.list.query()).toEqual(expect.any(Array));
    expect(await roster.authz.check.query({ permission: "workflow:edit", workspace: "ops", userId: john.userId })).toMatchObject({ allowed: true });
    const audit = await roster.audit.list.query({ action: "user.create" });
    expect(audit.items.map((e) => e.target.name)).toContain("john");
  });

  it("creates an API key whose plaintext is returned once and works as Authorization: Bearer", async () => {
    const created = await roster.user.createApiKey.mutate({ name: "ci", permissions: ["member:read"] });
    const readOnly = sdk.createRosterClient({ baseUrl: server.url, apiKey: created.key });
    expect((await readOnly.user.all.query()).length).toBeGreaterThan(0);
    const listed = await roster.user.listApiKeys.query();
    expect(JSON.stringify(listed)).not.toContain(created.key);
  });

  it("batches calls made together into one HTTP request, through a custom fetch, with custom headers", async () => {
    const requests: { url: string; headers: Headers }[] = [];
    const client = sdk.createRosterClient({
      baseUrl: server.url,
      apiKey: ownerKey,
      headers: { "x-request-id": "sdk-test-batch" },
      fetch: (input, init) => {
        requests.push({ url: String(input), headers: new Headers(init?.headers) });
        return fetch(input, init);
      },
    });
    const [me, groups, workspaces] = await Promise.all([client.user.get.query(), client.group.list.query(), client.workspace.list.query()]);
    expect(me.user.username).toBe("owner");
    expect(groups.length + workspaces.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toContain("/api/trpc/user.get,group.list,workspace.list?batch=1");
    expect(requests[0]!.headers.get("authorization")).toBe(`Bearer ${ownerKey}`);
    expect(requests[0]!.headers.get("x-request-id")).toBe("sdk-test-batch");
  });

  it("accepts a session token as well as an API key", async () => {
    const { sessionToken } = await sdk.signIn({ baseUrl: server.url, username: "owner", password: "owner-password" });
    const client = sdk.createRosterClient({ baseUrl: server.url, sessionToken });
    expect((await client.user.get.query()).user.username).toBe("owner");
    const wrong = await failure(sdk.signIn({ baseUrl: server.url, username: "owner", password: "not-the-password" }));
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
  });

  describe("each error is a RosterError with Roster's code and HTTP status", () => {
    it("400: fieldErrors name each bad field, and nothing is created", async () => {
      const error = await failure(roster.user.create.mutate({ username: "shorty", password: "short", email: "nope" }));
      expect(error).toMatchObject({ code: "BAD_REQUEST", status: 400, procedure: "user.create" });
      expect(error.fieldErrors).toEqual({ password: ["Password must be at least 8 characters"], email: ["Enter a valid email address"] });
      expect(error.message).toContain("password");
      expect(await fx.db.user.count({ where: { username: "shorty" } })).toBe(0);
    });

    it("401: a wrong key", async () => {
      const client = sdk.createRosterClient({ baseUrl: server.url, apiKey: "rst_not-a-real-key" });
      expect(await failure(client.user.get.query())).toMatchObject({ code: "UNAUTHORIZED", status: 401 });
    });

    it("403: a member asking for what needs member:read", async () => {
      const member = await fx.createMember(organizationId);
      const client = sdk.createRosterClient({ baseUrl: server.url, apiKey: (await fx.insertApiKey(member.user.id, organizationId)).key });
      const error = await failure(client.user.all.query());
      expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
      expect(error.message).toContain("member:read");
    });

    it("404: another organization's user, with the request id to quote", async () => {
      const other = await fx.createOrganization();
      const stranger = await fx.createMember(other.id);
      const client = sdk.createRosterClient({ baseUrl: server.url, apiKey: ownerKey, headers: () => ({ "x-request-id": "sdk-test-404" }) });
      const error = await failure(client.user.one.query({ userId: stranger.user.id }));
      expect(error).toMatchObject({ code: "NOT_FOUND", status: 404, requestId: "sdk-test-404" });
    });

    it("409: a taken username", async () => {
      const error = await failure(roster.user.create.mutate({ username: "john", password: "another-password" }));
      expect(error).toMatchObject({ code: "CONFLICT", status: 409 });
      expect(error.message).toMatch(/username/i);
    });

    it("429: over a key's rate limit, with Retry-After as retryAfterSeconds", async () => {
      const limited = await fx.insertApiKey(ownerId, organizationId, { rateLimit: { max: 1, windowSeconds: 60 } });
      const client = sdk.createRosterClient({ baseUrl: server.url, apiKey: limited.key });
      await client.user.get.query();
      const error = await failure(client.user.get.query());
      expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", status: 429 });
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    });

    it("no server: NETWORK_ERROR with status 0 and the reason", async () => {
      const client = sdk.createRosterClient({ baseUrl: `http://127.0.0.1:${await freePort()}`, apiKey: ownerKey });
      const error = await failure(client.user.get.query());
      expect(error).toMatchObject({ code: "NETWORK_ERROR", status: 0 });
      expect(error.message).toMatch(/^Cannot reach Roster: .*ECONNREFUSED/);
    });
  });
});
