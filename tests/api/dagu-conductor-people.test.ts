import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";

// Dagu's and Conductor's user bodies over plain HTTP, exactly as their documentation sends them,
// and what an administrator does with people afterwards: disable, enable, reset a password, system
// users, audit.
describe("Dagu's and Conductor's user bodies over HTTP", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let admin: { bearer: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    await api.post("auth.setup", { username: "admin", password: "admin-password", email: "admin@example.test" });
    const session = await api.signIn("admin", "admin-password");
    const key = await api.post("user.createApiKey", { name: "automation" }, { cookie: session.cookie });
    admin = { bearer: key.body.key };
    for (const name of ["ops", "prod"]) expect((await api.post("workspace.create", { name }, admin)).status).toBe(200);
  });
  afterAll(() => server?.stop());

  it("creates alice with access everywhere (Dagu's first body, as written)", async () => {
    const res = await api.post("user.create", '{"username":"alice","password":"min-8-chars","role":"developer","workspaceAccess":{"all":true}}', admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: "alice", role: "member", email: "alice@users.noreply.invalid", workspaceAccess: { all: true, role: "developer", grants: [] } });
    expect(JSON.stringify(res.body)).not.toContain("min-8-chars");
    ids.alice = res.body.userId;
    expect((await api.signIn("alice", "min-8-chars")).status).toBe(200);
  });

  it("creates bob for selected workspaces (Dagu's second body, as written), and authz.check agrees", async () => {
    const body = `{
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
    }`;
    const res = await api.post("user.create", body, admin);
    expect(res.status).toBe(200);
    expect(res.body.workspaceAccess).toMatchObject({ all: false, role: "viewer", grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "operator" }] });
    const check = async (permission: string, workspace?: string) =>
      (await api.get("authz.check", { permission, userId: res.body.userId, ...(workspace ? { workspace } : {}) }, admin)).body.allowed;
    expect(await check("workflow:edit", "ops")).toBe(true);
    expect(await check("workflow:run", "prod")).toBe(true);
    expect(await check("workflow:edit", "prod")).toBe(false);
    expect(await check("workflow:read")).toBe(true);
    expect(await check("workflow:run")).toBe(false);
  });

  it("answers 400 naming an unknown workspace, 409 naming a taken username, 400 for a short password", async () => {
    const unknown = await api.post("user.create", { username: "carol", password: "min-8-chars", role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "staging", role: "viewer" }] } }, admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('"staging"');
    const taken = await api.post("user.create", { username: "Alice", password: "min-8-chars" }, admin);
    expect(taken.status).toBe(409);
    expect(taken.body.data.fieldErrors).toEqual({ username: ["That username is already taken"] });
    // Created at once: the losers' placeholder emails collide too, but the username is what is taken.
    const racing = await Promise.all(Array.from({ length: 20 }, () => api.post("user.create", { username: "racer", role: "viewer", system: true }, admin)));
    expect(racing.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of racing.filter((r) => r.status !== 200)) {
      expect(r.status).toBe(409);
      expect(r.body.data.fieldErrors).toEqual({ username: ["That username is already taken"] });
    }
    const short = await api.post("user.create", { username: "carol", password: "short" }, admin);
    expect(short.status).toBe(400);
    expect(short.body.message).toContain("Password must be at least 8 characters");
  });

  it("upserts by email as Conductor does: create, update with a group, again changes nothing", async () => {
    expect((await api.post("group.create", { name: "TechWriters", description: "A dedicated group for testing for tech writers", workspaceRole: "manager" }, admin)).status).toBe(200);
    const created = await api.post("user.upsert", '{ "id": "user@example.com", "name": "John Doe", "roles": ["ADMIN"] }', admin);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ id: "user@example.com", name: "John Doe", groups: [], created: true, applicationUser: false, contactInformation: {} });
    expect(created.body.roles[0].name).toBe("ADMIN");
    expect(created.body.roles[0].permissions).toContainEqual({ name: "member:create" });

    const body = '{ "id": "user@example.com", "name": "John Doe", "roles": ["ADMIN"], "groups": ["TechWriters"] }';
    const updated = await api.post("user.upsert", body, admin);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ uuid: created.body.uuid, created: false, changed: true });
    expect(updated.body.groups).toMatchObject([{ id: "TechWriters", description: "A dedicated group for testing for tech writers", roles: [{ name: "manager" }] }]);
    expect(updated.body.groups[0].roles[0].permissions).toContainEqual({ name: "workflow:admin" });
    const again = await api.post("user.upsert", body, admin);
    expect(again.body).toMatchObject({ changed: false });
    const events = await api.get("audit.list", { action: "user.upsert" }, admin);
    expect(events.body.items).toHaveLength(2);
  });

  it("answers 403 to a non-admin upsert, and 400 to an unknown group", async () => {
    const alice = await api.signIn("alice", "min-8-chars");
    const res = await api.post("user.upsert", { id: "x@example.com", name: "X", roles: ["USER"] }, { cookie: alice.cookie });
    expect(res.status).toBe(403);
    const unknown = await api.post("user.upsert", { id: "x@example.com", name: "X", roles: ["USER"], groups: ["Nope"] }, admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain("Nope");
  });

  it("disabling refuses the user's live cookie and API key on the next request; enabling restores the key", async () => {
    const alice = await api.signIn("alice", "min-8-chars");
    const key = (await api.post("user.createApiKey", { name: "alice's key" }, { cookie: alice.cookie })).body.key;
    expect((await api.get("user.get", {}, { cookie: alice.cookie })).status).toBe(200);
    expect((await api.get("user.get", {}, { bearer: key })).status).toBe(200);

    const disabled = await api.post("user.disable", { userId: ids.alice }, admin);
    expect(disabled.body).toMatchObject({ enabled: false, changed: true, sessionsRevoked: expect.any(Number) });
    expect((await api.get("user.get", {}, { cookie: alice.cookie })).status).toBe(401);
    const byKey = await api.get("user.get", {}, { bearer: key });
    expect(byKey.status).toBe(401);
    expect(byKey.body.message).toContain("disabled");
    expect((await api.signIn("alice", "min-8-chars")).status).toBe(403);

    expect((await api.post("user.enable", { userId: ids.alice }, admin)).body).toMatchObject({ enabled: true });
    expect((await api.get("user.get", {}, { bearer: key })).status).toBe(200);
  });

  it("resets a password: old sessions end, the new password signs in", async () => {
    const alice = await api.signIn("alice", "min-8-chars");
    const res = await api.post("user.resetPassword", { userId: ids.alice, password: "brand-new-pass" }, admin);
    expect(res.status).toBe(200);
    expect(res.body.sessionsRevoked).toBeGreaterThanOrEqual(1);
    expect((await api.get("user.get", {}, { cookie: alice.cookie })).status).toBe(401);
    expect((await api.signIn("alice", "min-8-chars")).status).toBe(401);
    expect((await api.signIn("alice", "brand-new-pass")).status).toBe(200);
  });

  it("creates a system user that cannot sign in with a password but works with a key an admin made", async () => {
    const bot = await api.post("user.create", { username: "ci-bot", system: true, role: "operator" }, admin);
    expect(bot.status).toBe(200);
    expect(bot.body.system).toBe(true);
    expect((await api.signIn("ci-bot", "anything-at-all")).status).not.toBe(200);
    const session = await api.signIn("admin", "admin-password");
    const key = await api.post("user.createApiKey", { name: "ci", userId: bot.body.userId }, { cookie: session.cookie });
    expect(key.status).toBe(200);
    const me = await api.get("user.get", {}, { bearer: key.body.key });
    expect(me.body.user).toMatchObject({ username: "ci-bot", system: true });
    expect((await api.post("user.updateMember", { userId: bot.body.userId, name: "Renamed" }, admin)).status).toBe(403);
    expect((await api.post("user.remove", { userId: bot.body.userId }, admin)).status).toBe(403);
  });

  it("lists your own sessions without tokens", async () => {
    const session = await api.signIn("bob", "min-8-chars");
    const res = await api.get("session.list", {}, { cookie: session.cookie });
    expect(res.status).toBe(200);
    expect(res.body.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(res.body)).not.toContain(session.token);
  });

  it("exports the audit log as CSV and verifies its chain", async () => {
    const csv = await fetch(`${server.url}/api/audit-export?action=user.create`, { headers: { authorization: `Bearer ${admin.bearer}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="audit-log-/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^"seq","time","actor"/);
    expect(lines.slice(1).every((l) => l.includes('"user.create"'))).toBe(true);
    expect(lines.length).toBe(5); // alice, bob, racer (once, though created 20 times at once), ci-bot
    const anonymous = await fetch(`${server.url}/api/audit-export`);
    expect(anonymous.status).toBe(401);
    const bob = await api.signIn("bob", "min-8-chars");
    expect((await fetch(`${server.url}/api/audit-export`, { headers: { cookie: bob.cookie } })).status).toBe(403);
    const verify = await api.get("audit.verify", {}, admin);
    expect(verify.body).toMatchObject({ valid: true, firstBroken: null });
  });

  it("documents the new procedures with input and output schemas", async () => {
    const doc = (await api.get("openapi.json")).body;
    for (const path of ["/user.create", "/user.upsert", "/user.disable", "/group.create", "/workspace.create", "/audit.list", "/session.list"]) {
      const operation = doc.paths[path].post ?? doc.paths[path].get;
      expect(operation.responses["200"].content["application/json"].schema, path).toBeTruthy();
    }
    expect(doc.paths["/authz.check"].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["permission", "userId", "workspace"]);
  });
});
