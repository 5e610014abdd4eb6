import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditCounter, BURST, burst, distinct, expectOutcome, identical, type Call } from "../support/bursts";
import { httpClient, type Credentials } from "../support/http";
import { OWNER } from "../support/owner";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// Organizations over HTTP: creating, listing, renaming, switching and deleting them, who may, and
// that each organization's people, groups and keys stay inside it, whichever one a session switches
// to. Every organization here is made through the API, as a person would make it.

const PASSWORD = "member-password-1";
const HOUR = 3600;

describe("organizations over HTTP", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let first: { id: string; slug: string };
  /** The instance administrator's session token: it switches, unlike a key. */
  let owner: Credentials;
  let ownerId: string;

  const signIn = async (username: string, password: string): Promise<Credentials> => {
    const result = await api.signIn(username, password);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    return { bearer: result.token! };
  };
  const post = async (path: string, body: unknown, as: Credentials, status = 200) => {
    const res = await api.post(path, body, as);
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.body;
  };
  const get = async (path: string, query: Record<string, string>, as: Credentials, status = 200) => {
    const res = await api.get(path, query, as);
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.body;
  };
  const activeOrganization = async (as: Credentials) => (await get("user.get", {}, as)).organization as { id: string; name: string };
  /** A new organization through the API, with the owner's session switched to it. */
  const organizationInUse = async (name: string, slug: string) => {
    const created = await post("organization.create", { name, slug }, owner);
    await post("organization.setActive", { organizationId: created.id }, owner);
    return created as { id: string; slug: string; name: string };
  };
  /** A person made by the owner in the organization the owner's session acts in, signed in. */
  const person = async (username: string, role: string) => {
    const created = await post("user.create", { username, password: PASSWORD, role }, owner);
    return { userId: created.userId as string, session: await signIn(username, PASSWORD) };
  };

  beforeAll(async () => {
    server = await startRoster({ env: { ROSTER_SIGN_IN_RATE_LIMIT: "1000" } });
    api = httpClient(server.url);
    const setup = await api.post("auth.setup", OWNER);
    expect(setup.status).toBe(200);
    first = setup.body.organization;
    ownerId = setup.body.userId;
    fx = await fixturesFor(server);
    owner = await signIn(OWNER.username, OWNER.password);
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  it("an instance administrator creates an organization and owns it; the list shows both with the role and which is active", async () => {
    const created = await post("organization.create", { name: "Acme Labs", slug: "acme-labs" }, owner);
    expect(created).toMatchObject({ name: "Acme Labs", slug: "acme-labs", role: "owner", active: false, logo: null, invitationExpiresIn: 48 * HOUR });
    const list = await get("organization.list", {}, owner);
    expect(list.map((o: { slug: string; role: string; active: boolean }) => [o.slug, o.role, o.active])).toEqual([
      [first.slug, "owner", true],
      ["acme-labs", "owner", false],
    ]);
    // Without a slug, one is made from the name.
    expect(await post("organization.create", { name: "Zeta Works!" }, owner)).toMatchObject({ slug: "zeta-works" });
  });

  it("bad input is a 400 naming the field; a taken slug is a 409 naming slug", async () => {
    const badSlug = await api.post("organization.create", { name: "Bad", slug: "Not A Slug" }, owner);
    expect(badSlug.status).toBe(400);
    expect(badSlug.body.data.fieldErrors).toHaveProperty("slug");
    const noName = await api.post("organization.create", { name: "  " }, owner);
    expect(noName.status).toBe(400);
    expect(noName.body.data.fieldErrors).toHaveProperty("name");
    const taken = await api.post("organization.create", { name: "Another Acme", slug: "acme-labs" }, owner);
    expect(taken.status).toBe(409);
    expect(taken.body.data.fieldErrors.slug[0]).toMatch(/taken/);
    const renamedToTaken = await api.post("organization.update", { organizationId: first.id, slug: "acme-labs" }, owner);
    expect(renamedToTaken.status).toBe(409);
    expect(renamedToTaken.body.data.fieldErrors).toHaveProperty("slug");
    const script = await api.post("organization.update", { organizationId: first.id, logo: "javascript:alert(1)" }, owner);
    expect(script.status).toBe(400);
    expect(script.body.data.fieldErrors).toHaveProperty("logo");
    const tooShort = await api.post("organization.update", { organizationId: first.id, invitationExpiresIn: 60 }, owner);
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.data.fieldErrors).toHaveProperty("invitationExpiresIn");
  });

  it("switching moves the session to the other organization; one you do not belong to is 404; a key cannot switch", async () => {
    const other = await organizationInUse("Switch Co", "switch-co");
    expect(await activeOrganization(owner)).toMatchObject({ id: other.id, name: "Switch Co" });
    const listed = await get("organization.list", {}, owner);
    expect(listed.find((o: { active: boolean }) => o.active).slug).toBe("switch-co");
    // By slug as well as by id.
    await post("organization.setActive", { organizationId: first.slug }, owner);
    expect((await activeOrganization(owner)).id).toBe(first.id);

    const stranger = await person("stranger", "member");
    const refused = await api.post("organization.setActive", { organizationId: other.id }, stranger.session);
    expect(refused.status).toBe(404);
    expect((await activeOrganization(stranger.session)).id).toBe(first.id);
    const missing = await api.post("organization.setActive", { organizationId: "no-such-organization" }, owner);
    expect(missing.status).toBe(404);

    const key = (await post("user.createApiKey", { name: "switcher" }, owner)).key as string;
    const byKey = await api.post("organization.setActive", { organizationId: other.id }, { bearer: key });
    expect(byKey.status).toBe(403);
  });

  it("users, groups and keys of one organization are 404 in the other, both ways", async () => {
    await post("organization.setActive", { organizationId: first.id }, owner);
    const alice = await post("user.create", { username: "alice", password: PASSWORD, role: "developer" }, owner);
    const opsGroup = await post("group.create", { name: "ops" }, owner);
    const keyA = await post("user.createApiKey", { name: "key of A" }, owner);
    const aliceKey = await post("user.createApiKey", { name: "alice's key" }, await signIn("alice", PASSWORD));

    const second = await organizationInUse("Tenant B", "tenant-b");
    const bob = await post("user.create", { username: "bob", password: PASSWORD, role: "developer" }, owner);
    const devGroup = await post("group.create", { name: "devs" }, owner);
    const keyB = await post("user.createApiKey", { name: "key of B" }, owner);
    expect(keyB.organizationId).toBe(second.id);

    // The session now acts in B: A's rows are not found.
    await get("user.one", { userId: alice.userId }, owner, 404);
    await get("group.get", { groupId: opsGroup.id }, owner, 404);
    await get("group.get", { groupId: "ops" }, owner, 404);
    await post("user.deleteApiKey", { apiKeyId: aliceKey.id }, owner, 404);
    await post("user.remove", { userId: alice.userId }, owner, 404);
    const usersOfB = await get("user.all", {}, owner);
    expect(usersOfB.map((u: { username: string }) => u.username).sort()).toEqual(["bob", "owner"]);

    // A's key, whatever the owner's session does, sees only A.
    const asKeyA = { bearer: keyA.key as string };
    await get("user.one", { userId: bob.userId }, asKeyA, 404);
    await get("group.get", { groupId: devGroup.id }, asKeyA, 404);
    await post("user.deleteApiKey", { apiKeyId: keyB.id }, asKeyA, 404);
    expect((await get("user.one", { userId: alice.userId }, asKeyA)).username).toBe("alice");
    // And B's key sees only B.
    const asKeyB = { bearer: keyB.key as string };
    await get("user.one", { userId: alice.userId }, asKeyB, 404);
    await get("group.get", { groupId: opsGroup.id }, asKeyB, 404);
    await post("user.deleteApiKey", { apiKeyId: keyA.id }, asKeyB, 404);
    expect((await get("group.get", { groupId: "devs" }, asKeyB)).id).toBe(devGroup.id);
  });

  it("a key never widens: after its owner switches, it still acts in, lists and sees only its own organization", async () => {
    await post("organization.setActive", { organizationId: first.id }, owner);
    const key = { bearer: (await post("user.createApiKey", { name: "bound" }, owner)).key as string };
    await post("organization.setActive", { organizationId: "tenant-b" }, owner);
    expect((await activeOrganization(owner)).name).toBe("Tenant B");

    expect((await activeOrganization(key)).id).toBe(first.id);
    const users = (await get("user.all", {}, key)).map((u: { username: string }) => u.username);
    expect(users).toContain("alice");
    expect(users).not.toContain("bob");
    const listed = await get("organization.list", {}, key);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: first.id, active: true });
    // It cannot rename or delete the organization the session switched to.
    const tenantB = listedId(await get("organization.list", {}, owner), "tenant-b");
    await post("organization.update", { organizationId: tenantB, name: "Widened" }, key, 404);
    await post("organization.delete", { organizationId: tenantB, confirm: "tenant-b" }, key, 404);
  });

  it("update: owners and administrators rename and reconfigure; members get 403; another organization is 404", async () => {
    const org = await organizationInUse("Update Co", "update-co");
    const admin = await person("update-admin", "admin");
    const member = await person("update-member", "member");
    expect((await activeOrganization(admin.session)).id).toBe(org.id);

    const denied = await api.post("organization.update", { organizationId: org.id, name: "Members Rule" }, member.session);
    expect(denied.status).toBe(403);
    const saved = await post(
      "organization.update",
      { organizationId: org.id, name: "Update Company", slug: "update-company", logo: "https://example.test/logo.png", invitationExpiresIn: 2 * HOUR },
      admin.session,
    );
    expect(saved).toMatchObject({ name: "Update Company", slug: "update-company", logo: "https://example.test/logo.png", invitationExpiresIn: 2 * HOUR });
    expect(await activeOrganization(member.session)).toMatchObject({ name: "Update Company" });
    // The organization acts in its own name: A's id from B's session is not found, for its owner too.
    await post("organization.update", { organizationId: first.id, name: "Hijacked" }, admin.session, 404);
    await post("organization.update", { organizationId: first.id, name: "Hijacked" }, owner, 404);
    expect((await get("organization.list", {}, admin.session)).map((o: { name: string }) => o.name)).toEqual(["Update Company"]);

    // Invitations without an expiry last the organization's default; an explicit one still wins.
    const invited = await post("invitation.create", { emails: ["later@example.test"] }, admin.session);
    const lasts = Date.parse(invited.invitations[0].invitation.expiresAt) - Date.parse(invited.invitations[0].invitation.createdAt);
    expect(Math.round(lasts / 1000 / 60)).toBe(120);
    const explicit = await post("invitation.create", { emails: ["week@example.test"], expiresIn: 7 * 24 * HOUR }, admin.session);
    const explicitLasts = Date.parse(explicit.invitations[0].invitation.expiresAt) - Date.parse(explicit.invitations[0].invitation.createdAt);
    expect(Math.round(explicitLasts / 1000 / HOUR)).toBe(7 * 24);
    const resent = await post("invitation.resend", { invitationId: explicit.invitations[0].invitation.id, send: false }, admin.session);
    const resentLasts = Date.parse(resent.invitation.expiresAt) - Date.now();
    expect(Math.round(resentLasts / 1000 / 60)).toBeGreaterThan(110);
    expect(Math.round(resentLasts / 1000 / 60)).toBeLessThanOrEqual(120);

    // null restores the 48 hours.
    expect(await post("organization.update", { organizationId: org.id, invitationExpiresIn: null }, admin.session)).toMatchObject({ invitationExpiresIn: 48 * HOUR });
  });

  it("create: under the default setting only instance administrators may; members of other organizations get 403", async () => {
    await organizationInUse("Creators Co", "creators-co");
    const adminElsewhere = await person("creators-admin", "admin");
    const res = await api.post("organization.create", { name: "Mine Now", slug: "mine-now" }, adminElsewhere.session);
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/instance administrators/);
    await post("organization.setActive", { organizationId: first.id }, owner);
    const memberOfFirst = await person("first-member", "member");
    await post("organization.create", { name: "Nope", slug: "nope" }, memberOfFirst.session, 403);
    // A read-only key of an instance administrator cannot create one either.
    const narrowed = await post("user.createApiKey", { name: "ro", permissions: ["member:read"] }, owner);
    await post("organization.create", { name: "Narrow", slug: "narrow" }, { bearer: narrowed.key }, 403);
  });

  it("delete: owner only, with the name or slug typed; its data and its members' only accounts go; recorded in the setup organization's log", async () => {
    const doomed = await organizationInUse("Doomed Inc", "doomed");
    const carol = await person("carol", "member");
    const dora = await person("dora", "admin");
    await post("group.create", { name: "doomed-group" }, owner);
    const key = await post("user.createApiKey", { name: "doomed key" }, owner);

    await post("organization.delete", { organizationId: doomed.id, confirm: "doomed" }, dora.session, 403);
    await post("organization.delete", { organizationId: doomed.id, confirm: "doomed" }, carol.session, 403);
    const wrong = await api.post("organization.delete", { organizationId: doomed.id, confirm: "doomd" }, owner);
    expect(wrong.status).toBe(400);
    expect(wrong.body.data.fieldErrors).toHaveProperty("confirm");
    // Only the organization the session acts in.
    await post("organization.delete", { organizationId: first.id, confirm: first.slug }, owner, 404);

    const audit = auditCounter(server.databaseUrl, first.id);
    const mark = await audit.mark();
    const deleted = await post("organization.delete", { organizationId: doomed.id, confirm: "Doomed Inc" }, owner);
    expect(deleted).toEqual({ success: true, organizationId: doomed.id, accountsDeleted: 2 });
    expect(await audit.since(mark)).toEqual({ "organization.delete": 1 });
    await audit.close();

    // Its people belonged nowhere else: their sessions and accounts are gone.
    expect((await api.get("user.get", {}, carol.session)).status).toBe(401);
    expect((await api.signIn("dora", PASSWORD)).status).toBe(401);
    expect((await api.get("user.get", {}, { bearer: key.key })).status).toBe(401);
    expect(await fx.db.group.count({ where: { organizationId: doomed.id } })).toBe(0);
    // The owner stays, back in their oldest organization.
    expect((await activeOrganization(owner)).id).toBe(first.id);
    expect((await get("organization.list", {}, owner)).map((o: { slug: string }) => o.slug)).not.toContain("doomed");
    // The organization made at setup cannot be deleted.
    const setupOrg = await api.post("organization.delete", { organizationId: first.id, confirm: first.slug }, owner);
    expect(setupOrg.status).toBe(403);
    expect(setupOrg.body.message).toMatch(/made at setup/);
  });

  it("an owner cannot delete their only organization", async () => {
    await organizationInUse("Lonely Co", "lonely-co");
    const lonelyOwner = await person("lonely-admin", "admin");
    // Only the owner deletes; an owner who belongs nowhere else would delete their own account.
    await post("organization.delete", { organizationId: "lonely-co", confirm: "lonely-co" }, lonelyOwner.session, 403);
    await fx.db.member.updateMany({ where: { userId: ownerId, organization: { slug: "lonely-co" } }, data: { role: "admin" } });
    await fx.db.member.updateMany({ where: { userId: lonelyOwner.userId }, data: { role: "owner" } });
    // Changed behind Roster's back: announced as Roster's own changes are, so the server's cached
    // session learns of the new owner (the notification arrives a moment later).
    await fx.db.$executeRawUnsafe(`SELECT pg_notify('roster_access_changed', '')`);
    await vi.waitFor(async () => {
      const refused = await api.post("organization.delete", { organizationId: "lonely-co", confirm: "lonely-co" }, lonelyOwner.session);
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/only organization/);
    });
  });

  describe(`${BURST} parallel calls of each organization mutation never answer 5xx`, () => {
    const call = (path: string, body: unknown, as: Credentials = owner): Call => ({ method: "POST", path: `/${path}`, body, headers: { authorization: `Bearer ${as.bearer}` } });

    it("organization.create: distinct slugs all succeed; one slug twenty times succeeds once, then 409 naming slug", async () => {
      expectOutcome(await burst(server.url, distinct((i) => call("organization.create", { name: `Burst ${i}`, slug: `burst-${i}` }))));
      const same = await burst(server.url, identical(call("organization.create", { name: "Burst same", slug: "burst-same" })));
      expectOutcome(same, { ok: 1, refusals: [409] });
      for (const r of same.filter((x) => x.status === 409)) expect(r.body.data.fieldErrors).toHaveProperty("slug");
      expect(await fx.db.organization.count({ where: { slug: { startsWith: "burst-" } } })).toBe(BURST + 1);
    });

    it("organization.update: twenty renames at once all succeed; one change twenty times writes one event", async () => {
      const org = await organizationInUse("Busy Update", "busy-update");
      const audit = auditCounter(server.databaseUrl, org.id);
      const mark = await audit.mark();
      expectOutcome(await burst(server.url, distinct((i) => call("organization.update", { organizationId: org.id, name: `Busy ${i}` }))));
      expectOutcome(await burst(server.url, identical(call("organization.update", { organizationId: org.id, slug: "busy-once", invitationExpiresIn: 24 * HOUR }))));
      expect(await audit.since(mark)).toEqual({ "organization.rename": BURST, "organization.update": 1 });
      await audit.close();
    });

    it("organization.setActive: twenty switches at once, to one or to many organizations, all succeed", async () => {
      const slugs = Array.from({ length: BURST }, (_, i) => `burst-${i}`);
      expectOutcome(await burst(server.url, slugs.map((slug) => call("organization.setActive", { organizationId: slug }))));
      expectOutcome(await burst(server.url, identical(call("organization.setActive", { organizationId: "burst-same" }))));
      expect((await activeOrganization(owner)).name).toBe("Burst same");
    });

    it("organization.delete: twenty organizations at once all go; one twenty times goes once, then 404", async () => {
      const organizations = await fx.db.organization.findMany({ where: { slug: { startsWith: "burst-" }, NOT: { slug: "burst-same" } }, select: { id: true, slug: true } });
      expect(organizations).toHaveLength(BURST);
      // One session per organization, each acting in its own.
      const sessions = await Promise.all(organizations.map((o) => fx.insertSession(ownerId, o.id)));
      expectOutcome(
        await burst(
          server.url,
          organizations.map((o, i) => call("organization.delete", { organizationId: o.id, confirm: o.slug }, { bearer: sessions[i]!.token })),
        ),
      );
      const same = await fx.db.organization.findUniqueOrThrow({ where: { slug: "burst-same" }, select: { id: true } });
      await post("organization.setActive", { organizationId: same.id }, owner);
      expectOutcome(await burst(server.url, identical(call("organization.delete", { organizationId: same.id, confirm: "burst-same" }))), { ok: 1, refusals: [404] });
      expect(await fx.db.organization.count({ where: { slug: { startsWith: "burst-" } } })).toBe(0);
      const verified = await get("audit.verify", {}, owner);
      expect(verified).toMatchObject({ valid: true });
    });
  });
});

describe("organizations when ROSTER_ORGANIZATION_CREATORS=anyone", () => {
  let server: RosterServer;

  beforeAll(async () => {
    server = await startRoster({ env: { ROSTER_ORGANIZATION_CREATORS: "anyone" } });
  });
  afterAll(() => server?.stop());

  it("a plain member creates an organization, owns it and can switch to it", async () => {
    const api = httpClient(server.url);
    expect((await api.post("auth.setup", OWNER)).status).toBe(200);
    const ownerSession = { bearer: (await api.signIn(OWNER.username, OWNER.password)).token! };
    expect((await api.post("user.create", { username: "plain", password: PASSWORD, role: "member" }, ownerSession)).status).toBe(200);
    const plain = { bearer: (await api.signIn("plain", PASSWORD)).token! };
    const created = await api.post("organization.create", { name: "Plain's Place", slug: "plains-place" }, plain);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ role: "owner" });
    expect((await api.post("organization.setActive", { organizationId: "plains-place" }, plain)).status).toBe(200);
    expect((await api.get("user.get", {}, plain)).body.organization.name).toBe("Plain's Place");
    // The first organization's owner does not see it.
    const ownersList = (await api.get("organization.list", {}, ownerSession)).body as { slug: string }[];
    expect(ownersList.map((o) => o.slug)).not.toContain("plains-place");
  });
});

const listedId = (list: { id: string; slug: string }[], slug: string) => list.find((o) => o.slug === slug)!.id;
