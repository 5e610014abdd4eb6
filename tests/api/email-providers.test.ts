import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Credentials } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const SECRET = "smtp-Pa55word-never-shown";

// notification.*: SMTP providers per organization over HTTP, with a real SMTP server in the test.
describe("notification.* (email providers)", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let sink: SmtpSink;
  let organizationId: string;
  let admin: Credentials;
  let member: Credentials;
  let outsider: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink({ auth: { user: "roster", pass: SECRET } });
    server = await startRoster({ env: { ROSTER_EMAIL_HOURLY_LIMIT: "6" } });
    api = httpClient(server.url);
    fx = await fixturesFor(server);
    organizationId = (await fx.createOrganization("Acme")).id;
    const a = await fx.createMember(organizationId, { role: "admin", email: "admin@acme.test" });
    const m = await fx.createMember(organizationId, { role: "member" });
    const otherOrg = (await fx.createOrganization()).id;
    const o = await fx.createMember(otherOrg, { role: "owner" });
    admin = { bearer: (await fx.insertSession(a.user.id, organizationId)).token };
    member = { bearer: (await fx.insertSession(m.user.id, organizationId)).token };
    outsider = { bearer: (await fx.insertSession(o.user.id, otherOrg)).token };
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await Promise.all([server?.stop(), sink?.stop()]);
  });

  const provider = (overrides: Record<string, unknown> = {}) => ({
    name: "Local SMTP",
    host: "127.0.0.1",
    port: sink.port,
    tlsMode: "none",
    username: "roster",
    password: SECRET,
    fromName: "Acme",
    fromAddress: "noreply@acme.test",
    ...overrides,
  });

  it("creates, lists, gets, updates and deletes a provider; the password is stored encrypted and never returned", async () => {
    const created = await api.post("notification.create", provider(), admin);
    expect(created.status, created.text).toBe(200);
    expect(created.body).toMatchObject({ name: "Local SMTP", port: sink.port, tlsMode: "none", username: "roster", hasPassword: true, isDefault: true });
    expect(created.body).not.toHaveProperty("password");
    const id = created.body.id as string;

    const list = await api.get("notification.list", {}, admin);
    const one = await api.get("notification.get", { notificationId: id }, admin);
    for (const res of [created, list, one]) expect(res.text).not.toContain(SECRET);
    expect(list.body).toHaveLength(1);
    const stored = await fx.db.emailProvider.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordEncrypted).toBeTruthy();
    expect(stored.passwordEncrypted).not.toContain(SECRET);

    // Omitting the password keeps it; the test send still signs in.
    const renamed = await api.post("notification.update", { notificationId: id, name: "Primary" }, admin);
    expect(renamed.body).toMatchObject({ name: "Primary", hasPassword: true });
    expect((await api.post("notification.test", { notificationId: id, to: "check@example.test" }, admin)).body).toEqual({ success: true, to: "check@example.test", error: null });
    const [message] = await sink.waitFor(1);
    expect(message).toMatchObject({ to: ["check@example.test"], from: "noreply@acme.test", subject: "Test email from Acme" });

    const events = await fx.db.auditEvent.findMany({ where: { organizationId, action: { startsWith: "notification." } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["notification.create", "notification.update", "notification.test"]);
    expect(JSON.stringify(events)).not.toContain(SECRET);

    expect((await api.post("notification.delete", { notificationId: id }, admin)).body).toEqual({ success: true, notificationId: id });
    expect((await api.get("notification.get", { notificationId: id }, admin)).status).toBe(404);
  });

  it("a test send shows the SMTP server's own error text", async () => {
    const created = await api.post("notification.create", provider({ name: "Wrong password", password: "not-it" }), admin);
    const res = await api.post("notification.test", { notificationId: created.body.id }, admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: false, to: "admin@acme.test" });
    expect(res.body.error).toContain("535");
    expect(res.body.error).toContain("Authentication credentials invalid");
  });

  it("keeps one default per organization, also under 20 parallel creates that each ask to be it", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => api.post("notification.create", provider({ name: `race-${i}`, isDefault: true }), admin)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await fx.db.emailProvider.count({ where: { organizationId, isDefault: true } })).toBe(1);
    const identical = await Promise.all(Array.from({ length: 20 }, () => api.post("notification.create", provider({ name: "same" }), admin)));
    expect(identical.filter((r) => r.status === 200)).toHaveLength(1);
    expect(identical.filter((r) => r.status === 409)).toHaveLength(19);
    expect(identical.find((r) => r.status === 409)?.body.data.fieldErrors.name[0]).toContain("same");
  });

  it("deleting the default makes the oldest remaining provider the default", async () => {
    const org = (await fx.createOrganization()).id;
    const owner = { bearer: (await fx.insertSession((await fx.createMember(org, { role: "owner" })).user.id, org)).token };
    const first = (await api.post("notification.create", provider({ name: "first" }), owner)).body.id;
    const second = (await api.post("notification.create", provider({ name: "second" }), owner)).body.id;
    const third = (await api.post("notification.create", provider({ name: "third", isDefault: true }), owner)).body.id;
    expect((await api.post("notification.delete", { notificationId: third }, owner)).status).toBe(200);
    const listed = (await api.get("notification.list", {}, owner)).body as { id: string; isDefault: boolean }[];
    expect(listed.filter((p) => p.isDefault).map((p) => p.id)).toEqual([first]);
    expect((await api.post("notification.delete", { notificationId: first }, owner)).status).toBe(200);
    const left = (await api.get("notification.list", {}, owner)).body as { id: string; isDefault: boolean }[];
    expect(left).toEqual([expect.objectContaining({ id: second, isDefault: true })]);
  });

  it("refuses members (403), anonymous callers (401) and bad input (400 naming the field, nothing written)", async () => {
    const before = await fx.db.emailProvider.count({ where: { organizationId } });
    expect((await api.post("notification.create", provider({ name: "m" }), member)).status).toBe(403);
    expect((await api.get("notification.list", {}, member)).status).toBe(403);
    expect((await api.post("notification.create", provider({ name: "anon" }))).status).toBe(401);
    const bad = await api.post("notification.create", provider({ name: "bad", port: 70_000, tlsMode: "ssl" }), admin);
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.data.fieldErrors).sort()).toEqual(["port", "tlsMode"]);
    expect(await fx.db.emailProvider.count({ where: { organizationId } })).toBe(before);
  });

  it("answers 404 for another organization's provider on every procedure", async () => {
    const mine = (await api.post("notification.create", provider({ name: "private" }), admin)).body.id as string;
    expect((await api.get("notification.get", { notificationId: mine }, outsider)).status).toBe(404);
    expect((await api.post("notification.update", { notificationId: mine, name: "stolen" }, outsider)).status).toBe(404);
    expect((await api.post("notification.test", { notificationId: mine }, outsider)).status).toBe(404);
    expect((await api.post("notification.delete", { notificationId: mine }, outsider)).status).toBe(404);
    expect((await api.get("notification.list", {}, outsider)).body).toEqual([]);
    expect((await fx.db.emailProvider.findUniqueOrThrow({ where: { id: mine } })).name).toBe("private");
  });

  it("answers 429 with Retry-After once the organization's hourly cap is spent", async () => {
    const id = (await api.post("notification.create", provider({ name: "capped" }), admin)).body.id as string;
    const sent = await fx.db.emailDelivery.count({ where: { organizationId } });
    const statuses: number[] = [];
    let refused;
    for (let i = sent; i < 8; i++) {
      const res = await api.post("notification.test", { notificationId: id, to: "cap@example.test" }, admin);
      statuses.push(res.status);
      if (res.status === 429) refused = res;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(6 - sent);
    expect(refused?.body.message).toMatch(/6 emails per hour/);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(3000);
  });

  it("mailCatcher.* is not found in production", async () => {
    expect((await api.get("mailCatcher.list", {}, admin)).status).toBe(404);
  });
});
