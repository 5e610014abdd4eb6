import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR, sendPasswordResetEmail } from "@/server/services/email/account-emails";
import { stopEmailBoss } from "@/server/services/email/email-queue";
import { createMember, createOrganization } from "../support/factories";

afterAll(() => stopEmailBoss());

// Forgot-password emails go to an address on anyone's request.
describe("account emails", () => {
  it("reach one address at most a few times an hour, also when 20 requests come at once", async () => {
    const org = await createOrganization();
    await db.emailProvider.create({
      data: { organizationId: org.id, name: "smtp", host: "127.0.0.1", port: 2525, tlsMode: "none", fromName: "Roster", fromAddress: "roster@example.test", isDefault: true },
    });
    const { user } = await createMember(org.id, { email: `victim-${randomUUID()}@example.test` });
    const { user: other } = await createMember(org.id, { email: `other-${randomUUID()}@example.test` });

    await Promise.all(Array.from({ length: 20 }, (_, i) => sendPasswordResetEmail({ user, token: `burst-${i}` })));
    const afterBurst = await db.emailDelivery.count({ where: { toAddress: user.email } });
    expect(afterBurst).toBeGreaterThanOrEqual(1);
    expect(afterBurst).toBeLessThanOrEqual(ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR);
    for (let i = 0; i < 10; i++) await sendPasswordResetEmail({ user, token: `again-${i}` });
    await sendPasswordResetEmail({ user: other, token: "other" });

    const queued = await db.emailDelivery.findMany({ where: { toAddress: user.email }, select: { kind: true, organizationId: true } });
    expect(queued).toHaveLength(ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR);
    expect(queued.every((d) => d.kind === "password-reset" && d.organizationId === null)).toBe(true);
    // Another address still gets its email.
    expect(await db.emailDelivery.count({ where: { toAddress: other.email } })).toBe(1);
  });
});
