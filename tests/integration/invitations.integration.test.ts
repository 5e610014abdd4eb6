import { describe, expect, it } from "vitest";
import { ZCreateInvitationInput, ZResendInvitationInput } from "@/lib/schemas/invitation";
import { db } from "@/server/db";
import { createGroup } from "@/server/services/groups/create-group";
import { acceptInvitationWithSignUp } from "@/server/services/invitations/accept-invitation-with-sign-up";
import { cancelInvitation } from "@/server/services/invitations/cancel-invitation";
import { createInvitations } from "@/server/services/invitations/create-invitations";
import { getInvitation } from "@/server/services/invitations/get-invitation";
import { listInvitations } from "@/server/services/invitations/list-invitations";
import { listOwnInvitations } from "@/server/services/invitations/list-own-invitations";
import { lookupInvitation } from "@/server/services/invitations/lookup-invitation";
import { resendInvitation } from "@/server/services/invitations/resend-invitation";
import { respondToInvitation } from "@/server/services/invitations/respond-to-invitation";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import type { Actor } from "@/server/actor/actor";
import { actorFor, createMember, createTeam, unique } from "../support/factories";

const REQUEST = { ip: "127.0.0.1", userAgent: "vitest" };
const invite = (actor: Actor, input: Record<string, unknown>) => createInvitations({ actor, input: ZCreateInvitationInput.parse(input) });
const tokenOf = (link: string) => link.split("/invitation/")[1]!;
const expire = (id: string) => db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
const events = (organizationId: string, action: string) => db.auditEvent.count({ where: { organizationId, action } });
const signUp = (token: string, username = unique("new")) =>
  acceptInvitationWithSignUp({ input: { token, name: "New Person", username, password: "new-password-1" }, request: REQUEST });

describe("invitation.*", () => {
  it("invites with role, groups and workspaces; a new person signs up through the link and gets exactly that", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    await createWorkspace({ actor: owner, input: { name: "prod" } });
    await createGroup({ actor: owner, input: { name: "ops" } });
    const email = `${unique("Person")}@Example.TEST`;
    const created = await invite(owner, {
      emails: [email],
      role: "developer",
      groups: ["ops"],
      workspaceAccess: { all: false, grants: [{ workspace: "prod", role: "operator" }] },
    });
    const { invitation, link } = created.invitations[0]!;
    expect(invitation).toMatchObject({ email: email.toLowerCase(), role: "developer", status: "pending", groups: [{ name: "ops" }], inviter: { id: team.owner.user.id } });
    expect(link).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    expect(link).not.toContain(invitation!.id);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation!.id } });
    expect(stored.tokenHash).not.toBe(tokenOf(link));
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(invitation!.expiresAt) - Date.now()).toBeGreaterThan(47.9 * 3600_000);

    const looked = await lookupInvitation({ token: tokenOf(link) });
    expect(looked).toMatchObject({ email: email.toLowerCase(), status: "pending", hasAccount: false, role: "developer", organization: { id: team.organization.id } });
    expect(looked.access).toEqual(["Developer in the default workspace", "Operator in workspace prod", "Groups: ops"]);

    const joined = await signUp(tokenOf(link));
    const member = await db.member.findFirstOrThrow({
      where: { organizationId: team.organization.id, userId: joined.userId },
      include: { workspaceGrants: { include: { workspace: true } } },
    });
    expect(member).toMatchObject({ role: "member", workspaceRole: "developer", allWorkspaces: false });
    expect(member.workspaceGrants.map((g) => [g.workspace.name, g.role])).toEqual([["prod", "operator"]]);
    expect(await db.groupMember.count({ where: { memberId: member.id } })).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { id: joined.userId } });
    expect(user.email).toBe(email.toLowerCase());
    expect(await getInvitation({ actor: owner, invitationId: invitation!.id })).toMatchObject({ status: "accepted", acceptedBy: { id: joined.userId } });
    expect(await events(team.organization.id, "invitation.create")).toBe(1);
    expect(await events(team.organization.id, "invitation.accept")).toBe(1);

    // Single use: the same link again, and the same address signing up again, are refused.
    await expect(signUp(tokenOf(link))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { status: ["accepted"] } });
  });

  it("refuses people without member:create (403), hides other organizations' invitations (404), and never makes owners", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const member = await actorFor(team.member.member);
    const admin = await actorFor(team.admin.member);
    const theirs = (await invite(await actorFor(other.admin.member), { emails: [`${unique("x")}@example.test`] })).invitations[0]!.invitation;
    await expect(invite(member, { emails: ["a@example.test"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInvitations({ actor: member, input: { limit: 10 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const call of [
      () => getInvitation({ actor: admin, invitationId: theirs.id }),
      () => cancelInvitation({ actor: admin, invitationId: theirs.id }),
      () => resendInvitation({ actor: admin, input: ZResendInvitationInput.parse({ invitationId: theirs.id, send: false }) }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await listInvitations({ actor: admin, input: { limit: 10 } })).toEqual([]);
    // Only the owner invites administrators; "owner" is not a role one can invite with.
    await expect(invite(admin, { emails: ["b@example.test"], role: "admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() => ZCreateInvitationInput.parse({ emails: ["c@example.test"], role: "owner" })).toThrow();
    const owner = await actorFor(team.owner.member);
    expect((await invite(owner, { emails: [`${unique("adm")}@example.test`], role: "admin" })).invitations[0]!.invitation.memberRole).toBe("admin");

    // A member granted member:create may invite, within what they hold.
    await db.member.update({ where: { id: team.member.member.id }, data: { grants: ["member:create"] } });
    const inviter = await actorFor(team.member.member);
    expect((await invite(inviter, { emails: [`${unique("v")}@example.test`], role: "viewer" })).invitations).toHaveLength(1);
    await expect(invite(inviter, { emails: [`${unique("m")}@example.test`], role: "manager" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers 409 offering a resend for an address that is a member or already invited; 400 for a bad address; all or nothing", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const email = `${unique("dup")}@example.test`;
    const first = (await invite(admin, { emails: [email] })).invitations[0]!.invitation;
    await expect(invite(admin, { emails: ["fresh@example.test", email.toUpperCase()] })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { "emails.1": [expect.stringContaining(`resend it (invitation ${first.id})`)] },
    });
    await expect(invite(admin, { emails: [team.member.user.email] })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { "emails.0": [expect.stringContaining("already a member")] },
    });
    await expect(invite(admin, { emails: ["not-an-email", "x@example.test"] })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { "emails.0": [expect.any(String)] } });
    expect(await db.invitation.count({ where: { organizationId: team.organization.id } })).toBe(1);

    const dry = await invite(admin, { emails: ["ok@example.test", "bad", email, team.member.user.email, "OK@example.test"], dryRun: true });
    expect(dry.rows.map((r) => r.problem)).toEqual([null, "invalid", "pending", "member", "duplicate"]);
    expect(dry.rows[2]!.invitationId).toBe(first.id);
    expect(dry.invitations).toEqual([]);
    expect(await db.invitation.count({ where: { organizationId: team.organization.id } })).toBe(1);
  });

  it("derives expiry from the time, refuses expired links, and resends after expiry with a new token", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const email = `${unique("late")}@example.test`;
    const { invitation, link } = (await invite(admin, { emails: [email], expiresIn: 3600 })).invitations[0]!;
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
    await expire(invitation.id);
    expect((await getInvitation({ actor: admin, invitationId: invitation.id })).status).toBe("expired");
    expect((await listInvitations({ actor: admin, input: { status: "expired", limit: 10 } })).map((i) => i.id)).toEqual([invitation.id]);
    expect(await listInvitations({ actor: admin, input: { status: "pending", limit: 10 } })).toEqual([]);
    expect((await lookupInvitation({ token: tokenOf(link) })).status).toBe("expired");
    await expect(signUp(tokenOf(link))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("expired"), fieldErrors: { status: ["expired"] } });
    // Still one invitation per address: a new invite offers the resend.
    await expect(invite(admin, { emails: [email] })).rejects.toMatchObject({ code: "CONFLICT" });

    const resent = await resendInvitation({ actor: admin, input: ZResendInvitationInput.parse({ invitationId: invitation.id, send: false }) });
    expect(resent.invitation.status).toBe("pending");
    expect(resent.link).not.toBe(link);
    await expect(lookupInvitation({ token: tokenOf(link) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signUp(tokenOf(resent.link))).resolves.toMatchObject({ organizationId: team.organization.id });
    expect(await events(team.organization.id, "invitation.resend")).toBe(1);
  });

  it("cancels: the link says so, and the address may be invited again", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const email = `${unique("cxl")}@example.test`;
    const { invitation, link } = (await invite(admin, { emails: [email] })).invitations[0]!;
    expect((await cancelInvitation({ actor: admin, invitationId: invitation.id })).status).toBe("cancelled");
    await expect(cancelInvitation({ actor: admin, invitationId: invitation.id })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { status: ["cancelled"] } });
    await expect(signUp(tokenOf(link))).rejects.toMatchObject({ code: "CONFLICT", message: "This invitation was cancelled" });
    await expect(resendInvitation({ actor: admin, input: ZResendInvitationInput.parse({ invitationId: invitation.id, send: false }) })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await invite(admin, { emails: [email] })).invitations).toHaveLength(1);
    expect(await events(team.organization.id, "invitation.cancel")).toBe(1);
  });

  it("lets an existing account see, accept and decline its own invitations; another email's is 404", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    const person = await createMember(elsewhere.organization.id, { email: `${unique("Mixed")}@Example.test`.toLowerCase() });
    const me = await actorFor(person.member);
    const admin = await actorFor(team.admin.member);
    const { invitation } = (await invite(admin, { emails: [person.user.email.toUpperCase()], role: "operator" })).invitations[0]!;

    const own = await listOwnInvitations({ actor: me });
    expect(own).toEqual([
      expect.objectContaining({ id: invitation.id, email: person.user.email, role: "member", status: "pending", organization: expect.objectContaining({ id: team.organization.id, name: team.organization.name }) }),
    ]);
    await expect(respondToInvitation({ actor: await actorFor(team.member.member), invitationId: invitation.id, answer: "accept" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await respondToInvitation({ actor: me, invitationId: invitation.id, answer: "accept" });
    const member = await db.member.findFirstOrThrow({ where: { organizationId: team.organization.id, userId: person.user.id } });
    expect(member).toMatchObject({ role: "member", workspaceRole: "operator", allWorkspaces: true });
    expect(await listOwnInvitations({ actor: me })).toEqual([]);
    await expect(respondToInvitation({ actor: me, invitationId: invitation.id, answer: "reject" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { status: ["accepted"] } });

    const third = await createTeam();
    const declined = (await invite(await actorFor(third.admin.member), { emails: [person.user.email] })).invitations[0]!.invitation;
    await respondToInvitation({ actor: me, invitationId: declined.id, answer: "reject" });
    expect(await db.member.count({ where: { organizationId: third.organization.id, userId: person.user.id } })).toBe(0);
    expect(await events(third.organization.id, "invitation.reject")).toBe(1);
  });

  it("a link for an address that already has an account asks to sign in, and creates nothing", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    const person = await createMember(elsewhere.organization.id);
    const { link } = (await invite(await actorFor(team.admin.member), { emails: [person.user.email] })).invitations[0]!;
    expect((await lookupInvitation({ token: tokenOf(link) })).hasAccount).toBe(true);
    const users = await db.user.count();
    await expect(signUp(tokenOf(link))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.stringContaining("sign in")] } });
    // A taken username leaves no account and the invitation pending.
    const second = (await invite(await actorFor(team.admin.member), { emails: [`${unique("u")}@example.test`] })).invitations[0]!;
    await expect(signUp(tokenOf(second.link), person.user.username)).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { username: [expect.any(String)] } });
    expect(await db.user.count()).toBe(users);
    expect((await lookupInvitation({ token: tokenOf(second.link) })).status).toBe("pending");
  });

  it("pages by keyset and searches by address", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const stem = unique("page");
    await invite(admin, { emails: Array.from({ length: 5 }, (_, i) => `${stem}${i}@example.test`) });
    const everyone = await listInvitations({ actor: admin, input: { limit: 50 } });
    const first = await listInvitations({ actor: admin, input: { limit: 2 } });
    const second = await listInvitations({ actor: admin, input: { limit: 2, cursor: first[1]!.id } });
    const third = await listInvitations({ actor: admin, input: { limit: 2, cursor: second[1]!.id } });
    expect([...first, ...second, ...third].map((i) => i.id)).toEqual(everyone.map((i) => i.id));
    expect((await listInvitations({ actor: admin, input: { limit: 50, search: `${stem}3@` } })).map((i) => i.email)).toEqual([`${stem}3@example.test`]);
  });

  it("20 identical concurrent invites make one invitation and 409s; 20 concurrent accepts make one membership", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const email = `${unique("race")}@example.test`;
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => invite(admin, { emails: [email] })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.invitation.count({ where: { organizationId: team.organization.id, email } })).toBe(1);
    expect(await events(team.organization.id, "invitation.create")).toBe(1);

    const elsewhere = await createTeam();
    const person = await createMember(elsewhere.organization.id, { email: `${unique("racer")}@example.test` });
    const { invitation } = (await invite(admin, { emails: [person.user.email] })).invitations[0]!;
    const me = await actorFor(person.member);
    const accepts = await Promise.allSettled(Array.from({ length: 20 }, () => respondToInvitation({ actor: me, invitationId: invitation.id, answer: "accept" })));
    expect(accepts.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of accepts.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.member.count({ where: { organizationId: team.organization.id, userId: person.user.id } })).toBe(1);
    expect(await events(team.organization.id, "invitation.accept")).toBe(1);

    // 20 sign-ups through one link: one account, one membership.
    const { link } = (await invite(admin, { emails: [`${unique("signup")}@example.test`] })).invitations[0]!;
    const signUps = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => signUp(tokenOf(link), unique(`racer${i}`))));
    expect(signUps.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of signUps.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await events(team.organization.id, "invitation.accept")).toBe(2);
  }, 120_000);
});
