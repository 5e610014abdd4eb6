// The email section of `npm run bench`: 1,000 emails enqueued and delivered to a local SMTP server
// by Roster servers' workers, once undisturbed and once with the worker's process SIGKILLed
// mid-run. The emails are invitations (invitation.create with send: true, 50 addresses a call, three
// callers at once) when the server has that procedure, else enqueueEmail in transactions of 50; the
// output says which.
import { httpClient } from "../support/http";
import { stopChild } from "../support/child-process";
import { startBenchServer } from "./bench-server";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const EMAILS = 1000;
const BATCH = 50;
const CALLERS = 3;
// A killed worker's emails are taken over when their lease runs out.
const LEASE_SECONDS = "15";

export type EmailRun = { seconds: number; lost: number; duplicated: number; sameMessageIdCopies: number };

/** Runs both passes against `databaseUrl` with the servers' `env`; prints and returns the figures. */
export async function emailBench(databaseUrl: string, env: Record<string, string>, say: (line?: string) => void): Promise<EmailRun[]> {
  say("\n== Email delivery: 1,000 emails to a local SMTP server, delivered by Roster servers' workers ==");
  Object.assign(process.env, { DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET, ROSTER_EMAIL_HOURLY_LIMIT: "1000000" });
  const serverEnv = { ...env, DATABASE_URL: databaseUrl, ROSTER_EMAIL_HOURLY_LIMIT: "1000000", ROSTER_EMAIL_SEND_TIMEOUT_SECONDS: LEASE_SECONDS, ROSTER_EMAIL_RETRY_DELAY_SECONDS: "1" };
  const { db, sql } = await import("@/server/db");
  const { enqueueEmail } = await import("@/server/services/email/enqueue-email");
  const { stopEmailBoss } = await import("@/server/services/email/email-queue");
  const sink = await startSmtpSink();
  const runs: EmailRun[] = [];
  // One server that only takes requests (no worker), so that killing the worker's server never
  // interrupts the enqueueing; the workers run in the servers started per pass.
  const front = await startBenchServer({ ...serverEnv, ROSTER_EMAIL_WORKER: "off" });
  try {
    const api = httpClient(front.url);
    await api.post("auth.setup", { username: "bench", password: "bench-password" });
    const token = (await api.signIn("bench", "bench-password")).token as string;
    const org = await db.organization.findFirstOrThrow({ orderBy: { createdAt: "asc" }, select: { id: true } });
    await db.emailProvider.create({
      data: { organizationId: org.id, name: `bench-sink-${Date.now()}`, host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Bench", fromAddress: "bench@example.test", isDefault: true },
    }).catch(async () => db.emailProvider.updateMany({ where: { organizationId: org.id, isDefault: true }, data: { host: "127.0.0.1", port: sink.port, tlsMode: "none" } }));
    const probe = await api.post("invitation.create", { emails: ["probe@example.test"], role: "member", dryRun: true }, { bearer: token });
    const viaInvitations = probe.status === 200;
    say(viaInvitations ? "  enqueued by invitation.create (send: true), 50 addresses per call, 3 callers at once" : "  this build has no invitation.create: enqueued by enqueueEmail, 50 per transaction");
    for (const killMidRun of [false, true]) {
      sink.messages.length = 0;
      const pass = killMidRun ? "k" : "u";
      let worker = await startBenchServer(serverEnv);
      const started = performance.now();
      // A few callers at once, as an admin tool importing a long list would; each takes the next batch.
      let nextBatch = 0;
      const caller = async () => {
        for (let b = nextBatch++; b < EMAILS / BATCH; b = nextBatch++) {
          const addresses = Array.from({ length: BATCH }, (_, i) => `${pass}${b * BATCH + i}@example.test`);
          if (viaInvitations) {
            const res = await api.post("invitation.create", { emails: addresses, role: "member", send: true }, { bearer: token });
            if (res.status !== 200) throw new Error(`invitation.create answered ${res.status}: ${res.text.slice(0, 300)}`);
            continue;
          }
          await db.$transaction(async (tx) => {
            for (const to of addresses) {
              await enqueueEmail(tx, { organizationId: org.id, kind: "test", to, template: { template: "test", organizationName: "Bench", providerName: "sink" } });
            }
          }, { timeout: 60_000 });
        }
      };
      const enqueueing = Promise.all(Array.from({ length: CALLERS }, caller));
      if (killMidRun) {
        await waitUntil(() => sink.messages.length >= EMAILS * 0.3, 120_000);
        worker.child.kill("SIGKILL");
        say(`  worker SIGKILLed after ${sink.messages.length} deliveries; a new server starts (lease ${LEASE_SECONDS} s)`);
        worker = await startBenchServer(serverEnv);
      }
      await enqueueing;
      say(`  all ${EMAILS} enqueued after ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const complete = await waitUntil(() => new Set(sink.messages.map((m) => m.to[0])).size >= EMAILS, 180_000);
      const seconds = (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 3000));
      const run = tally(sink, seconds);
      runs.push(run);
      say(
        `${killMidRun ? "worker killed once" : "undisturbed"}: last delivery after ${seconds.toFixed(1)} s${complete ? "" : " (gave up waiting)"}, lost ${run.lost}, duplicated ${run.duplicated} (of which same Message-ID: ${run.sameMessageIdCopies})`,
      );
      await stopChild(worker.child);
    }
  } finally {
    await stopChild(front.child);
    await stopEmailBoss();
    await sink.stop();
    await db.$disconnect();
    await sql.end();
  }
  return runs;
}

function tally(sink: SmtpSink, seconds: number): EmailRun {
  const byRecipient = new Map<string, number>();
  const byMessageId = new Map<string, number>();
  for (const m of sink.messages) {
    byRecipient.set(m.to[0] ?? "", (byRecipient.get(m.to[0] ?? "") ?? 0) + 1);
    byMessageId.set(m.messageId, (byMessageId.get(m.messageId) ?? 0) + 1);
  }
  const duplicated = [...byRecipient.values()].reduce((sum, n) => sum + n - 1, 0);
  const sameMessageIdCopies = [...byMessageId.values()].reduce((sum, n) => sum + n - 1, 0);
  return { seconds, lost: EMAILS - byRecipient.size, duplicated, sameMessageIdCopies };
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}
