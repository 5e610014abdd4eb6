import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, sendRequest } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const FAST_RETRIES = { ROSTER_EMAIL_RETRY_DELAY_SECONDS: "1", ROSTER_EMAIL_SEND_TIMEOUT_SECONDS: "10" };
const NEW_PASSWORD = "brand-new-password-42";

const linkIn = (text: string, path: string) => {
  const found = text.match(new RegExp(`https?://[^\\s\\]\\)>"]*${path}[^\\s\\]\\)>"]*`));
  if (!found) throw new Error(`no ${path} link in:\n${text}`);
  return found[0];
};

// Delivery through the durable queue, with real Roster servers (SIGKILLed, or two at once) and a
// real SMTP server inside the test.
describe("email delivery across crashes and instances", () => {
  let sink: SmtpSink;
  let first: RosterServer;
  let second: RosterServer | undefined;
  let third: RosterServer | undefined;
  let fx: Fixtures;
  let organizationId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // An instance that only enqueues: whatever it queues is sent by another instance's worker.
    first = await startRoster({ env: { ...FAST_RETRIES, ROSTER_EMAIL_WORKER: "off" } });
    fx = await fixturesFor(first);
    organizationId = (await fx.createOrganization("Acme")).id;
    await fx.db.emailProvider.create({
      data: { organizationId, name: "sink", host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Acme", fromAddress: "noreply@acme.test", isDefault: true },
    });
  });
  afterAll(async () => {
    const { stopEmailBoss } = await import("@/server/services/email/email-queue");
    await stopEmailBoss();
    await fx?.db.$disconnect();
    await Promise.all([first?.stop(), second?.stop(), third?.stop(), sink?.stop()]);
  });

  const requestReset = (server: RosterServer, email: string) =>
    sendRequest(`${server.url}/api/auth/request-password-reset`, "POST", { body: { email, redirectTo: "/reset-password" } });

  it("an email queued by an instance killed before sending is delivered once after a restart", async () => {
    const { user } = await fx.createMember(organizationId, { email: "crash@acme.test" });
    const res = await requestReset(first, "crash@acme.test");
    expect(res.status, res.text).toBe(200);
    const queued = await fx.db.emailDelivery.findFirstOrThrow({ where: { toAddress: "crash@acme.test" } });
    expect(queued).toMatchObject({ status: "queued", kind: "password-reset", attempts: 0 });
    await first.kill();

    second = await startRoster({ databaseUrl: first.databaseUrl, env: FAST_RETRIES });
    await sink.waitFor(1);
    await new Promise((r) => setTimeout(r, 2000));
    const copies = sink.messages.filter((m) => m.to[0] === "crash@acme.test");
    expect(copies).toHaveLength(1);
    expect(copies[0]?.messageId).toBe(queued.messageId);
    expect(await fx.db.emailDelivery.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "sent", attempts: 1 });
    expect(user.email).toBe("crash@acme.test");
  });

  it("two instances with workers deliver each of 60 emails exactly once", async () => {
    third = await startRoster({ databaseUrl: first.databaseUrl, env: FAST_RETRIES });
    const { enqueueEmail } = await import("@/server/services/email/enqueue-email");
    const before = sink.messages.length;
    const ids: { deliveryId: string }[] = [];
    for (let batch = 0; batch < 6; batch++) {
      await fx.db.$transaction(async (tx) => {
        for (let i = batch * 10; i < batch * 10 + 10; i++) {
          ids.push(await enqueueEmail(tx, { organizationId, kind: "test", to: `pair-${i}@example.test`, template: { template: "test", organizationName: "Acme", providerName: "sink" } }));
        }
      });
    }
    await sink.waitFor(before + 60, 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    const delivered = sink.messages.slice(before);
    expect(delivered).toHaveLength(60);
    expect(new Set(delivered.map((m) => m.to[0])).size).toBe(60);
    const rows = await fx.db.emailDelivery.findMany({ where: { id: { in: ids.map((d) => d.deliveryId) } } });
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("forgot password: the same answer for any address, a link by email, a new password that signs out every session", async () => {
    const server = second!;
    const api = httpClient(server.url);
    const { user, password } = await fx.createMember(organizationId, { email: "forgot@acme.test", username: "forgetful" });
    const sessions = await Promise.all([api.signIn("forgetful", password), api.signIn("forgot@acme.test", password)]);
    for (const s of sessions) expect((await api.get("user.get", {}, { bearer: s.token })).status).toBe(200);

    const known = await requestReset(server, "forgot@acme.test");
    const unknown = await requestReset(server, "nobody-here@acme.test");
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);

    const message = await expectOneMessageTo("forgot@acme.test");
    const link = linkIn(message.text, "/reset-password\\?token=");
    expect(link.startsWith(`${server.url}/reset-password?token=`)).toBe(true);
    const token = new URL(link).searchParams.get("token")!;
    const reset = await sendRequest(`${server.url}/api/auth/reset-password`, "POST", { body: { newPassword: NEW_PASSWORD, token } });
    expect(reset.status, reset.text).toBe(200);

    for (const s of sessions) expect((await api.get("user.get", {}, { bearer: s.token })).status).toBe(401);
    expect((await api.signIn("forgetful", password)).status).toBe(401);
    expect((await api.signIn("forgetful", NEW_PASSWORD)).status).toBe(200);
    const again = await sendRequest(`${server.url}/api/auth/reset-password`, "POST", { body: { newPassword: "another-password-1", token } });
    expect(again.status).toBe(400);
    const audit = await fx.db.auditEvent.findMany({ where: { organizationId, action: "user.passwordResetByEmail", targetId: user.id } });
    expect(audit).toHaveLength(1);
  });

  it("email change: the link goes to the new address, and the address changes only when it is opened", async () => {
    const server = second!;
    const api = httpClient(server.url);
    const { user, password } = await fx.createMember(organizationId, { email: "old@acme.test", username: "mover" });
    const session = await api.signIn("mover", password);
    const change = await sendRequest(`${server.url}/api/auth/change-email`, "POST", {
      body: { newEmail: "new@acme.test", callbackURL: "/profile?email=changed" },
      headers: { cookie: session.cookie, origin: server.url },
    });
    expect(change.status, change.text).toBe(200);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("old@acme.test");

    const message = await expectOneMessageTo("new@acme.test");
    expect(message.subject).toBe("Confirm your new email address");
    const link = linkIn(message.text, "/api/auth/verify-email\\?token=");
    const opened = await sendRequest(link, "GET");
    expect([200, 302]).toContain(opened.status);
    expect((await fx.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("new@acme.test");
    expect(await fx.db.auditEvent.count({ where: { organizationId, action: "user.changeEmail", targetId: user.id } })).toBe(1);
  });

  async function expectOneMessageTo(address: string) {
    const deadline = Date.now() + 30_000;
    while (!sink.messages.some((m) => m.to.includes(address))) {
      if (Date.now() > deadline) throw new Error(`no message to ${address}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const messages = sink.messages.filter((m) => m.to.includes(address));
    expect(messages).toHaveLength(1);
    return messages[0]!;
  }
});
