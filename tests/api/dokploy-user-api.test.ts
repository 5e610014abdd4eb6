import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Credentials } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

const withoutLastUse = (body: unknown) => JSON.parse(JSON.stringify(body, (k, v) => (k === "lastUsedAt" ? undefined : v)));

// Dokploy's user.* curl examples, sent as written (host and port aside, real ids for user_123/org_123/
// key_abc123), with `Authorization: Bearer <API key>`; the responses have Dokploy's shape plus
// Roster's extra fields.
describe("Dokploy's user.* curl examples", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let organizationId: string;
  let owner: Awaited<ReturnType<Fixtures["createMember"]>>;
  let admin: Awaited<ReturnType<Fixtures["createMember"]>>;
  let member: Awaited<ReturnType<Fixtures["createMember"]>>;
  let ownerKey: string;
  let adminKey: string;
  let memberKey: string;
  const bearer = (key: string): Credentials => ({ bearer: key });

  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    const setup = await api.post("auth.setup", { username: "owner", password: "owner-password", email: "owner@example.test" });
    expect(setup.status).toBe(200);
    organizationId = setup.body.organization.id;
    fx = await fixturesFor(server);
    owner = { user: await fx.db.user.findUniqueOrThrow({ where: { id: setup.body.userId } }), member: await fx.db.member.findFirstOrThrow({ where: { userId: setup.body.userId } }), password: "owner-password" };
    admin = await fx.createMember(organizationId, { role: "admin", firstName: "John", lastName: "Doe", email: "john.doe@example.test" });
    member = await fx.createMember(organizationId, { password: "oldPassword123" });
    ownerKey = (await fx.insertApiKey(owner.user.id, organizationId)).key;
    adminKey = (await fx.insertApiKey(admin.user.id, organizationId)).key;
    memberKey = (await fx.insertApiKey(member.user.id, organizationId)).key;
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  it("GET /api/user.all (admin token) lists the organization's members in Dokploy's shape", async () => {
    const res = await api.get("user.all", {}, bearer(adminKey));
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.map((m: any) => m.userId).sort()).toEqual([owner.user.id, admin.user.id, member.user.id].sort());
    const john = res.body.find((m: any) => m.userId === admin.user.id);
    expect(john).toMatchObject({
      userId: admin.user.id,
      email: "john.doe@example.test",
      name: "John Doe",
      role: "admin",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      user: { email: "john.doe@example.test", name: "John Doe", image: null },
      // Roster's extra fields
      username: admin.user.username,
      firstName: "John",
      lastName: "Doe",
      enabled: true,
      system: false,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|"key"/i);
  });

  it("GET /api/user.all takes search, role, status, limit and cursor as query parameters", async () => {
    const found = await api.get("user.all", { search: "JOHN.DOE@" }, bearer(adminKey));
    expect(found.status).toBe(200);
    expect(found.body.map((m: any) => m.userId)).toEqual([admin.user.id]);
    expect((await api.get("user.all", { role: "owner" }, bearer(adminKey))).body.map((m: any) => m.userId)).toEqual([owner.user.id]);
    expect((await api.get("user.all", { status: "disabled" }, bearer(adminKey))).body).toEqual([]);

    const everyone = (await api.get("user.all", {}, bearer(adminKey))).body.map((m: any) => m.id);
    const first = await api.get("user.all", { limit: 2 }, bearer(adminKey));
    const next = await api.get("user.all", { limit: 2, cursor: first.body[1].id }, bearer(adminKey));
    expect([...first.body, ...next.body].map((m: any) => m.id)).toEqual(everyone.slice(0, first.body.length + next.body.length));
    expect(first.body).toHaveLength(2);

    const tooMany = await api.get("user.all", { limit: 1001 }, bearer(adminKey));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.data.fieldErrors).toHaveProperty("limit");
    expect((await api.get("user.all", { limit: 1000 }, bearer(adminKey))).status).toBe(200);
    expect((await api.get("user.all", { role: "superuser" }, bearer(adminKey))).status).toBe(400);
  });

  it("GET /api/user.one?userId=… returns that member, with role, flags and effective permissions", async () => {
    const res = await api.get("user.one", { userId: member.user.id }, bearer(adminKey));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      userId: member.user.id,
      email: member.user.email,
      role: "member",
      flags: { canCreateProjects: false, canAccessAuditLog: false },
      effectivePermissions: expect.arrayContaining([
        { permission: "workflow:read", scope: { type: "allWorkspaces" }, sources: [{ kind: "workspaceRole", role: "viewer", via: "member" }] },
      ]),
      user: { id: member.user.id, email: member.user.email },
    });
    // Users can access their own information.
    const self = await api.get("user.one", { userId: member.user.id }, bearer(memberKey));
    expect(self.status).toBe(200);
    expect(self.body.userId).toBe(member.user.id);
  });

  it("GET /api/user.get returns the caller with their API keys' metadata, never a key", async () => {
    const res = await api.get("user.get", {}, bearer(adminKey));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      userId: admin.user.id,
      email: "john.doe@example.test",
      role: "admin",
      user: { id: admin.user.id, email: "john.doe@example.test", name: "John Doe", image: null },
    });
    expect(res.body.user.apiKeys).toHaveLength(1);
    expect(res.body.user.apiKeys[0]).toMatchObject({ id: expect.any(String), name: "test key", createdAt: expect.any(String), prefix: "rst", start: adminKey.slice(0, 10) });
    expect(res.body.user.apiKeys[0]).not.toHaveProperty("key");
    const stored = await fx.db.apikey.findFirstOrThrow({ where: { referenceId: admin.user.id } });
    expect(JSON.stringify(res.body)).not.toContain(adminKey);
    expect(JSON.stringify(res.body)).not.toContain(stored.key);
  });

  it("POST /api/user.update with Dokploy's body renames the caller and changes the password", async () => {
    const res = await api.post(
      "user.update",
      `{
"name": "John Smith",
"currentPassword": "oldPassword123",
"password": "newSecurePassword456"
}`,
      bearer(memberKey),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: member.user.id, name: "John Smith", username: member.user.username });
    expect(JSON.stringify(res.body)).not.toContain("newSecurePassword456");
    expect((await api.signIn(member.user.username, "newSecurePassword456")).status).toBe(200);
    expect((await api.signIn(member.user.username, "oldPassword123")).status).toBe(401);
  });

  it("POST /api/user.update refuses fields a user must not set (banned, emailVerified)", async () => {
    const res = await api.post("user.update", { name: "X", banned: false, emailVerified: true }, bearer(memberKey));
    expect(res.status).toBe(400);
    expect(res.body.data.fieldErrors).toHaveProperty("banned");
  });

  it("POST /api/user.remove (admin token) removes a member; they are gone", async () => {
    const leaver = await fx.createMember(organizationId);
    const res = await api.post(
      "user.remove",
      `{
"userId": "${leaver.user.id}"
}`,
      bearer(adminKey),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, userId: leaver.user.id, accountDeleted: true });
    expect((await api.get("user.one", { userId: leaver.user.id }, bearer(adminKey))).status).toBe(404);
  });

  it("POST /api/user.assignPermissions (owner token) with Dokploy's body sets role and flags", async () => {
    const target = await fx.createMember(organizationId);
    const res = await api.post(
      "user.assignPermissions",
      `{
"id": "${target.user.id}",
"role": "admin",
"canCreateProjects": true,
"canDeleteProjects": false,
"canAccessAuditLog": true
}`,
      bearer(ownerKey),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      userId: target.user.id,
      role: "admin",
      ownershipTransferred: false,
      flags: { canCreateProjects: true, canDeleteProjects: false, canAccessAuditLog: true },
    });
    const one = await api.get("user.one", { userId: target.user.id }, bearer(ownerKey));
    expect(one.body).toMatchObject({ role: "admin", flags: { canCreateProjects: true, canAccessAuditLog: true } });
    // Only organization owners can assign permissions.
    expect((await api.post("user.assignPermissions", { id: target.user.id, canDeleteProjects: true }, bearer(adminKey))).status).toBe(403);
  });

  it("POST /api/user.createApiKey with Dokploy's exact body creates a key, shown once, that works at once", async () => {
    // Dokploy's example sends `Bearer YOUR_TOKEN`: here the admin's own unrestricted API key.
    const res = await api.post(
      "user.createApiKey",
      `{
"name": "Production API Key",
"prefix": "prod",
"expiresIn": 31536000,
"metadata": {
"organizationId": "${organizationId}"
},
"rateLimitEnabled": true,
"rateLimitTimeWindow": 3600,
"rateLimitMax": 1000
}`,
      bearer(adminKey),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      name: "Production API Key",
      key: expect.stringMatching(/^prod_/),
      prefix: "prod",
      createdAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)).toBe(31536000 * 1000);
    const key: string = res.body.key;
    for (const credentials of [bearer(key), { apiKey: key }]) {
      const me = await api.get("user.get", {}, credentials);
      expect(me.status).toBe(200);
      expect(me.body.userId).toBe(admin.user.id);
    }
    // Listed afterwards with its limits, never the key itself.
    const listed = (await api.get("user.get", {}, bearer(key))).body.user.apiKeys.find((k: any) => k.id === res.body.id);
    expect(listed).toMatchObject({ name: "Production API Key", prefix: "prod", rateLimitEnabled: true, rateLimitTimeWindow: 3600, rateLimitMax: 1000 });
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  it("POST /api/user.createApiKey with an unrestricted API key as bearer works; a restricted key gets a clear 403", async () => {
    const minted = await api.post("user.createApiKey", { name: "minted", metadata: { organizationId } }, bearer(adminKey));
    expect(minted.status).toBe(200);
    expect((await api.get("user.get", {}, bearer(minted.body.key))).body.userId).toBe(admin.user.id);

    const expiring = await api.post("user.createApiKey", { name: "expiring", expiresIn: 3600 }, bearer(adminKey));
    const res = await api.post("user.createApiKey", { name: "escalated", metadata: { organizationId } }, bearer(expiring.body.key));
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/Only an unrestricted API key/);
  });

  it("POST /api/user.deleteApiKey revokes a key; it is refused on the very next call", async () => {
    const doomed = await fx.insertApiKey(member.user.id, organizationId);
    expect((await api.get("user.get", {}, bearer(doomed.key))).status).toBe(200);
    const res = await api.post(
      "user.deleteApiKey",
      `{
"apiKeyId": "${doomed.id}"
}`,
      bearer(memberKey),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, apiKeyId: doomed.id });
    const after = await api.get("user.get", {}, bearer(doomed.key));
    expect(after.status).toBe(401);
  });

  it("GET /api/user.checkUserOrganizations?userId=… answers the number of organizations", async () => {
    const res = await api.get("user.checkUserOrganizations", { userId: admin.user.id }, bearer(adminKey));
    expect(res.status).toBe(200);
    expect(res.body).toBe(1);
    const second = await fx.createOrganization();
    await fx.db.member.create({ data: { id: crypto.randomUUID(), organizationId: second.id, userId: member.user.id, role: "member" } });
    const two = await api.get("user.checkUserOrganizations", { userId: member.user.id }, bearer(adminKey));
    expect(two.status).toBe(200);
    expect(two.body).toBe(2);
  });

  it("GET /api/user.getMetricsToken returns Dokploy's shape, and the token opens GET /api/metrics", async () => {
    const res = await api.get("user.getMetricsToken", {}, bearer(adminKey));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      serverIp: "127.0.0.1",
      enabledFeatures: true,
      metricsConfig: { server: { refreshRate: 5, port: Number(new URL(server.url).port), token: expect.any(String) } },
    });
    const token: string = res.body.metricsConfig.server.token;
    // Shown again on the next call: the same token.
    expect((await api.get("user.getMetricsToken", {}, bearer(ownerKey))).body.metricsConfig.server.token).toBe(token);

    const metrics = await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toContain("# TYPE roster_requests_total counter");
    expect(text).toMatch(/roster_requests_total\{procedure="user\.getMetricsToken",status="200"\} \d+/);
    expect(text).toContain("roster_request_duration_seconds_bucket");
    expect(text).toMatch(/roster_organization_members\{status="enabled"\} \d+/);
    // No other organization's label leaks into the text.
    expect(text).not.toContain("organization=");
  });

  it("GET /api/metrics answers 401 without a token, with a wrong one, and with an old one after rotation", async () => {
    const none = await fetch(`${server.url}/api/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: "Bearer rmt_wrong" } })).status).toBe(401);
    // An API key is not a metrics token.
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${adminKey}` } })).status).toBe(401);

    const old = (await api.get("user.getMetricsToken", {}, bearer(adminKey))).body.metricsConfig.server.token;
    const rotated = await api.post("user.rotateMetricsToken", {}, bearer(adminKey));
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.metricsConfig.server.token;
    expect(fresh).not.toBe(old);
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${old}` } })).status).toBe(401);
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${fresh}` } })).status).toBe(200);
  });

  it("answers the same to x-api-key as to Authorization: Bearer, for every query", async () => {
    const queries: [string, Record<string, string>][] = [
      ["user.all", {}],
      ["user.one", { userId: member.user.id }],
      ["user.get", {}],
      ["user.checkUserOrganizations", { userId: admin.user.id }],
      ["user.getMetricsToken", {}],
      ["user.listApiKeys", {}],
    ];
    for (const [procedure, query] of queries) {
      const viaBearer = await api.get(procedure, query, bearer(adminKey));
      const viaHeader = await api.get(procedure, query, { apiKey: adminKey });
      expect(viaBearer.status, procedure).toBe(200);
      expect(viaHeader.status, procedure).toBe(200);
      // lastUsedAt may move between two calls; everything else is the same.
      expect(withoutLastUse(viaHeader.body), procedure).toEqual(withoutLastUse(viaBearer.body));
    }
    // And for a mutation.
    const target = await fx.createMember(organizationId);
    const removed = await api.post("user.remove", { userId: target.user.id }, { apiKey: adminKey });
    expect(removed.status).toBe(200);
    expect(removed.body.userId).toBe(target.user.id);
  });
});
