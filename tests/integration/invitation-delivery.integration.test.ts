import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ZCreateInvitationInput, ZResendInvitationInput } from "@/lib/schemas/invitation";
import { db } from "@/server/db";
import { stopEmailBoss } from "@/server/services/email/email-queue";
import { createInvitations } from "@/server/services/invitations/create-invitations";
import { listInvitations } from "@/server/services/invitations/list-invitations";
import { resendInvitation } from "@/server/services/invitations/resend-invitation";
import { sendInvitation } from "@/server/services/invitations/send-invitation";
import { actorFor, createTeam, unique } from "../support/factories";

afterAll(() => stopEmailBoss());

const providerFor = (organizationId: string, isDefault = true) =>
  db.emailProvider.create({
    data: { organizationId, name: `smtp-${randomUUID()}`, host: "127.0.0.1", port: 2525, tlsMode: "none", fromName: "Roster", fromAddress: "roster@example.test", isDefault },
  });

describe("invitation emails", () => {
  it("queues the email with the link when asked, and shows its delivery status on the invitation", async () => {
    const team = await createTeam();
    await providerFor(team.organization.id);
    const admin = await actorFor(team.admin.member);
    const created = await createInvitations({ actor: admin, input: ZCreateInvitationInput.parse({ emails: [`${unique("mail")}@example.test`], send: true }) });
    const { invitation, link, deliveryId } = created.invitations[0]!;
    const delivery = await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId! } });
    expect(delivery).toMatchObject({ invitationId: invitation.id, toAddress: invitation.email, kind: "invitation", status: "queued" });
    expect(delivery.text).toContain(link);
    const [listed] = await listInvitations({ actor: admin, input: { limit: 10 } });
    expect(listed!.delivery).toEqual({ status: "queued", attempts: 0, lastError: null, sentAt: null });
  });

  it("creates nothing when the organization has no provider to send through", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await expect(createInvitations({ actor: admin, input: ZCreateInvitationInput.parse({ emails: ["nobody@example.test"], send: true }) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("No email provider"),
    });
    expect(await db.invitation.count({ where: { organizationId: team.organization.id } })).toBe(0);
    // Without sending, the link is still given, to pass on by hand.
    const created = await createInvitations({ actor: admin, input: ZCreateInvitationInput.parse({ emails: ["nobody@example.test"] }) });
    expect(created.invitations[0]!.deliveryId).toBeNull();
  });

  it("sendInvitation needs the organization's invitation and provider (404 otherwise) and gives a fresh link", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const provider = await providerFor(team.organization.id, false);
    const theirProvider = await providerFor(other.organization.id);
    const admin = await actorFor(team.admin.member);
    const { invitation, link } = (await createInvitations({ actor: admin, input: ZCreateInvitationInput.parse({ emails: [`${unique("s")}@example.test`] }) })).invitations[0]!;
    const theirs = (await createInvitations({ actor: await actorFor(other.admin.member), input: ZCreateInvitationInput.parse({ emails: [`${unique("t")}@example.test`] }) }))
      .invitations[0]!.invitation;

    await expect(sendInvitation({ actor: admin, invitationId: invitation.id, notificationId: theirProvider.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendInvitation({ actor: admin, invitationId: theirs.id, notificationId: provider.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendInvitation({ actor: await actorFor(team.member.member), invitationId: invitation.id, notificationId: provider.id })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const sent = await sendInvitation({ actor: admin, invitationId: invitation.id, notificationId: provider.id });
    expect(sent.link).not.toBe(link);
    expect(await db.emailDelivery.findUniqueOrThrow({ where: { id: sent.deliveryId } })).toMatchObject({ providerId: provider.id, invitationId: invitation.id });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: "invitation.send" } })).toBe(1);

    // An expired invitation is resent (new expiry) rather than sent with a dead link.
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(sendInvitation({ actor: admin, invitationId: invitation.id, notificationId: provider.id })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { status: ["expired"] } });
    await db.emailProvider.update({ where: { id: provider.id }, data: { isDefault: true } });
    const resent = await resendInvitation({ actor: admin, input: ZResendInvitationInput.parse({ invitationId: invitation.id }) });
    expect(resent.invitation.status).toBe("pending");
    expect(resent.deliveryId).toEqual(expect.any(String));
  });
});
