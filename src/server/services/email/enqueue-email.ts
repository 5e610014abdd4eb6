import { randomUUID } from "node:crypto";
import { config } from "@/server/config";
import type { Tx } from "@/server/db";
import { chooseProvider } from "./choose-provider";
import type { EmailKind, EmailTemplateInput } from "./email-kinds";
import { deliveryJobOptions, EMAIL_QUEUE, emailBoss, prismaBossDb } from "./email-queue";
import { recordEmail } from "@/server/metrics-registry";
import { renderEmail } from "./render-email";
import { assertUnderSendingCap } from "./sending-cap";

export type EnqueueEmailInput = {
  organizationId: string | null;
  providerId?: string | null;
  kind: EmailKind;
  to: string;
  invitationId?: string;
  template: EmailTemplateInput;
};

/**
 * Records an email for delivery in the caller's transaction: the delivery row and its pg-boss job
 * commit together, so a rolled-back invitation sends nothing and a committed one is delivered
 * even if the process dies right after. Throws 429 over the organization's hourly cap, and 400 when
 * there is no provider to send through.
 */
export async function enqueueEmail(tx: Tx, message: EnqueueEmailInput): Promise<{ deliveryId: string }> {
  const boss = await emailBoss();
  if (message.organizationId) await assertUnderSendingCap(tx, message.organizationId);
  const providerId = await chooseProvider(tx, message.organizationId, message.providerId);
  const rendered = await renderEmail(message.template);
  const id = randomUUID();
  await tx.emailDelivery.create({
    data: {
      id,
      organizationId: message.organizationId,
      invitationId: message.invitationId ?? null,
      kind: message.kind,
      toAddress: message.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      // The same Message-ID on every attempt: a retry after the server accepted is the same message.
      messageId: `<${id}@${new URL(config.baseUrl).hostname}>`,
      providerId,
    },
  });
  const jobId = await boss.send(EMAIL_QUEUE, { deliveryId: id }, { ...deliveryJobOptions(), db: prismaBossDb(tx) });
  if (!jobId) throw new Error("email queue is missing: the delivery job was not written");
  recordEmail("queued", message.organizationId);
  return { deliveryId: id };
}
