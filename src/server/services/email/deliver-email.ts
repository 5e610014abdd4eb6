import pg from "pg";
import type { Job } from "pg-boss";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { recordEmail } from "@/server/metrics-registry";
import { EMAIL_QUEUE, emailBoss, prismaBossDb } from "./email-queue";
import { fromHeader, pooledTransport, serverFromHeader, smtpErrorText, type ProviderRow } from "./smtp-transport";

export type DeliveryJob = { deliveryId: string };

type Claimed = {
  id: string;
  organizationId: string | null;
  providerId: string | null;
  toAddress: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  attempts: number;
};

/**
 * One attempt at one delivery. The row is claimed first (queued or sending → sending, one more
 * attempt); a delivery already sent or failed is not sent again, whatever the queue says. The row
 * becomes "sent" the moment the SMTP server has the message, before the job completes; an attempt
 * that finds it sent completes the job without sending.
 */
export async function deliverEmail(job: Job<DeliveryJob>): Promise<void> {
  const boss = await emailBoss();
  const [claimed] = await db.$queryRaw<Claimed[]>`
    UPDATE email_delivery SET status = 'sending', attempts = attempts + 1, "updatedAt" = (now() AT TIME ZONE 'UTC')
    WHERE id = ${job.data.deliveryId} AND status IN ('queued', 'sending')
    RETURNING id, "organizationId", "providerId", "toAddress", subject, html, text, "messageId", attempts`;
  if (!claimed) {
    await boss.complete(EMAIL_QUEUE, job.id);
    return;
  }
  try {
    const provider = claimed.providerId ? await db.emailProvider.findUnique({ where: { id: claimed.providerId } }) : null;
    if (claimed.providerId && !provider) return await failForGood(job, claimed, "The email provider was deleted before the email could be sent");
    await send(provider, claimed);
  } catch (error) {
    const lastError = smtpErrorText(error);
    return claimed.attempts >= config.email.maxAttempts ? failForGood(job, claimed, lastError) : retryLater(job, claimed, lastError);
  }
  await recordSent(claimed.id);
  recordEmail("sent", claimed.organizationId);
  await boss.complete(EMAIL_QUEUE, job.id);
}

/**
 * The SMTP server has the message: the row says so at once, in one statement on a connection of its
 * own, so that a crash right after leaves the shortest possible window in which a later attempt
 * (which skips rows already sent) could send a second copy. The job's completion follows.
 *
 * Those connections commit without waiting for the disk (synchronous_commit off): the mark is in
 * PostgreSQL the moment the statement returns, so a killed worker keeps it, and only a crash of
 * PostgreSQL itself within a fraction of a second could lose it, which costs a second copy, never a
 * lost email. Waiting for the disk (and for a free connection, when there were two) made the window
 * several milliseconds wide under load.
 */
async function recordSent(deliveryId: string) {
  await sentMarker().query(`UPDATE email_delivery SET status = 'sent', "sentAt" = (now() AT TIME ZONE 'UTC'), "updatedAt" = (now() AT TIME ZONE 'UTC') WHERE id = $1 AND status = 'sending'`, [deliveryId]);
}

const globalForMarker = globalThis as unknown as { rosterSentMarker?: pg.Pool };
const sentMarker = () => (globalForMarker.rosterSentMarker ??= new pg.Pool({ connectionString: config.databaseUrl, max: 4, allowExitOnIdle: true, options: "-c synchronous_commit=off" }));

async function send(provider: ProviderRow | null, email: Claimed) {
  await pooledTransport(provider).sendMail({
    from: provider ? fromHeader(provider) : serverFromHeader(),
    to: email.toAddress,
    subject: email.subject,
    html: email.html,
    text: email.text,
    // The same Message-ID on every attempt, so a resend after an unrecorded success is the same message.
    messageId: email.messageId,
  });
}

/** Failed for good: the failed row and the job's completion commit together. */
async function failForGood(job: Job<DeliveryJob>, email: Claimed, lastError: string) {
  const boss = await emailBoss();
  await db.$transaction(async (tx) => {
    await tx.emailDelivery.update({ where: { id: email.id }, data: { status: "failed", lastError } });
    await boss.complete(EMAIL_QUEUE, job.id, {}, { db: prismaBossDb(tx) });
  });
  recordEmail("failed", email.organizationId);
}

/** The attempt failed: back to queued with the error; pg-boss runs the job again after its backoff. */
async function retryLater(job: Job<DeliveryJob>, email: Claimed, lastError: string) {
  const boss = await emailBoss();
  await db.$transaction(async (tx) => {
    await tx.emailDelivery.update({ where: { id: email.id }, data: { status: "queued", lastError } });
    await boss.fail(EMAIL_QUEUE, job.id, { message: lastError }, { db: prismaBossDb(tx) });
  });
  recordEmail("retried", email.organizationId);
}
