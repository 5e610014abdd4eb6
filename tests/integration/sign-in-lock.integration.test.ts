import { randomUUID } from "node:crypto";
import { APIError } from "better-auth/api";
import { describe, expect, it } from "vitest";
import { auth } from "@/server/auth";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { clearPasswordFailures } from "@/server/services/sign-in/clear-password-failures";
import { assertNotLocked, findSignInLock } from "@/server/services/sign-in/find-sign-in-lock";
import type { PasswordSubject } from "@/server/services/sign-in/password-subject";
import { recordPasswordFailure } from "@/server/services/sign-in/record-password-failure";
import { getMember } from "@/server/services/users/get-member";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { unlockUser } from "@/server/services/users/unlock-user";
import { updateSelf } from "@/server/services/users/update-self";
import { actorFor, createMember, createOrganization, createTeam, DEFAULT_PASSWORD, unique } from "../support/factories";

const { threshold, lockMinutes } = config.lockout;
const request = { ip: "203.0.113.7", userAgent: "vitest" };

async function fail(subject: PasswordSubject, times: number) {
  for (let i = 0; i < times; i++) await recordPasswordFailure(subject, request);
}

const lockedEvents = (userId: string) => db.auditEvent.findMany({ where: { action: "user.locked", targetId: userId } });

describe("the per-account limit on failed password checks", () => {
  it(`locks an account after ${threshold} failures, refusing with 429 and Retry-After for the lock's length`, async () => {
    const team = await createTeam();
    const subject = { userId: team.member.user.id };
    await fail(subject, threshold - 1);
    await expect(assertNotLocked(subject)).resolves.toBeUndefined();
    await fail(subject, 1);

    const error = await assertNotLocked(subject).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/Too many failed password attempts .* ask an administrator to unlock it/) });
    const retryAfter = (error as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(lockMinutes * 60 - 5);
    expect(retryAfter).toBeLessThanOrEqual(lockMinutes * 60);
  });

  it("counts guesses through the username and through the email address together", async () => {
    const team = await createTeam();
    const { user } = team.member;
    await fail({ username: user.username.toUpperCase() }, Math.ceil(threshold / 2));
    await fail({ email: user.email }, Math.floor(threshold / 2));
    expect(await findSignInLock({ userId: user.id })).not.toBeNull();
    expect(await findSignInLock({ username: user.username })).not.toBeNull();
  });

  it("writes one user.locked event, by the system, in every organization of the account, even when guesses race", async () => {
    const team = await createTeam();
    const elsewhere = await createOrganization();
    await db.member.create({ data: { id: randomUUID(), organizationId: elsewhere.id, userId: team.member.user.id, role: "member" } });
    await Promise.all(Array.from({ length: threshold * 2 }, () => recordPasswordFailure({ userId: team.member.user.id }, request)));

    const events = await lockedEvents(team.member.user.id);
    expect(events.map((e) => e.organizationId).sort()).toEqual([team.organization.id, elsewhere.id].sort());
    for (const event of events) {
      expect(event).toMatchObject({ actorUserId: null, actorName: "system", targetName: team.member.user.username, ip: request.ip });
      expect(event.after).toMatchObject({ failedAttempts: threshold, lockMinutes });
    }
  });

  it("locks a name no account has exactly as it locks an account: the same refusal, no event", async () => {
    const team = await createTeam();
    const nobody = { username: unique("nobody") };
    const somebody = { username: team.member.user.username };
    await fail(nobody, threshold);
    await fail(somebody, threshold);
    const refusal = (subject: PasswordSubject) => assertNotLocked(subject).then(() => null, (e: Error) => e);
    const [unknown, known] = await Promise.all([refusal(nobody), refusal(somebody)]);
    expect(unknown).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(unknown?.message).toBe(known?.message);
    expect(await db.auditEvent.count({ where: { action: "user.locked", targetName: nobody.username } })).toBe(0);
  });

  it("starts the count again after a correct password, and after the window has passed", async () => {
    const team = await createTeam();
    const subject = { userId: team.member.user.id };
    await fail(subject, threshold - 1);
    await clearPasswordFailures(subject.userId);
    await fail(subject, threshold - 1);
    expect(await findSignInLock(subject)).toBeNull();

    await db.signInLock.update({ where: { userId: subject.userId }, data: { windowStart: new Date(Date.now() - (config.lockout.windowMinutes + 1) * 60_000) } });
    await fail(subject, 1);
    expect(await db.signInLock.findUniqueOrThrow({ where: { userId: subject.userId } })).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("lets a lock end on its own, and a correct password racing the lock does not lift it", async () => {
    const team = await createTeam();
    const subject = { userId: team.member.user.id };
    await fail(subject, threshold);
    await clearPasswordFailures(subject.userId);
    expect(await findSignInLock(subject)).not.toBeNull();

    await db.signInLock.update({ where: { userId: subject.userId }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await findSignInLock(subject)).toBeNull();
    await fail(subject, 1);
    expect(await db.signInLock.findUniqueOrThrow({ where: { userId: subject.userId } })).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("sweeps rows whose window and lock are over when the next failure is counted", async () => {
    const stale = `username:${unique("stale")}`;
    await db.signInLock.create({ data: { key: stale, failures: 3, windowStart: new Date(Date.now() - 24 * 3_600_000) } });
    await fail({ username: unique("someone") }, 1);
    expect(await db.signInLock.findUnique({ where: { key: stale } })).toBeNull();
  });
});

describe("better-auth's password sign-in under the limit", () => {
  // In-process calls throw what a before hook throws; the HTTP router answers it as a response.
  const signIn = (body: { username: string; password: string } | { email: string; password: string }) =>
    ("username" in body ? auth.api.signInUsername({ body, asResponse: true }) : auth.api.signInEmail({ body, asResponse: true })).catch((error: unknown) => {
      if (!(error instanceof APIError)) throw error;
      return Response.json(error.body, { status: error.statusCode, headers: error.headers as HeadersInit });
    });

  it("counts wrong passwords by username and email, then refuses even the right one with 429 and Retry-After", async () => {
    const team = await createTeam();
    const { user } = team.member;
    for (let i = 0; i < threshold; i++) {
      const body = i % 2 ? { email: user.email, password: "wrong-password" } : { username: user.username, password: "wrong-password" };
      expect((await signIn(body)).status).toBe(401);
    }
    const refused = await signIn({ username: user.username, password: DEFAULT_PASSWORD });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "ACCOUNT_LOCKED", message: expect.stringMatching(/Too many failed password attempts/) });
    expect((await signIn({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(429);
  });

  it("clears the count on a successful sign-in", async () => {
    const team = await createTeam();
    const { user } = team.member;
    await fail({ userId: user.id }, threshold - 1);
    expect((await signIn({ username: user.username, password: DEFAULT_PASSWORD })).status).toBe(200);
    expect(await db.signInLock.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("user.update's current-password check", () => {
  it("counts a wrong current password, refuses even the right one once locked, and a right one clears the count", async () => {
    const team = await createTeam();
    const actor = await actorFor(team.member.member);
    const wrong = () => updateSelf({ actor, input: { currentPassword: "not-it", password: "brand-new-password" } });
    for (let i = 0; i < threshold - 1; i++) await expect(wrong()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await updateSelf({ actor, input: { currentPassword: DEFAULT_PASSWORD, password: DEFAULT_PASSWORD } });
    expect(await db.signInLock.findUnique({ where: { userId: actor.user.id } })).toBeNull();

    for (let i = 0; i < threshold; i++) await expect(wrong()).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(updateSelf({ actor, input: { currentPassword: DEFAULT_PASSWORD, password: "brand-new-password" } })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfterSeconds: expect.any(Number),
    });
    expect(await lockedEvents(actor.user.id)).toHaveLength(1);
  });
});

describe("user.unlock", () => {
  async function lockedTeam() {
    const team = await createTeam();
    await fail({ userId: team.member.user.id }, threshold);
    return team;
  }

  it("lifts the lock (which user.one shows) and the count, writing one user.unlock event; unlocking again changes nothing", async () => {
    const team = await lockedTeam();
    const admin = await actorFor(team.admin.member);
    expect((await getMember({ actor: admin, userId: team.member.user.id })).lockedUntil).toEqual(expect.stringMatching(/^\d{4}-.*Z$/));
    await expect(unlockUser({ actor: admin, userId: team.member.user.id })).resolves.toEqual({ success: true, userId: team.member.user.id, unlocked: true });
    expect(await findSignInLock({ userId: team.member.user.id })).toBeNull();
    expect((await getMember({ actor: admin, userId: team.member.user.id })).lockedUntil).toBeNull();
    expect(await db.signInLock.count({ where: { userId: team.member.user.id } })).toBe(0);
    await expect(unlockUser({ actor: admin, userId: team.member.user.id })).resolves.toMatchObject({ unlocked: false });
    const events = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "user.unlock" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: team.admin.user.id, targetId: team.member.user.id, after: { locked: false } });
  });

  it("follows the member-action rules: member:update, not yourself, only the owner for admins, 404 across organizations, not shared accounts", async () => {
    const team = await lockedTeam();
    const other = await createTeam();
    const [owner, admin, member, outsider] = await Promise.all([
      actorFor(team.owner.member),
      actorFor(team.admin.member),
      actorFor(team.member.member),
      actorFor(other.owner.member),
    ]);
    await expect(unlockUser({ actor: member, userId: team.admin.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlockUser({ actor: outsider, userId: team.member.user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(unlockUser({ actor: admin, userId: team.admin.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlockUser({ actor: admin, userId: team.owner.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const secondAdmin = await createMember(team.organization.id, { role: "admin" });
    await expect(unlockUser({ actor: admin, userId: secondAdmin.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(unlockUser({ actor: owner, userId: secondAdmin.user.id })).resolves.toMatchObject({ unlocked: false });

    await db.member.create({ data: { id: randomUUID(), organizationId: other.organization.id, userId: team.member.user.id, role: "member" } });
    await expect(unlockUser({ actor: owner, userId: team.member.user.id })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/another organization/) });
    expect(await findSignInLock({ userId: team.member.user.id })).not.toBeNull();
  });

  it("is also done by an administrator's password reset, which says so in its event", async () => {
    const team = await lockedTeam();
    await resetUserPassword({ actor: await actorFor(team.admin.member), userId: team.member.user.id, password: "a-new-password" });
    expect(await findSignInLock({ userId: team.member.user.id })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: team.organization.id, action: "user.resetPassword" } });
    expect(event.after).toMatchObject({ passwordReset: true, unlocked: true });
  });
});
