import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ZDaguError, ZDaguLoginResponse, ZDaguUser, ZDaguUserResponse, ZDaguUsersResponse } from "@/lib/schemas/dagu";
import { runDocumentedCurl } from "../support/curl";
import { httpClient, sendRequest } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Dagu's user-management curl lines, byte for byte but for the host, against a running Roster, and
// the rest of Dagu's user API (/api/v1) as a Dagu script would call it: shapes checked field by
// field, authorization and tenancy, malformed input answered in Dagu's error shape.

const DAGU_HOST = "http://localhost:8080";

const SETUP = String.raw`curl -X POST http://localhost:8080/api/v1/auth/setup \
-H "Content-Type: application/json" \
-d '{"username":"admin","password":"your-password"}'`;

const CREATE_ALICE = String.raw`curl -X POST http://localhost:8080/api/v1/users \
-H "Authorization: Bearer $TOKEN" \
-H "Content-Type: application/json" \
-d '{
"username": "alice",
"password": "min-8-chars",
"role": "developer",
"workspaceAccess": { "all": true }
}'`;

const CREATE_BOB = String.raw`curl -X POST http://localhost:8080/api/v1/users \
-H "Authorization: Bearer $TOKEN" \
-H "Content-Type: application/json" \
-d '{
"username": "bob",
"password": "min-8-chars",
"role": "viewer",
"workspaceAccess": {
"all": false,
"grants": [
{ "workspace": "ops", "role": "developer" },
{ "workspace": "prod", "role": "operator" }
]
}
}'`;

/** A Dagu error: Dagu's code for the status, and a message. */
const expectDaguError = (res: { status: number; body: unknown }, status: number, code: string) => {
  expect(res.status).toBe(status);
  const body = ZDaguError.parse(res.body);
  expect(body.code).toBe(code);
  expect(body.message.length).toBeGreaterThan(0);
  return body;
};

describe("Dagu's user API under /api/v1", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let token: string;
  const ids: Record<string, string> = {};

  /** A request as a Dagu script sends it: JSON in, JSON (or nothing) out. */
  const dagu = (method: string, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}) =>
    sendRequest(`${server.url}/api/v1${path}`, method, {
      body: options.body,
      headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    });

  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    fx = await fixturesFor(server);
  });
  afterAll(() => server?.stop());

  it("refuses a weak first password with 400 in Dagu's shape", async () => {
    const res = await dagu("POST", "/auth/setup", { body: { username: "admin", password: "short" } });
    const body = expectDaguError(res, 400, "bad_request");
    expect(body.message).toContain("at least 8 characters");
  });

  it("creates the first administrator with Dagu's setup curl line, and answers a token that works as Bearer", async () => {
    const res = await runDocumentedCurl(SETUP, { replace: { [DAGU_HOST]: server.url } });
    expect(res.status).toBe(200);
    const body = ZDaguLoginResponse.strict().parse(res.body);
    expect(ZDaguUser.strict().parse(body.user)).toEqual({
      id: expect.any(String),
      username: "admin",
      role: "admin",
      workspaceAccess: { all: true, grants: [] },
      authProvider: "builtin",
      isDisabled: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
    token = body.token;
    ids.admin = body.user.id;
    const me = await api.get("user.get", {}, { bearer: token });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("admin");
  });

  it("answers 403 to setup once a user exists", async () => {
    const again = await runDocumentedCurl(SETUP, { replace: { [DAGU_HOST]: server.url } });
    expectDaguError(again, 403, "forbidden");
  });

  it("creates alice with access everywhere with Dagu's curl line: 201 and the user", async () => {
    const res = await runDocumentedCurl(CREATE_ALICE, { replace: { [DAGU_HOST]: server.url }, env: { TOKEN: token } });
    expect(res.status).toBe(201);
    const { user } = ZDaguUserResponse.strict().parse(res.body);
    expect(user).toMatchObject({ username: "alice", role: "developer", workspaceAccess: { all: true, grants: [] }, authProvider: "builtin", isDisabled: false });
    expect(res.text).not.toContain("min-8-chars");
    ids.alice = user.id;
  });

  it("creates bob for selected workspaces with Dagu's curl line: viewer with the two grants", async () => {
    for (const name of ["ops", "prod"]) expect((await api.post("workspace.create", { name }, { bearer: token })).status).toBe(200);
    const res = await runDocumentedCurl(CREATE_BOB, { replace: { [DAGU_HOST]: server.url }, env: { TOKEN: token } });
    expect(res.status).toBe(201);
    const { user } = ZDaguUserResponse.strict().parse(res.body);
    expect(user).toMatchObject({
      username: "bob",
      role: "viewer",
      workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] },
    });
    ids.bob = user.id;
    // The same access Roster's own procedures see.
    const allowed = async (permission: string, workspace: string) =>
      (await api.get("authz.check", { permission, workspace, userId: user.id }, { bearer: token })).body.allowed;
    expect(await allowed("workflow:edit", "ops")).toBe(true);
    expect(await allowed("workflow:edit", "prod")).toBe(false);
  });

  it("answers 409 already_exists for a taken username, and 400 for Dagu's scoped-access rule", async () => {
    const again = await runDocumentedCurl(CREATE_ALICE, { replace: { [DAGU_HOST]: server.url }, env: { TOKEN: token } });
    expectDaguError(again, 409, "already_exists");
    const scopedDeveloper = await dagu("POST", "/users", {
      token,
      body: { username: "carol", password: "min-8-chars", role: "developer", workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "developer" }] } },
    });
    expect(expectDaguError(scopedDeveloper, 400, "bad_request").message).toContain("viewer");
    const noGrants = await dagu("POST", "/users", { token, body: { username: "carol", password: "min-8-chars", role: "viewer", workspaceAccess: { all: false } } });
    expectDaguError(noGrants, 400, "bad_request");
    const unknownWorkspace = await dagu("POST", "/users", {
      token,
      body: { username: "carol", password: "min-8-chars", role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "staging", role: "viewer" }] } },
    });
    expect(expectDaguError(unknownWorkspace, 400, "bad_request").message).toContain('"staging"');
  });

  it("signs in (login), answers me, and refuses bad credentials with 401", async () => {
    const login = await dagu("POST", "/auth/login", { body: { username: "alice", password: "min-8-chars" } });
    expect(login.status).toBe(200);
    const session = ZDaguLoginResponse.strict().parse(login.body);
    expect(session.user).toMatchObject({ id: ids.alice, username: "alice", role: "developer" });
    const me = await dagu("GET", "/auth/me", { token: session.token });
    expect(me.status).toBe(200);
    expect(ZDaguUserResponse.strict().parse(me.body).user).toEqual(session.user);
    expectDaguError(await dagu("POST", "/auth/login", { body: { username: "alice", password: "wrong-password" } }), 401, "unauthorized");
    expectDaguError(await dagu("POST", "/auth/login", { body: { username: "nobody", password: "min-8-chars" } }), 401, "unauthorized");
    expectDaguError(await dagu("GET", "/auth/me"), 401, "unauthorized");
  });

  it("lists and gets users in Dagu's shape", async () => {
    const list = await dagu("GET", "/users", { token });
    expect(list.status).toBe(200);
    const { users } = ZDaguUsersResponse.strict().parse(list.body);
    for (const user of users) ZDaguUser.strict().parse(user);
    expect(users.map((u) => u.username)).toEqual(["admin", "alice", "bob"]);
    const bob = await dagu("GET", `/users/${ids.bob}`, { token });
    expect(ZDaguUserResponse.strict().parse(bob.body).user).toEqual(users[2]);
    expectDaguError(await dagu("GET", "/users/no-such-user", { token }), 404, "not_found");
  });

  it("updates role, workspace access, username and the disabled state (PATCH), keeping Dagu's scoped rule", async () => {
    const promoted = await dagu("PATCH", `/users/${ids.bob}`, { token, body: { role: "developer", workspaceAccess: { all: true } } });
    expect(promoted.status).toBe(200);
    expect(ZDaguUserResponse.strict().parse(promoted.body).user).toMatchObject({ role: "developer", workspaceAccess: { all: true, grants: [] } });
    const scopedDeveloper = await dagu("PATCH", `/users/${ids.bob}`, { token, body: { workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "operator" }] } } });
    expectDaguError(scopedDeveloper, 400, "bad_request");
    const scoped = await dagu("PATCH", `/users/${ids.bob}`, { token, body: { role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "operator" }] } } });
    expect(scoped.body.user).toMatchObject({ role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "operator" }] } });

    const renamed = await dagu("PATCH", `/users/${ids.bob}`, { token, body: { username: "robert" } });
    expect(renamed.body.user.username).toBe("robert");
    expectDaguError(await dagu("PATCH", `/users/${ids.bob}`, { token, body: { username: "alice" } }), 409, "already_exists");

    const disabled = await dagu("PATCH", `/users/${ids.bob}`, { token, body: { isDisabled: true } });
    expect(disabled.body.user.isDisabled).toBe(true);
    const refused = await dagu("POST", "/auth/login", { body: { username: "robert", password: "min-8-chars" } });
    expect(expectDaguError(refused, 401, "unauthorized").message).toContain("disabled");
    expect((await dagu("PATCH", `/users/${ids.bob}`, { token, body: { isDisabled: false } })).body.user.isDisabled).toBe(false);
    expect((await dagu("POST", "/auth/login", { body: { username: "robert", password: "min-8-chars" } })).status).toBe(200);
    expectDaguError(await dagu("PATCH", `/users/${ids.admin}`, { token, body: { isDisabled: true } }), 403, "forbidden");
  });

  it("resets another user's password, and changes your own (401 for a wrong current password)", async () => {
    const reset = await dagu("POST", `/users/${ids.bob}/reset-password`, { token, body: { newPassword: "brand-new-pass" } });
    expect(reset.status).toBe(200);
    expect(z.object({ message: z.string() }).strict().parse(reset.body).message).toBeTruthy();
    expect((await dagu("POST", "/auth/login", { body: { username: "robert", password: "min-8-chars" } })).status).toBe(401);
    const bob = ZDaguLoginResponse.parse((await dagu("POST", "/auth/login", { body: { username: "robert", password: "brand-new-pass" } })).body);

    const wrong = await dagu("POST", "/auth/change-password", { token: bob.token, body: { currentPassword: "not-it-at-all", newPassword: "another-pass" } });
    expectDaguError(wrong, 401, "unauthorized");
    const changed = await dagu("POST", "/auth/change-password", { token: bob.token, body: { currentPassword: "brand-new-pass", newPassword: "another-pass" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ message: expect.any(String) });
    expect((await dagu("POST", "/auth/login", { body: { username: "robert", password: "another-pass" } })).status).toBe(200);
  });

  it("refuses non-administrators with 403, and other organizations' users with 404", async () => {
    const alice = ZDaguLoginResponse.parse((await dagu("POST", "/auth/login", { body: { username: "alice", password: "min-8-chars" } })).body).token;
    expectDaguError(await dagu("GET", "/users", { token: alice }), 403, "forbidden");
    expectDaguError(await dagu("GET", `/users/${ids.bob}`, { token: alice }), 403, "forbidden");
    expectDaguError(await dagu("POST", "/users", { token: alice, body: { username: "mallory", password: "min-8-chars", role: "viewer" } }), 403, "forbidden");
    expectDaguError(await dagu("PATCH", `/users/${ids.bob}`, { token: alice, body: { role: "viewer" } }), 403, "forbidden");
    expectDaguError(await dagu("DELETE", `/users/${ids.bob}`, { token: alice }), 403, "forbidden");
    expectDaguError(await dagu("POST", `/users/${ids.bob}/reset-password`, { token: alice, body: { newPassword: "min-8-chars" } }), 403, "forbidden");
    // Yourself is always readable.
    expect((await dagu("GET", `/users/${ids.alice}`, { token: alice })).status).toBe(200);

    const elsewhere = await fx.createOrganization();
    const stranger = await fx.createMember(elsewhere.id, { role: "member" });
    for (const [method, path, body] of [
      ["GET", `/users/${stranger.user.id}`, undefined],
      ["PATCH", `/users/${stranger.user.id}`, { role: "viewer" }],
      ["DELETE", `/users/${stranger.user.id}`, undefined],
      ["POST", `/users/${stranger.user.id}/reset-password`, { newPassword: "min-8-chars" }],
    ] as const) {
      expectDaguError(await dagu(method, path, { token, body }), 404, "not_found");
    }
    // And their administrator sees none of this organization.
    const strangerAdmin = await fx.createMember(elsewhere.id, { role: "admin" });
    const theirKey = (await fx.insertApiKey(strangerAdmin.user.id, elsewhere.id)).key;
    const theirs = ZDaguUsersResponse.parse((await dagu("GET", "/users", { token: theirKey })).body).users;
    expect(theirs.map((u) => u.id).sort()).toEqual([stranger.user.id, strangerAdmin.user.id].sort());
    expectDaguError(await dagu("GET", `/users/${ids.alice}`, { token: theirKey }), 404, "not_found");
  });

  it("deletes a user with 204 and no body, but never yourself (403)", async () => {
    expectDaguError(await dagu("DELETE", `/users/${ids.admin}`, { token }), 403, "forbidden");
    const deleted = await dagu("DELETE", `/users/${ids.bob}`, { token });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expectDaguError(await dagu("GET", `/users/${ids.bob}`, { token }), 404, "not_found");
  });

  it("writes the same audit events as Roster's own procedures", async () => {
    const events = await api.get("audit.list", {}, { bearer: token });
    const actions = events.body.items.map((e: { action: string }) => e.action);
    for (const action of ["auth.setup", "user.create", "user.updateMember", "user.disable", "user.enable", "user.resetPassword", "user.update", "user.remove"]) {
      expect(actions).toContain(action);
    }
    expect((await api.get("audit.verify", {}, { bearer: token })).body.valid).toBe(true);
  });

  it("answers malformed input on every route with 400 in Dagu's shape", async () => {
    const cases: [string, string, unknown][] = [
      ["POST", "/auth/setup", { username: "x y", password: 1 }],
      ["POST", "/auth/login", {}],
      ["POST", "/auth/change-password", { currentPassword: "", newPassword: "short" }],
      ["POST", "/users", { username: "dave", password: "min-8-chars", role: "root" }],
      ["POST", "/users", { username: "dave", password: "min-8-chars", role: "viewer", admin: true }],
      ["PATCH", `/users/${ids.alice}`, { isDisabled: "yes" }],
      ["PATCH", `/users/${ids.alice}`, [1, 2]],
      ["POST", `/users/${ids.alice}/reset-password`, { newPassword: 12345678 }],
      ["POST", `/users/${ids.alice}/reset-password`, { newPassword: "nul\u0000byte-pass" }],
      ["GET", `/users/${"x".repeat(65)}`, undefined],
    ];
    for (const [method, path, body] of cases) {
      const res = await dagu(method, path, { token, body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 400 });
      expectDaguError(res, 400, "bad_request");
    }
    expectDaguError(await dagu("POST", "/users", { token, body: "{not json" }), 400, "bad_request");
    const notJson = await dagu("POST", "/users", { token, body: "username=dave", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(notJson.status).toBe(415);
    ZDaguError.parse(notJson.body);
    // A path Next.js cannot even decode is refused at Roster's HTTP edge, before any route: JSON with a message.
    const undecodable = await dagu("GET", "/users/%E0%A4%A", { token });
    expect(undecodable.status).toBe(400);
    expect(undecodable.body.message).toContain("percent-escape");
  });

  it("answers unknown paths with 404 and wrong methods with 405 and Allow, in Dagu's shape", async () => {
    expectDaguError(await dagu("GET", "/nothing-here", { token }), 404, "not_found");
    // Dagu's API keys are not served: Roster's keys act as their owner and cannot carry Dagu's own role and workspace grants.
    expectDaguError(await dagu("GET", "/api-keys", { token }), 404, "not_found");
    const wrong = await dagu("PUT", "/users", { token, body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    ZDaguError.parse(wrong.body);
  });

  it("accepts the token as X-Authorization too, as on every route", async () => {
    const res = await dagu("GET", "/auth/me", { headers: { "x-authorization": token } });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe("admin");
  });
});

describe("Dagu's login and the sign-in rate limit", () => {
  let server: RosterServer;
  beforeAll(async () => {
    server = await startRoster({ env: { ROSTER_SIGN_IN_RATE_LIMIT: "3" } });
    await httpClient(server.url).post("auth.setup", { username: "admin", password: "admin-password" });
  });
  afterAll(() => server?.stop());

  it("goes through better-auth's sign-in: past the limit, 429 with Retry-After in Dagu's shape", async () => {
    const login = (password: string) =>
      fetch(`${server.url}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "admin", password }) });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 6 && !limited; attempt++) {
      const res = await login(attempt === 0 ? "admin-password" : "wrong-password");
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses[0]).toBe(200);
    expect(limited, `statuses: ${statuses.join(", ")}`).toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(ZDaguError.parse(await limited!.json())).toMatchObject({ code: "bad_request", details: { code: "TOO_MANY_REQUESTS" } });
  });
});
