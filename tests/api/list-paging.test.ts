import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Credentials } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Lists that grow without bound page by keyset over plain HTTP: a first page, the cursor to the
// next, a last page, and nothing from another organization's (or user's) cursor.
describe("keyset paging of group members, sessions and API keys", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let organizationId: string;
  let ownerId: string;
  let owner: Credentials;
  let other: Credentials;
  let otherTeam: Awaited<ReturnType<Fixtures["createTeam"]>>;
  const usernames: string[] = [];

  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    const setup = await api.post("auth.setup", { username: "owner", password: "owner-password", email: "owner@example.test" });
    expect(setup.status).toBe(200);
    organizationId = setup.body.organization.id;
    ownerId = setup.body.userId;
    fx = await fixturesFor(server);
    owner = { bearer: (await fx.insertApiKey(ownerId, organizationId, { name: "key-0" })).key };
    otherTeam = await fx.createTeam();
    other = { bearer: (await fx.insertApiKey(otherTeam.owner.user.id, otherTeam.organization.id)).key };
    for (let i = 0; i < 7; i++) usernames.push((await fx.createMember(organizationId)).user.username);
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  it("group.get answers the group, its member count and a first page; nextCursor walks the rest to a last page", async () => {
    const created = await api.post("group.create", { name: "paged", members: usernames.slice(0, 4) }, owner);
    expect(created.status).toBe(200);
    expect((await api.post("group.addUsers", { groupId: "paged", users: usernames.slice(4) }, owner)).status).toBe(200);

    const first = await api.get("group.get", { groupId: "paged", limit: 3 }, owner);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ name: "paged", memberCount: 7, memberCountExact: true });
    expect(first.body.members).toHaveLength(3);
    expect(first.body.nextCursor).toEqual(expect.any(String));

    const seen = [...first.body.members];
    let cursor: string | null = first.body.nextCursor;
    let pages = 1;
    while (cursor) {
      const page = await api.get("group.get", { groupId: "paged", limit: 3, cursor }, owner);
      expect(page.status).toBe(200);
      expect(page.body.memberCount).toBe(7);
      seen.push(...page.body.members);
      cursor = page.body.nextCursor;
      pages++;
    }
    expect(pages).toBe(3);
    // In the order they joined: the four added with the group, then the three added after.
    expect(seen.map((m) => m.username).slice(0, 4).sort()).toEqual(usernames.slice(0, 4).sort());
    expect(seen.map((m) => m.username).slice(4).sort()).toEqual(usernames.slice(4).sort());

    // Without a limit: one page of up to 100, and no next page.
    const whole = await api.get("group.get", { groupId: "paged" }, owner);
    expect(whole.body.members.map((m: { username: string }) => m.username)).toEqual(seen.map((m) => m.username));
    expect(whole.body.nextCursor).toBeNull();
  });

  it("group.get: another organization's group is 404 and its cursor pages nothing", async () => {
    const theirs = await api.post("group.create", { name: "theirs", members: [otherTeam.member.user.username, otherTeam.admin.user.username] }, other);
    expect(theirs.status).toBe(200);
    const theirPage = await api.get("group.get", { groupId: "theirs", limit: 1 }, other);
    expect(theirPage.body.nextCursor).toEqual(expect.any(String));

    expect((await api.get("group.get", { groupId: theirs.body.id }, owner)).status).toBe(404);
    const mine = await api.get("group.get", { groupId: "paged", cursor: theirPage.body.nextCursor }, owner);
    expect(mine.status).toBe(200);
    expect(mine.body.members).toEqual([]);
    expect(mine.body.nextCursor).toBeNull();
  });

  it("group.get refuses a bad limit or cursor with 400 naming the field", async () => {
    for (const [query, field] of [
      [{ limit: 0 }, "limit"],
      [{ limit: 1001 }, "limit"],
      [{ limit: "many" }, "limit"],
      [{ cursor: "x".repeat(65) }, "cursor"],
    ] as const) {
      const res = await api.get("group.get", { groupId: "paged", ...query }, owner);
      expect(res.status).toBe(400);
      expect(res.body.data.fieldErrors).toHaveProperty(field);
    }
  });

  it("session.list pages the caller's sessions newest first; another user's session is no cursor", async () => {
    const start = Date.now() - 60_000;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = randomUUID();
      ids.unshift(id);
      await fx.db.session.create({
        data: { id, userId: ownerId, token: randomUUID(), createdAt: new Date(start + i * 1000), expiresAt: new Date(Date.now() + 3_600_000) },
      });
    }
    const theirs = await fx.db.session.create({
      data: { id: randomUUID(), userId: otherTeam.owner.user.id, token: randomUUID(), expiresAt: new Date(Date.now() + 3_600_000) },
    });

    const first = await api.get("session.list", { limit: 2 }, owner);
    expect(first.status).toBe(200);
    expect(first.body.map((s: { id: string }) => s.id)).toEqual(ids.slice(0, 2));
    const second = await api.get("session.list", { limit: 2, cursor: first.body[1].id }, owner);
    const last = await api.get("session.list", { limit: 2, cursor: second.body[1].id }, owner);
    expect([...second.body, ...last.body].map((s: { id: string }) => s.id)).toEqual(ids.slice(2));
    expect((await api.get("session.list", {}, owner)).body).toHaveLength(5);

    expect((await api.get("session.list", { cursor: theirs.id }, owner)).body).toEqual([]);
    const bad = await api.get("session.list", { limit: 501 }, owner);
    expect(bad.status).toBe(400);
    expect(bad.body.data.fieldErrors).toHaveProperty("limit");
  });

  it("user.listApiKeys pages yours, the organization's, or one owner's, newest first", async () => {
    const member = await fx.db.user.findUniqueOrThrow({ where: { username: usernames[0] } });
    for (let i = 1; i <= 3; i++) await fx.insertApiKey(ownerId, organizationId, { name: `key-${i}` });
    for (let i = 0; i < 2; i++) await fx.insertApiKey(member.id, organizationId, { name: `theirs-${i}` });

    const mine = await api.get("user.listApiKeys", { limit: 3 }, owner);
    expect(mine.status).toBe(200);
    expect(mine.body.map((k: { name: string }) => k.name)).toEqual(["key-3", "key-2", "key-1"]);
    const rest = await api.get("user.listApiKeys", { limit: 3, cursor: mine.body[2].id }, owner);
    expect(rest.body.map((k: { name: string }) => k.name)).toEqual(["key-0"]);

    const everyone = await api.get("user.listApiKeys", { scope: "organization", limit: 100 }, owner);
    expect(everyone.body).toHaveLength(6);
    const one = await api.get("user.listApiKeys", { scope: "organization", userId: member.id }, owner);
    expect(one.body.map((k: { name: string; owner: { id: string } }) => [k.name, k.owner.id])).toEqual([
      ["theirs-1", member.id],
      ["theirs-0", member.id],
    ]);

    const theirKey = await fx.insertApiKey(otherTeam.owner.user.id, otherTeam.organization.id);
    expect((await api.get("user.listApiKeys", { scope: "organization", cursor: theirKey.id }, owner)).body).toEqual([]);
    const bad = await api.get("user.listApiKeys", { limit: 0 }, owner);
    expect(bad.status).toBe(400);
    expect(bad.body.data.fieldErrors).toHaveProperty("limit");
  });
});
