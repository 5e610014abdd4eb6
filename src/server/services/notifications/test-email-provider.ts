import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type { TTestEmailProviderInput, TTestEmailProviderOutput } from "@/lib/schemas/notification";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { recordEmail } from "@/server/metrics-registry";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { renderEmail } from "@/server/services/email/render-email";
import { assertUnderSendingCap } from "@/server/services/email/sending-cap";
import { fromHeader, providerTransportOptions, smtpErrorText } from "@/server/services/email/smtp-transport";
import { findProviderOrThrow } from "./provider-view";

/**
 * Sends a test email through the provider now, not through the queue, so the administrator sees at
 * once whether it worked or what the server answered. It counts toward the hourly cap and is
 * recorded as a delivery like any other.
 */
export async function testEmailProvider({ actor, input }: { actor: Actor; input: TTestEmailProviderInput }): Promise<TTestEmailProviderOutput> {
  requirePermission(actor, "settings:manage");
  const organizationId = actor.organizationId;
  const to = input.to ?? actor.user.email;
  const { provider, delivery } = await auditedTransaction(organizationId, async (tx, audit) => {
    const provider = await findProviderOrThrow(tx, organizationId, input.notificationId);
    await assertUnderSendingCap(tx, organizationId);
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
    const rendered = await renderEmail({ template: "test", organizationName: organization.name, providerName: provider.name });
    const id = randomUUID();
    const delivery = await tx.emailDelivery.create({
      data: { id, organizationId, kind: "test", toAddress: to, ...rendered, messageId: `<${id}@${new URL(config.baseUrl).hostname}>`, status: "sending", attempts: 1, providerId: provider.id },
    });
    await audit(actor, { organizationId, action: "notification.test", target: { type: "emailProvider", id: provider.id, name: provider.name }, after: { to } });
    return { provider, delivery };
  });
  recordEmail("queued", organizationId);
  const transport = nodemailer.createTransport(providerTransportOptions(provider));
  try {
    await transport.sendMail({ from: fromHeader(provider), to, subject: delivery.subject, html: delivery.html, text: delivery.text, messageId: delivery.messageId });
    await db.emailDelivery.update({ where: { id: delivery.id }, data: { status: "sent", sentAt: new Date() } });
    recordEmail("sent", organizationId);
    return { success: true, to, error: null };
  } catch (error) {
    const text = smtpErrorText(error);
    await db.emailDelivery.update({ where: { id: delivery.id }, data: { status: "failed", lastError: text } });
    recordEmail("failed", organizationId);
    return { success: false, to, error: text };
  } finally {
    transport.close();
  }
}
