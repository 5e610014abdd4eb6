import { randomUUID } from "node:crypto";
import { config } from "@/server/config";
import type { Tx } from "@/server/db";
import { chooseProvider } from "./choose-provider";
import type { EmailKind, EmailTemplateInput } from "./email-kinds";
import { deliveryJobOptions, EMAIL_QUEUE, emailBoss, prismaBossDb } from "./email-queue";
import { recordEmail } from "@/server/metrics-registry";
import { renderEmails } from "./render-emails";
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
  return (await enqueueEmails(tx, [message]))[0]!;
}

/**
 * Several emails at once, as enqueueEmail does one: one cap check per organization for the whole
 * batch (all or none are queued), each provider chosen once, one insert of the deliveries and one
 * of their jobs. Answers each message's delivery id, in order.
 */
export async function enqueueEmails(tx: Tx, messages: EnqueueEmailInput[]): Promise<{ deliveryId: string }[]> {
  if (!messages.length) return [];
  const boss = await emailBoss();
  const perOrganization = new Map<string, number>();
  for (const m of messages) if (m.organizationId) perOrganization.set(m.organizationId, (perOrganization.get(m.organizationId) ?? 0) + 1);
  for (const [organizationId, count] of perOrganization) await assertUnderSendingCap(tx, organizationId, count);
  const providers = new Map<string, string | null>();
  for (const m of messages) {
    const key = `${m.organizationId}/${m.providerId ?? ""}`;
    if (!providers.has(key)) providers.set(key, await chooseProvider(tx, m.organizationId, m.providerId));
  }
  const rendered = await renderEmails(messages.map((m) => m.template));
  const host = new URL(config.baseUrl).hostname;
  const rows = messages.map((m, i) => {
    const id = randomUUID();
    return {
      id,
      organizationId: m.organizationId,
      invitationId: m.invitationId ?? null,
      kind: m.kind,
      toAddress: m.to,
      subject: rendered[i]!.subject,
      html: rendered[i]!.html,
      text: rendered[i]!.text,
      // The same Message-ID on every attempt: a retry after the server accepted is the same message.
      messageId: `<${id}@${host}>`,
      providerId: providers.get(`${m.organizationId}/${m.providerId ?? ""}`) ?? null,
    };
  });
  await tx.emailDelivery.createMany({ data: rows });
  const options = deliveryJobOptions();
  const jobs = rows.map((r) => ({ id: randomUUID(), name: EMAIL_QUEUE, data: { deliveryId: r.id }, ...options }));
  await boss.insert(jobs, { db: prismaBossDb(tx) });
  // pg-boss inserts nothing, silently, for a queue that does not exist: count what was written.
  const [written] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${EMAIL_QUEUE} AND id = ANY(${jobs.map((j) => j.id)}::uuid[])`;
  if (written?.n !== jobs.length) throw new Error("email queue is missing: the delivery jobs were not written");
  for (const m of messages) recordEmail("queued", m.organizationId);
  return rows.map((r) => ({ deliveryId: r.id }));
}
