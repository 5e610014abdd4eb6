import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Credentials } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// API-key limits hold exactly across instances: two `next start` processes on one database.
describe("API key limits across two instances", () => {
  let first: RosterServer;
  let second: RosterServer;
  let apis: ReturnType<typeof httpClient>[];
  let fx: Fixtures;
  let session: Credentials;
  let organizationId: string;

  beforeAll(async () => {
    first = await startRoster();
    second = await startRoster({ databaseUrl: first.databaseUrl });
    apis = [httpClient(first.url), httpClient(second.url)];
    fx = await fixturesFor(first);
    organizationId = (await fx.createOrganization()).id;
    const admin = await fx.createMember(organizationId, { role: "admin" });
    session = { bearer: (await fx.insertSession(admin.user.id, organizationId)).token };
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await Promise.all([first?.stop(), second?.stop()]);
  });

  /** A key made through user.createApiKey, as a person would. */
  async function createKey(limits: Record<string, unknown>) {
    const res = await apis[0]!.post("user.createApiKey", { name: "limited", metadata: { organizationId }, ...limits }, session);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { id: res.body.id as string, key: res.body.key as string };
  }

  it("remaining: 50 — 200 concurrent calls split across both instances: exactly 50 succeed, 150 get 429", async () => {
    const { id, key } = await createKey({ remaining: 50 });
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => apis[i % 2]!.get("user.get", {}, { bearer: key })));

    const count = (status: number) => results.filter((r) => r.status === status).length;
    expect({ ok: count(200), tooMany: count(429), other: results.length - count(200) - count(429) }).toEqual({ ok: 50, tooMany: 150, other: 0 });
    // Each instance answered its 100 calls; with a counter per process they would have served 50 each.
    for (const n of [0, 1]) expect(results.filter((r, i) => i % 2 === n && [200, 429].includes(r.status))).toHaveLength(100);
    const refused = results.find((r) => r.status === 429)!;
    // No refill is scheduled: the answer says so, and no Retry-After promises a wait that would help.
    expect(refused.body.message).toMatch(/no requests remaining and no refill/);
    expect(results.filter((r) => r.status === 429).every((r) => r.headers.get("retry-after") === null)).toBe(true);
    expect((await fx.db.apikey.findUniqueOrThrow({ where: { id } })).remaining).toBe(0);
    // Still refused afterwards, on either instance.
    for (const api of apis) expect((await api.get("user.get", {}, { apiKey: key })).status).toBe(429);
  });

  it("a rate limit of 5 per 60 s: five calls pass, the sixth gets 429 with Retry-After", async () => {
    const { key } = await createKey({ rateLimitEnabled: true, rateLimitTimeWindow: 60, rateLimitMax: 5 });
    for (let i = 0; i < 5; i++) {
      const res = await apis[i % 2]!.get("user.get", {}, { bearer: key });
      expect(res.status, `call ${i + 1}`).toBe(200);
    }
    const sixth = await apis[1]!.get("user.get", {}, { bearer: key });
    expect(sixth.status).toBe(429);
    expect(sixth.body.message).toMatch(/rate limit/);
    const retryAfter = Number(sixth.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The other instance agrees.
    const other = await apis[0]!.get("user.get", {}, { bearer: key });
    expect(other.status).toBe(429);
    expect(other.headers.get("retry-after")).toBeTruthy();
  });

  it("a quota with refill: refused when spent, with Retry-After until the refill, then served again", async () => {
    const { key } = await createKey({ remaining: 2, refillAmount: 2, refillInterval: 3 });
    expect((await apis[0]!.get("user.get", {}, { bearer: key })).status).toBe(200);
    expect((await apis[1]!.get("user.get", {}, { bearer: key })).status).toBe(200);
    const spent = await apis[0]!.get("user.get", {}, { bearer: key });
    expect(spent.status).toBe(429);
    // Retry-After is the whole seconds until the refill, and the message says the same.
    const retryAfter = Number(spent.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);
    expect(spent.body.message).toBe(`This API key has no requests remaining until its refill in ${retryAfter} s.`);
    await new Promise((r) => setTimeout(r, 3_100));
    expect((await apis[1]!.get("user.get", {}, { bearer: key })).status).toBe(200);
  });

  it("a key without limits is never throttled (no library default of 10 a day)", async () => {
    const { key } = await createKey({});
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => apis[i % 2]!.get("user.get", {}, { apiKey: key })));
    expect(results.every((r) => r.status === 200)).toBe(true);
  });

  it("a key revoked on one instance is refused there at once, and on the other within a second", async () => {
    const { id, key } = await createKey({});
    for (const api of apis) expect((await api.get("user.get", {}, { bearer: key })).status).toBe(200);
    expect((await apis[0]!.post("user.deleteApiKey", { apiKeyId: id }, session)).status).toBe(200);
    expect((await apis[0]!.get("user.get", {}, { bearer: key })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await apis[1]!.get("user.get", {}, { bearer: key })).status).toBe(401);
  });
});
