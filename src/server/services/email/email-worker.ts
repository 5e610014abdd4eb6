import { logger } from "@/server/logger";
import { deliverEmail, type DeliveryJob } from "./deliver-email";
import { EMAIL_QUEUE, emailBoss, stopEmailBoss } from "./email-queue";

// Up to this many emails in flight per instance; the SMTP pools cap connections per provider.
const BATCH_SIZE = 20;

/**
 * Starts this instance's delivery worker. Any number of instances may run one: pg-boss hands each
 * job to one worker at a time (SKIP LOCKED), and a job whose worker died is taken over when its lease
 * runs out. Returns a function that stops it, letting attempts in flight finish.
 */
export async function startEmailWorker(): Promise<() => Promise<void>> {
  const log = logger();
  const boss = await emailBoss({ supervise: true });
  boss.on("error", (error: Error) => log.error({ err: error }, "email queue error"));
  // Each job settles itself (complete or fail); pg-boss's own completion of the batch afterwards
  // then finds nothing active. A job whose outcome could not be recorded is failed, so it is retried.
  await boss.work<DeliveryJob>(EMAIL_QUEUE, { batchSize: BATCH_SIZE, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    await Promise.all(
      jobs.map((job) =>
        deliverEmail(job).catch(async (error: unknown) => {
          log.error({ err: error, deliveryId: job.data.deliveryId }, "email delivery attempt could not be recorded");
          await boss.fail(EMAIL_QUEUE, job.id, { message: "the attempt could not be recorded" }).catch(() => undefined);
        }),
      ),
    );
  });
  log.info("email delivery worker started");
  return stopEmailBoss;
}
