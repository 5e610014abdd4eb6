import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.ROSTER_EMAIL_RETRY_DELAY_SECONDS = "1";
  process.env.ROSTER_EMAIL_MAX_ATTEMPTS = "3";
});

import { db } from "@/server/db";
import { metrics } from "@/server/metrics-registry";
import { enqueueEmail } from "@/server/services/email/enqueue-email";
import { deliverEmail, type DeliveryJob } from "@/server/services/email/deliver-email";
import { EMAIL_QUEUE } from "@/server/services/email/email-queue";
import { startEmailWorker } from "@/server/services/email/email-worker";
import type { Job } from "pg-boss";
import { createOrganization } from "../support/factories";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

let stopWorker: () => Promise<void>;
beforeAll(async () => {
  stopWorker = await startEmailWorker();
});
afterAll(() => stopWorker());

async function organizationSendingTo(sink: SmtpSink | { port: number }) {
  const org = await createOrganization();
  await db.emailProvider.create({
    data: { organizationId: org.id, name: "local", host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Acme", fromAddress: "noreply@acme.test", isDefault: true },
  });
  return org;
}

const enqueueTest = (organizationId: string, to: string) =>
  db.$transaction((tx) => enqueueEmail(tx, { organizationId, kind: "test", to, template: { template: "test", organizationName: "Acme", providerName: "local" } }));

async function waitForStatus(deliveryId: string, status: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    if (row.status === status) return row;
    if (Date.now() > deadline) throw new Error(`delivery is ${row.status} (${row.lastError}), expected ${status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const emailCount = async (organization: string, event: string) =>
  (await metrics.emails.get()).values.find((v) => v.labels.organization === organization && v.labels.event === event)?.value ?? 0;

describe("email delivery worker", () => {
  it("delivers each queued email once, with its fixed Message-ID and sender, and records it as sent", async () => {
    const sink = await startSmtpSink();
    const org = await organizationSendingTo(sink);
    const ids = await Promise.all(["a", "b", "c"].map((name) => enqueueTest(org.id, `${name}@example.test`)));
    const rows = await Promise.all(ids.map(({ deliveryId }) => waitForStatus(deliveryId, "sent")));
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(["a@example.test", "b@example.test", "c@example.test"]);
    expect(sink.messages.map((m) => m.messageId).sort()).toEqual(rows.map((r) => r.messageId).sort());
    expect(sink.messages[0]).toMatchObject({ from: "noreply@acme.test", subject: "Test email from Acme" });
    expect(rows.every((r) => r.attempts === 1 && r.sentAt !== null)).toBe(true);
    expect(await emailCount(org.id, "sent")).toBe(3);
    await sink.stop();
  });

  it("retries while the SMTP server is down and delivers exactly one message once it is back", async () => {
    const sink = await startSmtpSink();
    await sink.stop();
    const org = await organizationSendingTo(sink);
    const { deliveryId } = await enqueueTest(org.id, "later@example.test");
    // The first attempt fails (connection refused) and the delivery waits for its retry.
    const failedOnce = await vi.waitFor(
      async () => {
        const row = await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
        if (row.attempts < 1 || row.status !== "queued") throw new Error("not yet retried");
        return row;
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(failedOnce.lastError).toMatch(/ECONNREFUSED|connect/i);
    await sink.start();
    const sent = await waitForStatus(deliveryId, "sent");
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 2000));
    expect(sink.messages.filter((m) => m.to[0] === "later@example.test")).toHaveLength(1);
    expect(await emailCount(org.id, "retried")).toBeGreaterThanOrEqual(1);
    await sink.stop();
  });

  it("gives up after the configured attempts with the server's own error as the last error", async () => {
    const sink = await startSmtpSink({ rejectWith: "5.1.1 Mailbox does not exist" });
    const org = await organizationSendingTo(sink);
    const { deliveryId } = await enqueueTest(org.id, "nobody@example.test");
    const failed = await waitForStatus(deliveryId, "failed", 30_000);
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toContain("550 5.1.1 Mailbox does not exist");
    expect(sink.messages).toHaveLength(0);
    expect(await emailCount(org.id, "failed")).toBe(1);
    await sink.stop();
  });

  it("an attempt that runs again after the email went out (its worker died before finishing the job) sends nothing", async () => {
    const sink = await startSmtpSink();
    const org = await organizationSendingTo(sink);
    const { deliveryId } = await enqueueTest(org.id, "once@example.test");
    await waitForStatus(deliveryId, "sent");
    // What the queue hands out again once a dead worker's lease runs out: the same delivery.
    const rerun = { id: crypto.randomUUID(), name: EMAIL_QUEUE, data: { deliveryId } } as Job<DeliveryJob>;
    await deliverEmail(rerun);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages.filter((m) => m.to[0] === "once@example.test")).toHaveLength(1);
    expect(await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: "sent", attempts: 1 });
    await sink.stop();
  });
});
