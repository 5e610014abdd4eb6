import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const port = vi.hoisted(() => {
  const chosen = 20_000 + Math.floor(Math.random() * 20_000);
  process.env.ROSTER_MAIL_CATCHER = "on";
  process.env.ROSTER_MAIL_CATCHER_PORT = String(chosen);
  Object.assign(process.env, { NODE_ENV: "development" });
  return chosen;
});

import { db } from "@/server/db";
import { deriveEnvironment } from "@/server/config";
import { giveOrganizationsTheMailCatcher, startMailCatcher } from "@/server/runtime/mail-catcher";
import { enqueueEmail } from "@/server/services/email/enqueue-email";
import { startEmailWorker } from "@/server/services/email/email-worker";
import { getCaughtEmail, listCaughtEmails } from "@/server/services/mail-catcher/list-caught-emails";
import { actorFor, createTeam } from "../support/factories";

let stopCatcher: () => Promise<void>;
let stopWorker: () => Promise<void>;
beforeAll(async () => {
  stopCatcher = await startMailCatcher(() => undefined);
  stopWorker = await startEmailWorker();
});
afterAll(async () => {
  await stopWorker();
  await stopCatcher();
});

describe("development mail catcher", () => {
  it("is every organization's default provider until they have one, and keeps what Roster sends for the dashboard", async () => {
    const team = await createTeam();
    await giveOrganizationsTheMailCatcher();
    const provider = await db.emailProvider.findFirstOrThrow({ where: { organizationId: team.organization.id, isDefault: true } });
    expect(provider).toMatchObject({ host: "127.0.0.1", port, tlsMode: "none" });

    const { deliveryId } = await db.$transaction((tx) =>
      enqueueEmail(tx, {
        organizationId: team.organization.id,
        kind: "invitation",
        to: "newcomer@example.test",
        template: { template: "invitation", organizationName: "Acme", inviterName: "Ada", roleLabel: "Member", accessSummary: [], expiresAt: new Date(Date.now() + 3_600_000), acceptUrl: "http://localhost:3000/invitation/abc" },
      }),
    );
    await vi.waitFor(async () => expect((await db.emailDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).status).toBe("sent"), { timeout: 20_000, interval: 200 });

    const admin = await actorFor(team.admin.member);
    const [caught] = (await listCaughtEmails({ actor: admin })).filter((m) => m.to === "newcomer@example.test");
    expect(caught).toMatchObject({ subject: "Ada invited you to Acme" });
    const full = await getCaughtEmail({ actor: admin, id: caught!.id });
    expect(full.text).toContain("http://localhost:3000/invitation/abc");
    expect(full.html).toContain("http://localhost:3000/invitation/abc");
    await expect(listCaughtEmails({ actor: await actorFor(team.member.member) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("is not found in production", async () => {
    const team = await createTeam();
    deriveEnvironment({ NODE_ENV: "production" });
    try {
      await expect(listCaughtEmails({ actor: await actorFor(team.admin.member) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    } finally {
      deriveEnvironment({ NODE_ENV: "development" });
    }
  });
});
