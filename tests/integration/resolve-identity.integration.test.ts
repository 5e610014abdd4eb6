import { randomBytes, randomUUID } from "node:crypto";
import { serializeSignedCookie } from "better-call";
import { describe, expect, it } from "vitest";
import { forgetCachedAccess } from "@/server/access-changes";
import { config } from "@/server/config";
import { hashApiKey } from "@/server/actor/hash-api-key";
import { resolveIdentity, toActor } from "@/server/actor/resolve-actor";
import { db } from "@/server/db";
import { encodeKeyPermissions } from "@/server/actor/key-permissions";
import { createMember, createTeam } from "../support/factories";

async function insertKey(userId: string, organizationId: string, data: Partial<{ expiresAt: Date; enabled: boolean; permissions: string }> = {}) {
  const key = `rst_${randomBytes(24).toString("base64url")}`;
  await db.apikey.create({
    data: { id: randomUUID(), referenceId: userId, organizationId, key: hashApiKey(key), start: key.slice(0, 8), ...data },
  });
  return key;
}

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("resolving who is calling", () => {
  it("returns no identity when no credential is sent", async () => {
    expect(await resolveIdentity(headers({}))).toBeNull();
  });

  it("accepts an API key as Bearer, as x-api-key and as X-Authorization, acting as its creator in the key's organization", async () => {
    const team = await createTeam();
    const key = await insertKey(team.admin.user.id, team.organization.id);
    // X-Authorization is how Conductor's clients send a token, bare or as Bearer.
    const variants: Record<string, string>[] = [{ authorization: `Bearer ${key}` }, { "x-api-key": key }, { "x-authorization": key }, { "x-authorization": `Bearer ${key}` }];
    for (const h of variants) {
      const identity = await resolveIdentity(headers(h));
      expect(identity?.user.id).toBe(team.admin.user.id);
      expect(identity?.membership).toMatchObject({ organizationId: team.organization.id, role: "admin" });
      expect(identity?.apiKey).not.toBeNull();
    }
  });

  it("refuses expired keys, disabled keys, disabled owners and owners no longer in the organization with 401", async () => {
    const team = await createTeam();
    const expired = await insertKey(team.admin.user.id, team.organization.id, { expiresAt: new Date(Date.now() - 1000) });
    const disabled = await insertKey(team.admin.user.id, team.organization.id, { enabled: false });
    const banned = await createMember(team.organization.id, { role: "admin", banned: true });
    const bannedKey = await insertKey(banned.user.id, team.organization.id);
    const leaver = await createMember(team.organization.id, { role: "admin" });
    const leaverKey = await insertKey(leaver.user.id, team.organization.id);
    await db.member.delete({ where: { id: leaver.member.id } });

    const cases: [string, RegExp][] = [
      [expired, /expired/],
      [disabled, /disabled/],
      [bannedKey, /owner of this API key is disabled/],
      [leaverKey, /no longer a member/],
    ];
    for (const [key, message] of cases) {
      await expect(resolveIdentity(headers({ "x-api-key": key }))).rejects.toMatchObject({ code: "UNAUTHORIZED", message: expect.stringMatching(message) });
    }
  });

  it("narrows a scoped key to the permissions it lists, never beyond its owner's", async () => {
    const team = await createTeam();
    const permissions = encodeKeyPermissions(["member:read", "audit:read"]);
    const adminKey = await insertKey(team.admin.user.id, team.organization.id, { permissions });
    const memberKey = await insertKey(team.member.user.id, team.organization.id, { permissions });
    const adminActor = await toActor((await resolveIdentity(headers({ "x-api-key": adminKey })))!);
    expect([...adminActor.permissions].sort()).toEqual(["audit:read", "member:read"]);
    const memberActor = await toActor((await resolveIdentity(headers({ "x-api-key": memberKey })))!);
    expect([...memberActor.permissions]).toEqual([]);
  });

  it("resolves a session token sent as Bearer or X-Authorization, and refuses it once the session is gone", async () => {
    const team = await createTeam();
    const session = await db.session.create({
      data: { id: randomUUID(), userId: team.member.user.id, token: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const variants: Record<string, string>[] = [{ authorization: `Bearer ${session.token}` }, { "x-authorization": session.token }];
    for (const h of variants) {
      const identity = await resolveIdentity(headers(h));
      expect(identity).toMatchObject({ user: { id: team.member.user.id }, sessionId: session.id, apiKey: null });
    }
    await db.session.delete({ where: { id: session.id } });
    // As Roster's own services do after ending a session: the cached session is forgotten.
    forgetCachedAccess();
    await expect(resolveIdentity(headers({ authorization: `Bearer ${session.token}` }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(resolveIdentity(headers({ "x-authorization": session.token }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("says how the identity was presented, and never falls back to the cookie when a header credential fails", async () => {
    const team = await createTeam();
    const session = await db.session.create({
      data: { id: randomUUID(), userId: team.member.user.id, token: randomBytes(16).toString("hex"), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const signed = (await serializeSignedCookie("", session.token, config.authSecret!)).replace("=", "");
    const cookie = `better-auth.session_token=${signed}`;
    const key = await insertKey(team.admin.user.id, team.organization.id);

    expect((await resolveIdentity(headers({ cookie })))?.credential).toBe("cookie");
    expect((await resolveIdentity(headers({ authorization: `Bearer ${session.token}` })))?.credential).toBe("sessionToken");
    expect((await resolveIdentity(headers({ authorization: `Bearer ${key}`, cookie })))?.credential).toBe("apiKey");
    // A forged signed token beside a good cookie: the header decides, and it is not valid.
    await expect(resolveIdentity(headers({ authorization: "Bearer forged.c2lnbmF0dXJl", cookie }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
