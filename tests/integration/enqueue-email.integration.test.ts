import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { latestDeliveryStatus } from "@/server/services/email/delivery-status";
import { enqueueEmail, enqueueEmails } from "@/server/services/email/enqueue-email";
import { stopEmailBoss } from "@/server/services/email/email-queue";
import { createOrganization } from "../support/factories";

afterAll(() => stopEmailBoss());

async function providerFor(organizationId: string, isDefault = true) {
  return db.emailProvider.create({
    data: { organizationId, name: `smtp-${randomUUID()}`, host: "127.0.0.1", port: 2525, tlsMode: "none", fromName: "Roster", fromAddress: "roster@example.test", isDefault },
  });
}

const invitationTemplate = (acceptUrl: string) => ({
  template: "invitation" as const,
  organizationName: "Acme",
  inviterName: "Ada",
  roleLabel: "Member",
  accessSummary: ["Developer in ops"],
  expiresAt: new Date("2030-01-01T00:00:00Z"),
  acceptUrl,
});

/** `n` emails already sent this hour, counted against the cap. */
const fillWindow = (organizationId: string, n: number) =>
  db.emailDelivery.createMany({
    data: Array.from({ length: n }, () => {
      const id = randomUUID();
      return { id, organizationId, kind: "test", toAddress: "x@example.test", subject: "s", html: "h", text: "t", messageId: `<${id}@t>`, status: "sent" };
    }),
  });

const jobsFor = async (deliveryId: string) =>
  (await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE data->>'deliveryId' = $1`, deliveryId))[0]?.n;

describe("enqueueEmail", () => {
  it("writes the delivery and its job in the caller's transaction, rendered with the link", async () => {
    const org = await createOrganization();
    await providerFor(org.id);
    const invitationId = randomUUID();
    const { deliveryId } = await db.$transaction((tx) =>
      enqueueEmail(tx, { organizationId: org.id, kind: "invitation", to: "new@example.test", invitationId, template: invitationTemplate("http://localhost:3000/invitation/tok") }),
    );
    const row = await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: "queued", attempts: 0, toAddress: "new@example.test", subject: "Ada invited you to Acme" });
    expect(row.html).toContain("http://localhost:3000/invitation/tok");
    expect(row.text).toContain("http://localhost:3000/invitation/tok");
    expect(row.messageId).toBe(`<${deliveryId}@localhost>`);
    expect(await jobsFor(deliveryId)).toBe(1n);
    expect((await latestDeliveryStatus([invitationId])).get(invitationId)).toEqual({ status: "queued", attempts: 0, lastError: null, sentAt: null });
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const org = await createOrganization();
    await providerFor(org.id);
    const invitationId = randomUUID();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { organizationId: org.id, kind: "invitation", to: "x@example.test", invitationId, template: invitationTemplate("http://x") });
        throw new Error("the invitation failed");
      }),
    ).rejects.toThrow("the invitation failed");
    expect(await db.emailDelivery.count({ where: { invitationId } })).toBe(0);
    expect((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE data->>'deliveryId' IS NOT NULL AND NOT EXISTS (SELECT 1 FROM email_delivery d WHERE d.id = data->>'deliveryId')`))[0]?.n).toBe(0n);
  });

  it("answers 400 with a clear message when the organization has no provider", async () => {
    const org = await createOrganization();
    await expect(
      db.$transaction((tx) => enqueueEmail(tx, { organizationId: org.id, kind: "invitation", to: "x@example.test", template: invitationTemplate("http://x") })),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "No email provider is configured for this organization" });
  });

  it("refuses another organization's provider as not found", async () => {
    const org = await createOrganization();
    const other = await createOrganization();
    await providerFor(org.id);
    const foreign = await providerFor(other.id);
    await expect(
      db.$transaction((tx) => enqueueEmail(tx, { organizationId: org.id, providerId: foreign.id, kind: "test", to: "x@example.test", template: { template: "test", organizationName: "A", providerName: "B" } })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("holds the hourly cap under 30 parallel enqueues and answers 429 with Retry-After past it", async () => {
    const org = await createOrganization();
    await providerFor(org.id);
    const limit = Number(process.env.ROSTER_EMAIL_HOURLY_LIMIT ?? 500);
    // Fill the window up to 5 short of the cap, then race 30 enqueues: exactly 5 get through.
    await fillWindow(org.id, limit - 5);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        auditedTransaction(org.id, (tx) => enqueueEmail(tx, { organizationId: org.id, kind: "test", to: `p${i}@example.test`, template: { template: "test", organizationName: "A", providerName: "B" } })),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(25);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: expect.any(Number) });
    expect((refused[0]?.reason as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(3000);
  });

  it("queues a batch all or nothing against the cap: one over it refuses the whole batch", async () => {
    const org = await createOrganization();
    await providerFor(org.id);
    const limit = Number(process.env.ROSTER_EMAIL_HOURLY_LIMIT ?? 500);
    await fillWindow(org.id, limit - 3);
    const batch = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ organizationId: org.id, kind: "invitation" as const, to: `b${i}@example.test`, template: invitationTemplate(`https://roster.test/invitation/t${i}`) }));
    await expect(auditedTransaction(org.id, (tx) => enqueueEmails(tx, batch(4)))).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await db.emailDelivery.count({ where: { organizationId: org.id, status: "queued" } })).toBe(0);
    const queued = await auditedTransaction(org.id, (tx) => enqueueEmails(tx, batch(3)));
    const rows = await db.emailDelivery.findMany({ where: { id: { in: queued.map((q) => q.deliveryId) } } });
    // Each has its own link and Message-ID, and one job.
    expect(rows.map((r) => r.toAddress).sort()).toEqual(["b0@example.test", "b1@example.test", "b2@example.test"]);
    for (const r of rows) expect(r.text).toContain(`https://roster.test/invitation/t${r.toAddress.slice(1, 2)}`);
    expect(new Set(rows.map((r) => r.messageId)).size).toBe(3);
    for (const { deliveryId } of queued) expect(await jobsFor(deliveryId)).toBe(1n);
  });
});
